/**
 * Trend charts of the play screen: region-wide trust, security, coca and the clan's influence
 * as four small SVG line charts (the same charts as the end screen and the debrief: labelled
 * value axis, time in years), each captioned with its series and latest value. The x axis spans
 * the whole game, so the quarters still to play are visibly empty.
 */
import type { RegionSummary } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { t } from '../strings/index.ts';
import { css, palette } from '../theme.ts';
import { dateAfter } from './chartAxes.ts';
import { h } from './dom.ts';
import { fmt } from './format.ts';
import { lineChart } from './lineChart.ts';

export interface ChartSpec {
  readonly key: 'meanTrust' | 'meanSecurity' | 'cocaHectares' | 'meanInsurgentInfluence';
  readonly colour: number;
  /** Fixed scale maximum, or undefined to scale to the data. */
  readonly max: number | undefined;
}

export const CHARTS: readonly ChartSpec[] = [
  { key: 'meanTrust', colour: palette.river, max: 100 },
  { key: 'meanSecurity', colour: palette.security, max: 100 },
  { key: 'cocaHectares', colour: palette.coca, max: undefined },
  { key: 'meanInsurgentInfluence', colour: palette.influence, max: 100 },
];

/** Narrower than this, a chart's year labels run into each other: the four charts go two by two. */
const MIN_CHART_WIDTH = 220;
/** Two rows never squeeze a chart below this; the panel scrolls instead. */
const MIN_CHART_HEIGHT = 150;

export function renderCharts(scenario: Scenario, history: readonly RegionSummary[], width: number, height: number): HTMLElement {
  const gap = 16;
  const columns = (width - gap * (CHARTS.length - 1)) / CHARTS.length >= MIN_CHART_WIDTH ? CHARTS.length : 2;
  const rows = Math.ceil(CHARTS.length / columns);
  const chartWidth = Math.floor((width - gap * (columns - 1)) / columns);
  const chartHeight = rows === 1 ? height : Math.max(MIN_CHART_HEIGHT, Math.floor((height - gap * (rows - 1)) / rows));
  const latest = history.length - 1;
  const { year, quarter } = dateAfter(scenario.calendar, latest);
  const charts = CHARTS.map((chart) => {
    const values = history.map((s) => s[chart.key]);
    const series = t.charts.series[chart.key] ?? chart.key;
    const show = (v: number) => (chart.key === 'cocaHectares' ? fmt.whole(v) : fmt.index(v));
    const first = values[0] ?? 0;
    const last = values[latest] ?? 0;
    return h(
      'figure',
      { class: 'trend', 'data-testid': `chart-${chart.key}-figure` },
      h('figcaption', {}, h('span', { class: 'series', style: `border-color:${css(chart.colour)}` }, series), h('span', { class: 'value', 'data-testid': `chart-${chart.key}` }, show(last))),
      lineChart({
        title: t.charts.label(series, show(first), show(last), t.play.quarter(year, quarter)),
        calendar: scenario.calendar,
        turns: scenario.calendar.turns,
        quarterLabel: t.chartAxes.quarter,
        series: [{ label: series, values, colour: css(chart.colour), width: 3 }],
        ...(chart.max === undefined ? {} : { max: chart.max }),
        width: chartWidth,
        height: chartHeight - 28,
        endLabels: 0,
        fontSize: 14,
      }),
    );
  });
  return h('div', { class: 'trends', style: `flex-wrap:wrap;row-gap:${gap}px`, 'data-testid': 'trends-charts' }, ...charts);
}
