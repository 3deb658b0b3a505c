import { describe, expect, it } from 'vitest';
import { dateAfter, timeTickCapacity, timeTicks, valueTicks } from '../../src/game/ui/chartAxes.ts';
import { es } from '../../src/game/strings/es.ts';

const quarterly = { startYear: 2012, startQuarter: 1, turnMonths: 3 };
const label = (year: number, quarter: number) => `Q${quarter} ${year}`;

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
    expect(timeTicks(quarterly, 200, label).length).toBeLessThanOrEqual(9);
  });

  it('fits as many quarter labels as their language\'s length allows, so long names switch to years', () => {
    // 860 px at 8.7 px a character: nine English labels fit; Spanish quarter names take twice the room.
    expect(timeTickCapacity(860, 8.7, label)).toBe(10);
    const spanish = timeTickCapacity(860, 8.7, es.chartAxes.quarter);
    expect(spanish).toBeLessThan(9);
    const ticks = timeTicks(quarterly, 8, es.chartAxes.quarter, spanish);
    expect(ticks.map((t) => t.label)).toEqual(['2012', '2013', '2014']);
    expect(ticks.length * (es.chartAxes.quarter(2012, 3).length + 2) * 8.7).toBeLessThanOrEqual(860);
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
