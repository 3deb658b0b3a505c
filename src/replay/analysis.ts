/**
 * What a class view computes from many runs: median and range per turn, where runs on one
 * seed first part ways, which levers separate the best outcomes from the worst, and how much
 * of an outcome was luck (the same decisions over many seeds).
 */
import { assess, createGame, eventById, step, type Decisions, type GameState } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';

export interface Band {
  readonly median: number[];
  readonly low: number[];
  readonly high: number[];
}

const quantile = (sorted: readonly number[], q: number): number => {
  const rank = (sorted.length - 1) * q;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
};

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
  readonly best: number;
  readonly worst: number;
}

/**
 * Mean lever values over the game in the best and the worst third of runs for a criterion,
 * levers ordered by how far apart the two groups are (relative to the lever's range).
 */
export function separatingLevers(
  scenario: Scenario,
  runs: readonly { decisions: readonly Decisions[]; outcome: number }[],
  better: 'higher' | 'lower',
): Separation[] {
  if (runs.length < 2) return [];
  const sorted = [...runs].sort((a, b) => (better === 'higher' ? b.outcome - a.outcome : a.outcome - b.outcome));
  const third = Math.max(1, Math.floor(sorted.length / 3));
  const meanLever = (group: typeof runs, lever: LeverId) => {
    const values = group.flatMap((run) => run.decisions.map((d) => d.levers?.[lever] ?? 0));
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  };
  return scenario.levers
    .map((l) => ({ lever: l.id, best: meanLever(sorted.slice(0, third), l.id), worst: meanLever(sorted.slice(-third), l.id), range: l.max - l.min }))
    .sort((a, b) => Math.abs(b.best - b.worst) / b.range - Math.abs(a.best - a.worst) / a.range)
    .map(({ lever, best, worst }) => ({ lever, best, worst }));
}

/**
 * Plays the same decisions on other seeds. Events differ from seed to seed, so a choice the
 * run never faced is answered with the option that run took for that event, else the first.
 */
export function playOnSeed(scenario: Scenario, decisions: readonly Decisions[], seed: string): GameState {
  const usual = new Map<string, string>();
  for (const d of decisions) for (const [key, option] of Object.entries(d.choices ?? {})) usual.set(key.split('@')[0]!, option);
  let state = createGame(scenario, seed);
  for (const decided of decisions) {
    const choices = Object.fromEntries(
      state.pendingChoices.map((p) => [p.key, usual.get(p.eventId) ?? eventById(scenario, p.eventId)?.choice?.options[0]?.id ?? '']),
    );
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
    for (const c of assess(scenario, playOnSeed(scenario, decisions, seed))) outcomes.set(c.id, [...(outcomes.get(c.id) ?? []), c.value]);
  }
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
