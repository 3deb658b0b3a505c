import { describe, expect, it } from 'vitest';
import { dateAfter, timeTicks, valueTicks, type Tick } from '../../src/game/ui/chartAxes.ts';
import { es } from '../../src/game/strings/es.ts';

const quarterly = { startYear: 2012, startQuarter: 1, turnMonths: 3 };
const label = (year: number, quarter: number) => `Q${quarter} ${year}`;

/** Whether centred labels at these ticks keep two characters apart on an axis of this room. */
const apart = (ticks: readonly Tick[], turns: number, room: { width: number; charWidth: number }) =>
  ticks.every((tick, i) => i === 0 || ((tick.at - ticks[i - 1]!.at) * room.width) / turns >= ((tick.label.length + ticks[i - 1]!.label.length) / 2 + 2) * room.charWidth);

describe('chart axes', () => {
  it('dates each point of a game from its calendar', () => {
    expect(dateAfter(quarterly, 0)).toEqual({ year: 2012, quarter: 1 });
    expect(dateAfter(quarterly, 5)).toEqual({ year: 2013, quarter: 2 });
    expect(dateAfter({ startYear: 2005, startQuarter: 3, turnMonths: 6 }, 3)).toEqual({ year: 2007, quarter: 1 });
  });

  it('labels every quarter of a short game and the years of a long one', () => {
    expect(timeTicks(quarterly, 8, label).map((t) => t.label)).toEqual(['Q1 2012', 'Q2 2012', 'Q3 2012', 'Q4 2012', 'Q1 2013', 'Q2 2013', 'Q3 2013', 'Q4 2013', 'Q1 2014']);
    expect(timeTicks(quarterly, 20, label)).toEqual([2012, 2013, 2014, 2015, 2016, 2017].map((year, i) => ({ at: i * 4, label: String(year) })));
    const late = timeTicks({ startYear: 2012, startQuarter: 3, turnMonths: 3 }, 20, label);
    expect(late[0]).toEqual({ at: 0, label: 'Q3 2012' });
    expect(late[1]).toEqual({ at: 2, label: '2013' });
    const long = timeTicks(quarterly, 200, label);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(apart(long, 200, { width: 648, charWidth: 8 })).toBe(true);
  });

  it('fits labels by their real length, so long quarter names switch to years and a late start stays clear', () => {
    const room = { width: 860, charWidth: 8.7 };
    expect(timeTicks(quarterly, 8, label, room)).toHaveLength(9);
    // Spanish quarter names take twice the room: the same axis shows years.
    const spanish = timeTicks(quarterly, 8, es.chartAxes.quarter, room);
    expect(spanish.map((t) => t.label)).toEqual(['2012', '2013', '2014']);
    // Twenty turns on a small chart: every year whose label fits, not every third.
    const small = { width: 230, charWidth: 8.1 };
    const years = timeTicks(quarterly, 20, es.chartAxes.quarter, small);
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(apart(years, 20, small)).toBe(true);
    // A game starting in the fourth quarter: its long first label and the next year's never touch.
    const lateStart = timeTicks({ startYear: 2012, startQuarter: 4, turnMonths: 3 }, 20, es.chartAxes.quarter, small);
    expect(lateStart[0]!.label).toBe('IV trimestre 2012');
    expect(apart(lateStart, 20, small)).toBe(true);
  });

  it('puts value ticks on round numbers that cover the data', () => {
    expect(valueTicks(0, 100).ticks.map((t) => t.at)).toEqual([0, 20, 40, 60, 80, 100]);
    const coca = valueTicks(0, 21_300);
    expect(coca.ticks.map((t) => t.at)).toEqual([0, 5000, 10000, 15000, 20000, 25000]);
    expect(coca.ticks[1]!.label).toBe('5,000');
    const narrow = valueTicks(31.2, 38.9);
    expect(narrow.min).toBeLessThanOrEqual(31.2);
    expect(narrow.max).toBeGreaterThanOrEqual(38.9);
    expect(narrow.ticks.length).toBeGreaterThanOrEqual(3);
    expect(valueTicks(0, 0).ticks.length).toBeGreaterThanOrEqual(2);
  });
});
