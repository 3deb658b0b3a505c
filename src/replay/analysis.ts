/**
 * What a class view computes from many runs: median and range per turn, where runs on one
 * seed first part ways, which levers separate the best outcomes from the worst, and how much
 * of an outcome was luck (the same decisions over many seeds).
 */
import { answerPending, usualAnswers } from '../analysis/answers.ts';
import { assess, createGame, step, type Decisions, type GameState } from '../engine/index.ts';
import { quantile } from '../analysis/stats.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';

export interface Band {
  readonly median: number[];
  readonly low: number[];
  readonly high: number[];
}


/** Median and range at each turn over series of unequal length (unfinished runs drop out). */
export function bandOf(series: readonly (readonly number[])[], lowQ = 0, highQ = 1): Band {
  const length = Math.max(0, ...series.map((s) => s.length));
  const band: Band = { median: [], low: [], high: [] };
  for (let t = 0; t < length; t++) {
    const values = series.flatMap((s) => (t < s.length ? [s[t]!] : [])).sort((a, b) => a - b);
    band.median.push(quantile(values, 0.5));
    band.low.push(quantile(values, lowQ));
    band.high.push(quantile(values, highQ));
  }
  return band;
}

/** First turn (1-based) after which two runs' states differ, or null if they never do. */
export function firstDivergence(a: readonly string[], b: readonly string[]): number | null {
  const shared = Math.min(a.length, b.length);
  for (let t = 0; t < shared; t++) if (a[t] !== b[t]) return t + 1;
  return null;
}

export interface Separation {
  readonly lever: LeverId;
  /** Mean over the best runs of each run's mean lever value over its game. */
  readonly best: number;
  readonly worst: number;
  /** How many runs each group holds, and the lowest and highest run mean in it: the counts behind the claim. */
  readonly groupSize: number;
  readonly bestRange: readonly [number, number];
  readonly worstRange: readonly [number, number];
}

/** Below this many runs, "levers that separate" are a question to ask, not a finding. */
export const SEPARATION_MIN_RUNS = 10;

/**
 * The lever values in the best and the worst third of runs for a criterion, levers ordered by
 * how far apart the two groups are (relative to the lever's range). Each run counts once, by its
 * mean lever value over the turns it played (the levers in force, as the engine applied them).
 */
export function separatingLevers(
  scenario: Scenario,
  runs: readonly { levers: readonly Readonly<Record<LeverId, number>>[]; outcome: number }[],
  better: 'higher' | 'lower',
): Separation[] {
  const played = runs.filter((run) => run.levers.length > 0);
  if (played.length < 2) return [];
  const sorted = [...played].sort((a, b) => (better === 'higher' ? b.outcome - a.outcome : a.outcome - b.outcome));
  const groupSize = Math.max(1, Math.floor(sorted.length / 3));
  const runMean = (run: (typeof runs)[number], lever: LeverId) => run.levers.reduce((sum, l) => sum + l[lever], 0) / run.levers.length;
  const group = (members: typeof runs, lever: LeverId) => {
    const means = members.map((run) => runMean(run, lever));
    return { mean: means.reduce((a, b) => a + b, 0) / means.length, range: [Math.min(...means), Math.max(...means)] as const };
  };
  return scenario.levers
    .map((l) => {
      const best = group(sorted.slice(0, groupSize), l.id);
      const worst = group(sorted.slice(-groupSize), l.id);
      return { lever: l.id, best: best.mean, worst: worst.mean, groupSize, bestRange: best.range, worstRange: worst.range, span: l.max - l.min || 1 };
    })
    .sort((a, b) => Math.abs(b.best - b.worst) / b.span - Math.abs(a.best - a.worst) / a.span)
    .map(({ span: _span, ...separation }) => separation);
}

/**
 * Plays the same decisions on other seeds. Events differ from seed to seed, so a choice the
 * run never faced is answered with the option that run took for that event, else the first.
 */
export function playOnSeed(scenario: Scenario, decisions: readonly Decisions[], seed: string): GameState {
  const usual = usualAnswers(decisions);
  let state = createGame(scenario, seed);
  for (const decided of decisions) {
    const choices = answerPending(scenario, state.pendingChoices, usual);
    const result = step(scenario, state, { ...decided, choices }, { explain: false });
    if (!result.ok) break;
    state = result.state;
  }
  return state;
}

/** Each criterion's outcome on each of the given seeds, by criterion id. */
export function outcomesOnSeeds(scenario: Scenario, decisions: readonly Decisions[], seeds: readonly string[]): Map<string, number[]> {
  const outcomes = new Map<string, number[]>();
  for (const seed of seeds) {
    for (const c of assess(scenario, playOnSeed(scenario, decisions, seed))) {
      const values = outcomes.get(c.id);
      if (values) values.push(c.value);
      else outcomes.set(c.id, [c.value]);
    }
  }
  return outcomes;
}

/** Outcomes worked out in parts (seeds shared among workers, or in stages), gathered per criterion in the parts' order. */
export function gatherOutcomes(parts: readonly Readonly<Record<string, readonly number[]>>[]): Map<string, number[]> {
  const outcomes = new Map<string, number[]>();
  for (const part of parts) for (const [id, values] of Object.entries(part)) outcomes.set(id, [...(outcomes.get(id) ?? []), ...values]);
  return outcomes;
}

export interface Spread {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/** Median and 10th–90th percentile of each criterion's outcomes. */
export function summarizeSpread(outcomes: ReadonlyMap<string, readonly number[]>): Record<string, Spread> {
  return Object.fromEntries(
    [...outcomes].map(([id, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return [id, { median: quantile(sorted, 0.5), low: quantile(sorted, 0.1), high: quantile(sorted, 0.9) }];
    }),
  );
}

export function spreadAcrossSeeds(scenario: Scenario, decisions: readonly Decisions[], seeds: readonly string[]): Record<string, Spread> {
  return summarizeSpread(outcomesOnSeeds(scenario, decisions, seeds));
}
