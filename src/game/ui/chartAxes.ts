/**
 * Axes for every chart of the game: where to put time ticks (quarters, or years on long games)
 * and value ticks at round numbers. Pure (no Phaser, no DOM), so the canvas charts of the play
 * screen and the SVG charts of the end screen and the debrief label their axes alike.
 */
export interface ChartCalendar {
  readonly startYear: number;
  readonly startQuarter: number;
  readonly turnMonths: number;
}

export interface Tick {
  /** Position on the axis: turns played for time, the value itself for values. */
  readonly at: number;
  readonly label: string;
}

/** Year and quarter of the moment after `turns` turns (0 = the start of the game). */
export function dateAfter(calendar: ChartCalendar, turns: number): { year: number; quarter: number } {
  const months = (calendar.startQuarter - 1) * 3 + turns * calendar.turnMonths;
  return { year: calendar.startYear + Math.floor(months / 12), quarter: Math.floor((months % 12) / 3) + 1 };
}

/**
 * Time ticks over 0…turns: every turn labelled with its quarter when there are few, otherwise
 * one tick per year at its first quarter (and the start), labelled with the year.
 */
export function timeTicks(calendar: ChartCalendar, turns: number, quarterLabel: (year: number, quarter: number) => string, maxTicks = 9): Tick[] {
  if (turns + 1 <= maxTicks) {
    return Array.from({ length: turns + 1 }, (_, at) => {
      const { year, quarter } = dateAfter(calendar, at);
      return { at, label: quarterLabel(year, quarter) };
    });
  }
  const ticks: Tick[] = [];
  for (let at = 0; at <= turns; at++) {
    const { year, quarter } = dateAfter(calendar, at);
    const previous = at === 0 ? null : dateAfter(calendar, at - 1);
    if (at === 0) ticks.push({ at, label: quarter === 1 ? String(year) : quarterLabel(year, quarter) });
    else if (previous && previous.year !== year) ticks.push({ at, label: String(year) });
  }
  // Very long games: keep every n-th year so labels never crowd.
  const stride = Math.ceil(ticks.length / maxTicks);
  return ticks.filter((_, i) => i % stride === 0);
}

/**
 * How many time ticks fit side by side in `width` pixels: labels as long as the quarter format
 * makes them (the third quarter, the longest in Roman numerals), two characters apart. A
 * language with long quarter names ("III trimestre 2013") gets yearly ticks sooner.
 */
export function timeTickCapacity(width: number, charWidth: number, quarterLabel: (year: number, quarter: number) => string): number {
  const longest = quarterLabel(2000, 3).length;
  return Math.max(2, Math.floor(width / (charWidth * (longest + 2))));
}

/** Round steps for a value axis from min to max: 1, 2 or 5 times a power of ten. */
export function valueTicks(min: number, max: number, count = 4): { ticks: Tick[]; min: number; max: number } {
  const span = max > min ? max - min : Math.abs(max) || 1;
  const rough = span / count;
  let power = 1;
  while (power * 10 <= rough) power *= 10;
  while (power > rough) power /= 10;
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => span / s <= count + 1) ?? power * 10;
  const low = Math.floor(min / step) * step;
  const high = Math.max(low + step, Math.ceil(max / step) * step);
  const ticks: Tick[] = [];
  for (let v = low; v <= high + step / 1000; v += step) {
    const at = Math.round(v / step) * step;
    ticks.push({ at, label: at.toLocaleString('en', { maximumFractionDigits: 6 }) });
  }
  return { ticks, min: low, max: high };
}
