/**
 * The history check: how close a plan, played from the scenario's start over many seeds, comes
 * to the published yearly record (the scenario's `history` series), and whether the check tells
 * the plan the state followed apart from clearly different ones.
 *
 * A series' figure for a year stands for the end of that year and is compared with the model at
 * the end of that year's last turn. The first year inside the game anchors the series: the
 * error and the year-on-year direction are judged on the years after it, the p10–p90 band on
 * every year inside the game (for a change series, on the years after the anchor too). A "level" series is compared in its own unit (error as a share of
 * the record); a "change" series only as the change since the anchor year (error in share
 * points), since the model's measure is an index, not a head count.
 */
import { summarizeRegion } from '../engine/summary.ts';
import { playPolicy } from '../policy/run.ts';
import type { Policy } from '../policy/schema.ts';
import type { HistorySeries, Scenario } from '../scenario/schema.ts';
import { mean, quantile, sortedCopy } from './stats.ts';

/** What the history check asks of the plan the state followed, and of the plans it must tell apart from it. */
export const HISTORY_TARGETS = {
  /** Largest mean error of the historical plan over the judged years (share of the record). */
  maxMeanError: 0.06,
  /** Smallest share of judged years whose year-on-year direction the historical plan gets right (3 of 4). */
  minDirectionShare: 0.75,
  /** Smallest share of the game's years in which the record lies inside the historical plan's p10–p90 band (3 of 5). */
  minBandShare: 0.6,
  /** A different plan is told apart when its mean error is at least this many times the historical one, or its direction fails the target. */
  contrastFactor: 1.5,
} as const;

/** The turn at whose end a calendar year ends, or null when that is before the start or after the last turn. */
export function yearEndTurn(scenario: Scenario, year: number): number | null {
  const { startYear, startQuarter, turnMonths, turns } = scenario.calendar;
  const monthsToYearEnd = (year - startYear + 1) * 12 - (startQuarter - 1) * 3;
  if (monthsToYearEnd % turnMonths !== 0) return null;
  const turn = monthsToYearEnd / turnMonths;
  return turn >= 0 && turn <= turns ? turn : null;
}

/** A series' figures that fall inside the game (turn 1 or later), with their turn and range. */
export interface RecordYear {
  readonly year: number;
  readonly turn: number;
  readonly low: number;
  readonly high: number;
  readonly checked: boolean;
}

export function recordYears(scenario: Scenario, series: HistorySeries): RecordYear[] {
  const years: RecordYear[] = [];
  for (const point of series.points) {
    const turn = yearEndTurn(scenario, point.year);
    if (turn === null || turn < 1) continue;
    const [low, high] = point.range ?? [point.value!, point.value!];
    years.push({ year: point.year, turn, low, high, checked: point.checked });
  }
  return years;
}

/** The series' measure after every turn of one game, per seed: paths[seed][turn]. */
export function measurePaths(scenario: Scenario, series: HistorySeries, policy: Policy, seeds: readonly string[]): number[][] {
  return seeds.map((seed) => playPolicy(scenario, policy, seed, { explain: false }).states.map((state) => summarizeRegion(scenario, state)[series.measure]));
}

export interface YearFit {
  readonly year: number;
  readonly checked: boolean;
  /** The record (the middle of a published range), its range, and the model's mean and p10–p90 band, in the series' compared unit. */
  readonly record: number;
  readonly recordLow: number;
  readonly recordHigh: number;
  readonly mean: number;
  readonly p10: number;
  readonly p90: number;
  readonly inBand: boolean;
  /** Error of the model's mean; null for the anchor year. */
  readonly error: number | null;
  /** Whether the model's mean moves the same way as the record since the year before; null for the anchor year. */
  readonly directionRight: boolean | null;
}

export interface PlanFit {
  readonly plan: string;
  readonly years: readonly YearFit[];
  readonly meanError: number;
  readonly directionRight: number;
  readonly directionYears: number;
  readonly inBand: number;
  readonly bandYears: number;
  /** Change of the model's mean from the start of the game to its end (share of the start). */
  readonly changeOverGame: number;
}

