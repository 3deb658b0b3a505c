/**
 * Line charts as SVG with labelled axes (time in quarters or years, values at round steps) and a
 * name on every series: at the line's end when there are few, in a legend always. SVG rather than
 * the canvas so the charts print, scale crisply on a projector, and sit in the page's reading order.
 */
import { timeTicks, valueTicks, type ChartCalendar } from './chartAxes.ts';
import { h } from './dom.ts';

export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
  readonly colour: string;
  readonly width?: number;
  /** SVG dash pattern, so series differ by more than colour. */
  readonly dash?: string;
  /** A class on the line, so print styles can recolour it for paper. */
  readonly className?: string;
  /** The turn of the first value (a line that starts part-way through the game); 0 when left out. */
  readonly from?: number;
}

export interface LineChartOptions {
  readonly title: string;
  readonly calendar: ChartCalendar;
  readonly turns: number;
  readonly quarterLabel: (year: number, quarter: number) => string;
  readonly series: readonly ChartSeries[];
  /** A shaded range (for example the class's lowest to highest), drawn under the lines. */
  readonly band?: { readonly low: readonly number[]; readonly high: readonly number[]; readonly from?: number };
  /** Fixed top of the value axis; left out, the axis covers the data from zero. */
  readonly max?: number;
  /** Fit the value axis to the data (round steps around its lowest and highest values) so small differences show; the labelled axis keeps it honest. */
  readonly fit?: boolean;
  readonly width: number;
  readonly height: number;
  /** A vertical marker at this turn (the turn shown elsewhere on screen). */
  readonly cursor?: number;
  /** Series named at their line's end when there are at most this many (the legend names them all). */
  readonly endLabels?: number;
  readonly fontSize?: number;
}

const SVG = 'http://www.w3.org/2000/svg';

