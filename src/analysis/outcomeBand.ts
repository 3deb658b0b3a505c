/**
 * The band of outcomes a lever setting leads to: the turns already played (if any) replayed on
 * each seed, then the same levers for every remaining turn, and each assessment criterion's
 * 10th percentile, median and 90th percentile at every turn over the seeds. A class sees a
 * distribution, not a single number. Explanations are off: only outcomes are needed.
 *
 * In two halves so the seeds can be shared out among workers: `seedSeries` plays some seeds,
 * `bandFromSeries` gathers every seed's series into the band (percentiles do not add up, so the
 * raw series travel back, not partial bands).
 */
import { createGame, summarizeRegion, type Decisions, type GameState } from '../engine/index.ts';
import { measure } from '../engine/assessment.ts';
import { bandOf, playOnSeed, type Band } from '../replay/analysis.ts';
import type { Scenario } from '../scenario/schema.ts';
import { constantPlan, playPlan, type Levers } from './plans.ts';

export interface CriterionBand {
  readonly id: string;
  readonly better: 'higher' | 'lower';
  /** Index i is the turn `firstTurn + i`; runs that end early drop out of later turns. */
  readonly band: Band;
}

export interface OutcomeBand {
  /** The turn the first band point belongs to: the turns already played (0 from the start). */
  readonly firstTurn: number;
  readonly seeds: number;
  readonly criteria: CriterionBand[];
}

/** Per seed, per criterion (the scenario's order), the value at each turn from the last played one to the end. */
export type SeedSeries = number[][][];

export function seedSeries(scenario: Scenario, played: readonly Decisions[], levers: Partial<Levers>, seeds: readonly string[]): SeedSeries {
  const plan = constantPlan(scenario, levers);
  return seeds.map((seed) => {
    const start = summarizeRegion(scenario, createGame(scenario, seed));
    const series: number[][] = scenario.assessment.map(() => []);
    const record = (state: GameState) => {
      const now = summarizeRegion(scenario, state);
      scenario.assessment.forEach((c, i) => series[i]!.push(measure(c.measure, start, now)));
    };
    const from = playOnSeed(scenario, played, seed);
    record(from);
    playPlan(scenario, plan, seed, from, record);
    return series;
  });
}

export function bandFromSeries(scenario: Scenario, firstTurn: number, series: SeedSeries): OutcomeBand {
  return {
    firstTurn,
    seeds: series.length,
    criteria: scenario.assessment.map((c, i) => ({ id: c.id, better: c.better, band: bandOf(series.map((s) => s[i]!), 0.1, 0.9) })),
  };
}

export function outcomeBand(scenario: Scenario, played: readonly Decisions[], levers: Partial<Levers>, seeds: readonly string[]): OutcomeBand {
  return bandFromSeries(scenario, played.length, seedSeries(scenario, played, levers, seeds));
}

/** The seeds a band is drawn over: "1" … "n", the same ones every time so moves compare like with like. */
export const bandSeeds = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));