const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** How one plan's paths (paths[seed][turn]) fit a series. */
export function fitSeries(scenario: Scenario, series: HistorySeries, plan: string, paths: readonly (readonly number[])[]): PlanFit {
  const years = recordYears(scenario, series);
  if (years.length === 0) throw new Error(`history series "${series.id}": no figure falls inside the game`);
  const anchor = years[0]!;
  const change = series.compare === 'change';
  const anchorMid = (anchor.low + anchor.high) / 2;
  const fits: YearFit[] = [];
  years.forEach((y, i) => {
    const values = paths.map((path) => (change ? path[y.turn]! / path[anchor.turn]! - 1 : path[y.turn]!));
    const sorted = sortedCopy(values);
    const m = mean(values);
    const [p10, p90] = [quantile(sorted, 0.1), quantile(sorted, 0.9)];
    const mid = (y.low + y.high) / 2;
    const record = change ? mid / anchorMid - 1 : mid;
    const [recordLow, recordHigh] = change ? (i === 0 ? [0, 0] : [y.low / anchor.high - 1, y.high / anchor.low - 1]) : [y.low, y.high];
    const before = fits[i - 1];
    fits.push({
      year: y.year,
      checked: y.checked,
      record,
      recordLow,
      recordHigh,
      mean: m,
      p10,
      p90,
      inBand: recordHigh >= p10 && recordLow <= p90,
      error: i === 0 ? null : change ? Math.abs(m - record) : Math.abs(m - record) / record,
      directionRight: before ? sign(m - before.mean) === sign(record - before.record) : null,
    });
  });
  const judged = fits.slice(1);
  // A change series is 0 in its anchor year on both sides by construction: the band is judged after it.
  const banded = change ? judged : fits;
  return {
    plan,
    years: fits,
    meanError: mean(judged.map((f) => f.error!)),
    directionRight: judged.filter((f) => f.directionRight).length,
    directionYears: judged.length,
    inBand: banded.filter((f) => f.inBand).length,
    bandYears: banded.length,
    changeOverGame: mean(paths.map((path) => path[path.length - 1]!)) / mean(paths.map((path) => path[0]!)) - 1,
  };
}

export interface TargetResult {
  readonly label: string;
  readonly pass: boolean;
  readonly detail: string;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const directionFails = (fit: PlanFit): boolean => fit.directionRight < HISTORY_TARGETS.minDirectionShare * fit.directionYears;

/** The history targets: the historical plan close to the record, each other plan told apart from it. */
export function historyTargets(historical: PlanFit, others: readonly PlanFit[]): TargetResult[] {
  const t = HISTORY_TARGETS;
  const results: TargetResult[] = [
    { label: `${historical.plan}: mean error ≤ ${pct(t.maxMeanError)}`, pass: historical.meanError <= t.maxMeanError, detail: pct(historical.meanError) },
    {
      label: `${historical.plan}: direction right in ≥ ${Math.ceil(t.minDirectionShare * historical.directionYears)} of ${historical.directionYears} years`,
      pass: !directionFails(historical),
      detail: `${historical.directionRight} of ${historical.directionYears}`,
    },
    {
      label: `${historical.plan}: record inside the p10–p90 band in ≥ ${Math.ceil(t.minBandShare * historical.bandYears)} of ${historical.bandYears} years`,
      pass: historical.inBand >= t.minBandShare * historical.bandYears,
      detail: `${historical.inBand} of ${historical.bandYears}`,
    },
  ];
  for (const other of others) {
    const ratio = other.meanError / Math.max(1e-9, historical.meanError);
    results.push({
      label: `${other.plan}: told apart (error ≥ ${t.contrastFactor}× the historical, or direction wrong)`,
      pass: ratio >= t.contrastFactor || directionFails(other),
      detail: `error ${pct(other.meanError)} (${ratio.toFixed(2)}×), direction ${other.directionRight} of ${other.directionYears}`,
    });
  }
  return results;
}