function s(tag: string, attributes: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

const path = (points: readonly [number, number][]): string => points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');

/** Moves labels apart vertically so none overlaps, keeping them inside [top, bottom]. */
function spread(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const overflow = order.length ? order[order.length - 1]!.y - bottom : 0;
  if (overflow > 0) for (const o of order) o.y -= overflow;
  for (let k = order.length - 2; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - gap);
  for (const o of order) o.y = Math.max(top, o.y);
  const out = [...ys];
  for (const o of order) out[o.i] = o.y;
  return out;
}

export function lineChart(options: LineChartOptions): SVGSVGElement {
  const font = options.fontSize ?? 15;
  const charWidth = font * 0.58;
  const values = [...options.series.flatMap((x) => x.values), ...(options.band?.high ?? [])];
  const axis = options.fit && values.length ? valueTicks(Math.min(...values, ...(options.band?.low ?? [])), Math.max(...values)) : valueTicks(0, options.max ?? Math.max(1, ...values));
  const labelled = options.series.length <= (options.endLabels ?? 6) ? options.series : [];
  const left = Math.max(...axis.ticks.map((t) => t.label.length)) * charWidth + 12;
  const right = labelled.length ? Math.min(options.width * 0.22, Math.max(...labelled.map((x) => x.label.length)) * charWidth + 14) : 16;
  const top = font * 0.7;
  const bottom = font + 14;
  const plotWidth = options.width - left - right;
  const plotHeight = options.height - top - bottom;
  const px = (turn: number) => left + (plotWidth * turn) / Math.max(1, options.turns);
  const py = (value: number) => top + plotHeight - (plotHeight * (value - axis.min)) / (axis.max - axis.min);

  const svg = s('svg', { xmlns: SVG, width: options.width, height: options.height, viewBox: `0 0 ${options.width} ${options.height}`, role: 'img', 'aria-label': options.title, class: 'line-chart', 'font-size': font }) as SVGSVGElement;
  svg.append(s('title', {}, options.title));
  for (const tick of axis.ticks) {
    svg.append(s('line', { x1: left, x2: left + plotWidth, y1: py(tick.at), y2: py(tick.at), class: 'grid' }));
    svg.append(s('text', { x: left - 6, y: py(tick.at), 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'tick' }, tick.label));
  }
  for (const tick of timeTicks(options.calendar, options.turns, options.quarterLabel, { width: plotWidth, charWidth })) {
    svg.append(s('line', { x1: px(tick.at), x2: px(tick.at), y1: top + plotHeight, y2: top + plotHeight + 5, class: 'axis' }));
    const anchor = tick.at === 0 ? 'start' : tick.at === options.turns ? 'end' : 'middle';
    svg.append(s('text', { x: px(tick.at), y: top + plotHeight + 7 + font * 0.8, 'text-anchor': anchor, class: 'tick' }, tick.label));
  }
  svg.append(s('line', { x1: left, x2: left + plotWidth, y1: top + plotHeight, y2: top + plotHeight, class: 'axis' }));
  svg.append(s('line', { x1: left, x2: left, y1: top, y2: top + plotHeight, class: 'axis' }));
  if (options.band && options.band.high.length > 1) {
    const from = options.band.from ?? 0;
    const upper = options.band.high.map((v, i) => [px(from + i), py(v)] as [number, number]);
    const lower = options.band.low.map((v, i) => [px(from + i), py(v)] as [number, number]).reverse();
    svg.append(s('path', { d: `${path([...upper, ...lower])}Z`, class: 'band' }));
  }
  if (options.cursor !== undefined) svg.append(s('line', { x1: px(options.cursor), x2: px(options.cursor), y1: top, y2: top + plotHeight, class: 'cursor' }));
  for (const series of options.series) {
    const points = series.values.map((v, i) => [px((series.from ?? 0) + i), py(v)] as [number, number]);
    const attributes: Record<string, string | number> = { d: path(points), fill: 'none', stroke: series.colour, 'stroke-width': series.width ?? 2, 'stroke-linejoin': 'round' };
    if (series.dash) attributes['stroke-dasharray'] = series.dash;
    if (series.className) attributes.class = `series ${series.className}`;
    svg.append(s('path', attributes));
  }
  const ends = labelled.map((x) => py(x.values[x.values.length - 1] ?? 0));
  spread(ends, font + 1, top + font / 2, top + plotHeight).forEach((y, i) => {
    const series = labelled[i]!;
    const last = (series.from ?? 0) + series.values.length - 1;
    // The legend carries the full name; at the line's end a long one is shortened to fit.
    const room = Math.max(4, Math.floor((right - 10) / charWidth));
    const label = series.label.length > room ? `${series.label.slice(0, room - 1)}…` : series.label;
    svg.append(s('text', { x: px(last) + 6, y, 'dominant-baseline': 'middle', fill: series.colour, class: 'end-label' }, label));
  });
  return svg;
}

/** The chart's key: a sample of each line (colour and dash) beside its name. */
export function chartLegend(series: readonly ChartSeries[], extra: readonly { label: string; className: string }[] = []): HTMLElement {
  const sample = (x: ChartSeries) => {
    const line = s('line', { x1: 2, x2: 26, y1: 8, y2: 8, stroke: x.colour, 'stroke-width': Math.max(2, x.width ?? 2), ...(x.dash ? { 'stroke-dasharray': x.dash } : {}), ...(x.className ? { class: `series ${x.className}` } : {}) });
    return s('svg', { width: 28, height: 16, 'aria-hidden': 'true' }, line);
  };
  return h(
    'ul',
    { class: 'chart-legend' },
    ...series.map((x) => {
      const item = h('li', {}, x.label);
      item.prepend(sample(x));
      return item;
    }),
    ...extra.map((x) => h('li', {}, h('span', { class: `legend-swatch ${x.className}`, 'aria-hidden': 'true' }), x.label)),
  );
}

/**
 * A chart drawn at its box's real width and the page's font size, redrawn when the box changes
 * size, so axis labels never shrink below the text around them (a scaled SVG would shrink them).
 */
export function fittedChart(build: (width: number, fontSize: number) => SVGSVGElement): HTMLElement {
  const box = h('div', { class: 'fitted-chart' });
  let drawnWidth = 0;
  const draw = () => {
    const width = Math.floor(box.clientWidth);
    if (width <= 0 || width === drawnWidth) return;
    drawnWidth = width;
    const font = Math.max(14, Math.round(parseFloat(getComputedStyle(box).fontSize) * 0.9));
    box.replaceChildren(build(width, font));
  };
  new ResizeObserver(draw).observe(box);
  return box;
}
