/**
 * The figures behind a chart drawn on the canvas, as a table: one row per turn, one column per
 * series. Visually hidden until asked for, so screen readers and anyone who prefers numbers to
 * lines read the same data.
 */
import { bandOf } from '../../../replay/analysis.ts';
import { t } from '../../strings/index.ts';
import { h } from '../dom.ts';

export interface Series {
  readonly label: string;
  readonly values: readonly number[];
  readonly format: (value: number) => string;
}

export function chartTable(caption: string, series: readonly Series[], firstTurn = 0): HTMLTableElement {
  const turns = Math.max(0, ...series.map((s) => s.values.length));
  return h(
    'table',
    { class: 'chart-table', 'data-testid': 'chart-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.a11y.turn), ...series.map((s) => h('th', { scope: 'col' }, s.label)))),
    h(
      'tbody',
      {},
      ...Array.from({ length: turns }, (_, i) =>
        h('tr', {}, h('th', { scope: 'row' }, i + firstTurn === 0 ? t.a11y.start : String(i + firstTurn)), ...series.map((s) => h('td', {}, s.values[i] === undefined ? '' : s.format(s.values[i]!)))),
      ),
    ),
  );
}

/** A toggle button that shows the table over the charts while pressed. */
export function tableToggle(onToggle: (shown: boolean) => void): HTMLButtonElement {
  const button = h('button', { 'aria-pressed': 'false', class: 'table-toggle', 'data-testid': 'table-toggle' }, t.a11y.showTable);
  button.addEventListener('click', () => {
    const shown = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(shown));
    onToggle(shown);
  });
  return button;
}

/** The debrief's class chart as a table: the class's lowest, median and highest, and the run selected. */
export function classChartTable(metric: string, runs: readonly (readonly number[])[], selected: { label: string; values: readonly number[] }, format: (value: number) => string): HTMLTableElement {
  const band = bandOf(runs);
  return chartTable(t.a11y.classChart(metric), [
    { label: t.a11y.classLow, values: band.low, format },
    { label: t.a11y.classMedian, values: band.median, format },
    { label: t.a11y.classHigh, values: band.high, format },
    { label: selected.label, values: selected.values, format },
  ]);
}
