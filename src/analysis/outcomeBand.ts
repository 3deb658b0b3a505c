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
import { createGame, summarizeRegion, type Decisions, type GameState, type RegionSummary } from '../engine/index.ts';
import { measure } from '../engine/assessment.ts';
import { bandOf, playOnSeed, type Band } from '../replay/analysis.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Policy } from '../policy/schema.ts';
import { constantPlan, playPlan, policyPlan, type Levers } from './plans.ts';

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

/** Each assessment criterion's value (the scenario's order) at `now`, measured from the game's start. */
export function criterionValues(scenario: Scenario, start: RegionSummary, now: RegionSummary): number[] {
  return scenario.assessment.map((c) => measure(c.measure, start, now));
}

/** A game's own trajectory in the band's terms: per criterion, its value at each of the states (the first is the start). */
export function runSeries(scenario: Scenario, states: readonly GameState[]): number[][] {
  const regions = states.map((s) => summarizeRegion(scenario, s));
  const values = regions.map((now) => criterionValues(scenario, regions[0]!, now));
  return scenario.assessment.map((_, i) => values.map((v) => v[i]!));
}

/** A seed's game at the last played turn: its start (criteria are measured from it), that state and its criteria there. */
interface Reached {
  readonly start: RegionSummary;
  readonly state: GameState;
  readonly values: number[];
}

/**
 * The seeds' games at the last played turn, kept for the latest scenario and turns played: while
 * a lever moves in a what-if, every request replays the same turns on the same seeds, so only the
 * remaining turns are played again. One entry, so memory stays at one game state per seed.
 */
let reachedFor: { scenario: Scenario; played: string; seeds: Map<string, Reached> } | null = null;

function reached(scenario: Scenario, played: readonly Decisions[], key: string, seed: string): Reached {
  if (reachedFor?.scenario !== scenario || reachedFor.played !== key) reachedFor = { scenario, played: key, seeds: new Map() };
  let seen = reachedFor.seeds.get(seed);
  if (!seen) {
    const start = summarizeRegion(scenario, createGame(scenario, seed));
    const state = playOnSeed(scenario, played, seed);
    seen = { start, state, values: criterionValues(scenario, start, summarizeRegion(scenario, state)) };
    reachedFor.seeds.set(seed, seen);
  }
  return seen;
}

/** Some seeds' series: the levers held for every remaining turn, or, given a policy, the policy played instead. */
export function seedSeries(scenario: Scenario, played: readonly Decisions[], levers: Partial<Levers>, seeds: readonly string[], policy?: Policy): SeedSeries {
  const plan = policy ? policyPlan(policy) : constantPlan(scenario, levers);
  const key = JSON.stringify(played);
  return seeds.map((seed) => {
    const { start, state, values } = reached(scenario, played, key, seed);
    const series: number[][] = values.map((value) => [value]);
    playPlan(scenario, plan, seed, state, (now) => {
      criterionValues(scenario, start, summarizeRegion(scenario, now)).forEach((value, i) => series[i]!.push(value));
    });
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
