// The history check: figures placed on the game's turns, error, direction and band worked out
// as stated, and the targets that ask the historical plan to fit and the other plans to miss.
import { describe, expect, it } from 'vitest';
import { fitSeries, historyTargets, measurePaths, recordYears, yearEndTurn, type PlanFit } from '../../src/analysis/history.ts';
import { historicalPolicy } from '../../src/policy/historical.ts';
import type { HistorySeries } from '../../src/scenario/schema.ts';
import { shippedScenario } from './scenario.ts';

const vraem = shippedScenario('vraem-2012');

const point = (year: number, value: number | [number, number]) => ({
  year,
  ...(typeof value === 'number' ? { value } : { range: value }),
  source: 'zech-2014',
  locator: 'x',
  grade: 'external' as const,
  checked: true,
});

const series = (compare: 'level' | 'change', points: ReturnType<typeof point>[]): HistorySeries => ({
  id: 'test',
  measure: 'cocaHectares',
  unit: 'hectares',
  compare,
  note: 'n',
  points,
});

/** Paths over 21 states (turns 0–20) that hold `byYear[k]` over the quarters of year 2012 + k (the start too for k = 0), the last value after. */
function path(byYear: readonly number[]): number[] {
  return Array.from({ length: 21 }, (_, turn) => byYear[Math.min(byYear.length - 1, Math.max(0, Math.ceil(turn / 4) - 1))]!);
}

describe('history check', () => {
  it('places a year\'s figure at the end of its last quarter, and skips years outside the game', () => {
    expect(yearEndTurn(vraem, 2011)).toBe(0);
    expect(yearEndTurn(vraem, 2012)).toBe(4);
    expect(yearEndTurn(vraem, 2016)).toBe(20);
    expect(yearEndTurn(vraem, 2017)).toBeNull();
    expect(yearEndTurn({ ...vraem, calendar: { ...vraem.calendar, startQuarter: 3 } }, 2012)).toBe(2);
    const years = recordYears(vraem, series('level', [point(2010, 1), point(2011, 2), point(2013, [3, 5]), point(2020, 9)]));
    expect(years).toEqual([{ year: 2013, turn: 8, low: 3, high: 5, checked: true }]);
  });

  it('judges error and direction after the anchor year, and the band on every year', () => {
    const record = series('level', [point(2012, 100), point(2013, 90), point(2014, 80)]);
    // Three seeds: the mean goes 100 → 99 → 88, the band is wide in 2012 and narrow after.
    const paths = [path([80, 99, 88]), path([100, 99, 88]), path([120, 99, 88])];
    const fit = fitSeries(vraem, record, 'p', paths);
    expect(fit.years.map((y) => y.inBand)).toEqual([true, false, false]);
    expect(fit.years.map((y) => y.directionRight)).toEqual([null, true, true]);
    expect(fit.years[1]!.error).toBeCloseTo(0.1);
    expect(fit.meanError).toBeCloseTo((9 / 90 + 8 / 80) / 2);
    expect(fit).toMatchObject({ directionRight: 2, directionYears: 2, inBand: 1, bandYears: 3 });
    // From a mean of 100 at the start to 88 at the end.
    expect(fit.changeOverGame).toBeCloseTo(-0.12);
    // A model that rises where the record falls gets the direction wrong.
    const rising = fitSeries(vraem, record, 'p', [path([100, 101, 102])]);
    expect(rising.years.map((y) => y.directionRight)).toEqual([null, false, false]);
  });

  it('compares a change series as the change since its anchor, a published range as a range', () => {
    const group = series('change', [point(2012, [300, 500]), point(2014, 100)]);
    const fit = fitSeries(vraem, group, 'p', [path([50, 40, 25]), path([50, 40, 35])]);
    const later = fit.years[1]!;
    expect(later.record).toBeCloseTo(100 / 400 - 1);
    expect([later.recordLow, later.recordHigh].map((x) => Number(x.toFixed(3)))).toEqual([-0.8, -0.667]);
    expect(later.mean).toBeCloseTo(-0.4);
    expect(later.error).toBeCloseTo(0.35);
    expect(later.inBand).toBe(false);
    // The anchor year is no test of a change series: its band is judged on the years after it.
    expect(fit).toMatchObject({ inBand: 0, bandYears: 1 });
  });

  it('asks the historical plan to fit and every other plan to miss by half again or get the direction wrong', () => {
    const fit = (plan: string, meanError: number, directionRight: number, inBand: number): PlanFit => ({ plan, years: [], meanError, directionRight, directionYears: 4, inBand, bandYears: 5, changeOverGame: 0 });
    const pass = historyTargets(fit('historical', 0.04, 3, 3), [fit('far', 0.06, 4, 0), fit('turned', 0.041, 2, 0)]);
    expect(pass.map((t) => t.pass)).toEqual([true, true, true, true, true]);
    const fail = historyTargets(fit('historical', 0.07, 2, 2), [fit('close', 0.1, 3, 0)]);
    expect(fail.map((t) => t.pass)).toEqual([false, false, false, false]);
    expect(fail[3]!.detail).toBe('error 10.0% (1.43×), direction 3 of 4');
  });

  it('plays the shipped historical policy against the shipped UNODC series, one path per seed', () => {
    const coca = vraem.history.find((s) => s.id === 'vraem-coca')!;
    expect(recordYears(vraem, coca).map((y) => y.year)).toEqual([2012, 2013, 2014, 2015, 2016]);
    const paths = measurePaths(vraem, coca, historicalPolicy(vraem)!, ['a', 'b']);
    expect(paths).toHaveLength(2);
    expect(paths[0]).toHaveLength(vraem.calendar.turns + 1);
    expect(paths[0]![0]).toBe(vraem.communities.reduce((sum, c) => sum + c.cocaHectares, 0));
    expect(paths[0]).not.toEqual(paths[1]);
  });
});
