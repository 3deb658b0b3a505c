/**
 * Axes for every chart of the game: where to put time ticks (quarters, or years on long games)
 * and value ticks at round numbers. Pure (no Phaser, no DOM), so the canvas charts of the play
 * screen and the SVG charts of the end screen and the debrief label their axes alike.
 */
import { num } from '../strings/numbers.ts';
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

/** The room an axis has: its length and the width of a character of its labels, in pixels. */
export interface AxisRoom {
  readonly width: number;
  readonly charWidth: number;
}

/** Nine labels of nine characters: what a chart of the default size holds. */
const DEFAULT_ROOM: AxisRoom = { width: 648, charWidth: 8 };

/**
 * Time ticks over 0…turns: every turn labelled with its quarter when all those labels fit side
 * by side (two characters apart), otherwise the start and the first quarter of each year,
 * labelled with the year, leaving out any that would touch the one before. Label lengths are
 * the real ones, so a language with long quarter names ("III trimestre 2013") gets yearly ticks
 * sooner and a game that starts mid-year keeps its first label clear of the next.
 */
export function timeTicks(calendar: ChartCalendar, turns: number, quarterLabel: (year: number, quarter: number) => string, room: AxisRoom = DEFAULT_ROOM): Tick[] {
  const quarters = Array.from({ length: turns + 1 }, (_, at) => {
    const { year, quarter } = dateAfter(calendar, at);
    return { at, label: quarterLabel(year, quarter) };
  });
  const longest = Math.max(...quarters.map((q) => q.label.length));
  if (quarters.length * (longest + 2) * room.charWidth <= room.width) return quarters;
  const years: Tick[] = [];
  for (let at = 0; at <= turns; at++) {
    const { year, quarter } = dateAfter(calendar, at);
    if (at === 0) years.push({ at, label: quarter === 1 ? String(year) : quarters[0]!.label });
    else if (dateAfter(calendar, at - 1).year !== year) years.push({ at, label: String(year) });
  }
  const x = (at: number) => (room.width * at) / Math.max(1, turns);
  const kept: Tick[] = [];
  for (const tick of years) {
    const last = kept[kept.length - 1];
    // Centred labels: half of each, plus two characters between them.
    if (!last || x(tick.at) - x(last.at) >= ((last.label.length + tick.label.length) / 2 + 2) * room.charWidth) kept.push(tick);
  }
  return kept;
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
    ticks.push({ at, label: num(at, { maximumFractionDigits: 6 }) });
  }
  return { ticks, min: low, max: high };
}
