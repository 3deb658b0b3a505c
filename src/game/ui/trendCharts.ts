/**
 * Trend charts across the game: region-wide trust, security, coca and insurgent influence, as
 * SVG small multiples with a labelled value axis, a time axis in years, the starting value as a
 * dashed reference and the latest value written out.
 */
import type { RegionSummary } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { css, palette } from '../theme.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';

export interface ChartSpec {
  readonly key: 'meanTrust' | 'meanSecurity' | 'cocaHectares' | 'meanInsurgentInfluence';
  readonly colour: number;
  /** Fixed scale maximum, or null to scale to the data. */
  readonly max: number | null;
}

export const CHARTS: readonly ChartSpec[] = [
  { key: 'meanTrust', colour: palette.river, max: 100 },
  { key: 'meanSecurity', colour: palette.security, max: 100 },
  { key: 'cocaHectares', colour: palette.coca, max: null },
  { key: 'meanInsurgentInfluence', colour: palette.influence, max: 100 },
];

const SVG = 'http://www.w3.org/2000/svg';

function el(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The calendar quarter a game state stands at: state 0 is the start of the first quarter. */
export function quarterOf(scenario: Scenario, turn: number): { year: number; quarter: number } {
  const { startYear, startQuarter, turnMonths } = scenario.calendar;
  const months = (startQuarter - 1) * 3 + turn * turnMonths;
  return { year: startYear + Math.floor(months / 12), quarter: Math.floor((months % 12) / 3) + 1 };
}

/** A value-axis maximum that reads well: 100 for indexes, a round number above the data otherwise. */
function niceMax(values: readonly number[]): number {
  const top = Math.max(1, ...values) * 1.1;
  const step = top > 20000 ? 10000 : top > 5000 ? 5000 : top > 1000 ? 1000 : 100;
  return Math.ceil(top / step) * step;
}

const compact = (value: number) => (value >= 1000 ? `${fmt.whole(value / 1000)}k` : fmt.whole(value));

/** Draws one chart per series over the whole game's span (so the future is visibly empty). */
export function renderCharts(scenario: Scenario, history: readonly RegionSummary[], width: number, height: number): HTMLElement {
  const turns = scenario.calendar.turns;
  const gap = 16;
  const chartWidth = (width - gap * (CHARTS.length - 1)) / CHARTS.length;
  const left = 40;
  const right = 8;
  const top = 8;
  const bottom = 22;
  const plotWidth = chartWidth - left - right;
  const plotHeight = height - 44 - top - bottom;
  const latest = history.length - 1;
  const { year, quarter } = quarterOf(scenario, latest);
  const charts = CHARTS.map((chart) => {
    const values = history.map((s) => s[chart.key]);
    const max = chart.max ?? niceMax(values);
    const px = (turn: number) => left + (plotWidth * turn) / Math.max(1, turns);
    const py = (value: number) => top + plotHeight - (plotHeight * value) / max;
    const series = t.charts.series[chart.key] ?? chart.key;
    const first = values[0] ?? 0;
    const last = values[latest] ?? 0;
    const show = (v: number) => (chart.key === 'cocaHectares' ? fmt.whole(v) : fmt.index(v));
    const svg = el('svg', { width: chartWidth, height: height - 44, role: 'img', 'aria-label': t.charts.label(series, show(first), show(last), t.play.quarter(year, quarter)) });
    svg.append(el('rect', { x: left, y: top, width: plotWidth, height: plotHeight, fill: css(palette.background), stroke: css(palette.panelLine) }));
    // Value axis: zero, half and the top, with light gridlines.
    for (const fraction of [0, 0.5, 1]) {
      const value = max * fraction;
      svg.append(el('line', { x1: left, x2: left + plotWidth, y1: py(value), y2: py(value), stroke: css(palette.panelLine), 'stroke-width': 1 }));
      svg.append(el('text', { x: left - 4, y: py(value) + 5, fill: css(palette.textMuted), 'font-size': 14, 'text-anchor': 'end' }, compact(value)));
    }
    // Time axis: a tick at the first quarter of each year, labelled every other year when space is short.
    const yearTurns = Array.from({ length: turns + 1 }, (_, turn) => turn).filter((turn) => quarterOf(scenario, turn).quarter === 1);
    const every = plotWidth / Math.max(1, yearTurns.length) < 44 ? 2 : 1;
    yearTurns.forEach((turn, i) => {
      svg.append(el('line', { x1: px(turn), x2: px(turn), y1: top + plotHeight, y2: top + plotHeight + 4, stroke: css(palette.textMuted) }));
      if (i % every === 0) svg.append(el('text', { x: px(turn), y: top + plotHeight + 18, fill: css(palette.textMuted), 'font-size': 14, 'text-anchor': 'middle' }, String(quarterOf(scenario, turn).year)));
    });
    // The starting value, dashed, so change is visible at a glance.
    svg.append(el('line', { x1: left, x2: left + plotWidth, y1: py(first), y2: py(first), stroke: css(palette.textMuted), 'stroke-dasharray': '4 4', 'stroke-width': 1 }));
    svg.append(el('polyline', { points: values.map((v, turn) => `${px(turn)},${py(v)}`).join(' '), fill: 'none', stroke: css(chart.colour), 'stroke-width': 3, 'stroke-linejoin': 'round' }));
    svg.append(el('circle', { cx: px(latest), cy: py(last), r: 4, fill: css(chart.colour) }));
    return h(
      'figure',
      { class: 'trend', 'data-testid': `chart-${chart.key}-figure` },
      h('figcaption', {}, h('span', { class: 'series', style: `border-color:${css(chart.colour)}` }, series), h('span', { class: 'value', 'data-testid': `chart-${chart.key}` }, show(last))),
      svg,
    );
  });
  return h('div', { class: 'trends', 'data-testid': 'trends-charts' }, ...charts);
}
