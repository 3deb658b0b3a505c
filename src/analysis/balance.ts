/**
 * The balance report: does the lever space reward judgement? A grid of constant lever settings
 * is played over many seeds and judged on the scenario's own end-of-game criteria — which
 * settings no other beats on every criterion (the Pareto front), whether any lever is free
 * (raising it never worsens a criterion), how much of each criterion is luck (the seed), whether
 * adapting beats the best constant plan, and how differently one shipped plan can turn out.
 */
import { rate } from '../engine/assessment.ts';
import type { LeverDef, Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';
import type { Policy } from '../policy/schema.ts';
import { ADAPTIVE_PLANS, retimedPlans } from './adaptivePolicies.ts';
import { paretoFront, type Better } from './pareto.ts';
import { affordable, constantPlan, outcomeOf, PlanRefused, playPlan, policyPlan, type Levers, type Plan } from './plans.ts';
import { mean, pairedDifference, quantile, sortedCopy, withinShare } from './stats.ts';

/** The issue's targets (issue 9, "Balance as a report"). */
export const TARGETS = {
  /** No constant plan rated good on more than this many criteria. */
  maxGoodCriteria: 4,
  /** An adaptive plan beats the best constant one on at least this many criteria. */
  adaptiveWins: 2,
  /** Under each shipped policy, the seeds' 10th–90th percentile span of end trust, in points… */
  trustSpanPoints: 5,
  /** …and of end coca, as a percentage of the median end coca. */
  cocaSpanPercent: 5,
} as const;

/** A difference counts only when it is this many standard errors of the paired difference from zero. */
export const SIGNIFICANCE = 2;

/** `levels` values from min to max, evenly spaced and snapped to the lever's step. */
export function leverLevels(def: LeverDef, levels: number): number[] {
  const values = Array.from({ length: levels }, (_, i) => {
    const raw = def.min + ((def.max - def.min) * i) / (levels - 1);
    return Math.min(def.max, def.min + Math.round((raw - def.min) / def.step) * def.step);
  });
  return [...new Set(values)];
}

/** Every combination of lever levels that fits the budget on every turn. */
export function leverGrid(scenario: Scenario, levels: number): Levers[] {
  let grid: Partial<Levers>[] = [{}];
  for (const def of scenario.levers) grid = grid.flatMap((partial) => leverLevels(def, levels).map((value) => ({ ...partial, [def.id]: value })));
  return grid.map((partial) => partial as Levers).filter((levers) => affordable(scenario, levers));
}

export interface PlanRun {
  readonly plan: Plan;
  /** Constant plans only: the levers held all game. */
  readonly levers?: Levers;
  /** Criterion values per seed: values[seed][criterion], in the scenario's assessment order. */
  readonly values: number[][];
  /** Mean of each criterion over the seeds. */
  readonly means: number[];
  readonly endTrust: number[];
  readonly endCoca: number[];
}

export function runPlan(scenario: Scenario, plan: Plan, seeds: readonly string[], levers?: Levers): PlanRun {
  const values: number[][] = [];
  const endTrust: number[] = [];
  const endCoca: number[] = [];
  for (const seed of seeds) {
    const outcome = outcomeOf(scenario, playPlan(scenario, plan, seed));
    values.push(outcome.criteria);
    endTrust.push(outcome.end.meanTrust);
    endCoca.push(outcome.end.cocaHectares);
  }
  const means = scenario.assessment.map((_, k) => mean(values.map((v) => v[k]!)));
  return levers ? { plan, levers, values, means, endTrust, endCoca } : { plan, values, means, endTrust, endCoca };
}

export function runGrid(scenario: Scenario, grid: readonly Levers[], seeds: readonly string[]): PlanRun[] {
  return grid.map((levers) => runPlan(scenario, constantPlan(scenario, levers), seeds, levers));
}

const betterOf = (scenario: Scenario): Better[] => scenario.assessment.map((c) => c.better);

/**
 * How far each mean lies from "poor" (0) towards "good" (1), in units of the gap between them
 * and not capped (past "good" is above 1, past "poor" below 0), averaged over the criteria: the
 * game's own scales as one number, used only to rank plans. Not capped, because a capped score
 * ties every plan rated good on all criteria at 1 and cannot say that one clears "good" by more.
 */
export function ratingScore(scenario: Scenario, means: readonly number[]): number {
  return mean(scenario.assessment.map((c, k) => (means[k]! - c.poor) / (c.good - c.poor)));
}

export const goodCount = (scenario: Scenario, means: readonly number[]): number =>
  scenario.assessment.filter((c, k) => rate(c, means[k]!) === 'good').length;

/**
 * How far a plan's mean clears "good" on each criterion it is rated good on (in the criterion's
 * better direction, in its own unit), with the standard error over the seeds, thinnest (in
 * standard errors) first:
 * whether a plan rated good everywhere is so by a wide margin or by the seeds' luck.
 */
export function goodMargins(scenario: Scenario, run: PlanRun): { label: string; margin: number; standardError: number }[] {
  return scenario.assessment
    .flatMap((c, k) => {
      if (rate(c, run.means[k]!) !== 'good') return [];
      const d = pairedDifference(
        run.values.map((v) => v[k]!),
        run.values.map(() => c.good),
      );
      return [{ label: c.label, margin: c.better === 'higher' ? d.mean : -d.mean, standardError: d.standardError }];
    })
    .sort((a, b) => a.margin / Math.max(a.standardError, 1e-9) - b.margin / Math.max(b.standardError, 1e-9));
}

/** Constant plans by how many criteria their means rate "good": histogram[k] plans rate good on k. */
export function goodHistogram(scenario: Scenario, runs: readonly PlanRun[]): number[] {
  const histogram = scenario.assessment.map(() => 0).concat(0);
  for (const run of runs) histogram[goodCount(scenario, run.means)]!++;
  return histogram;
}

/**
 * Per criterion, whether `a` beats (+1) or trails (-1) `b` beyond the noise of the paired
 * difference over the same seeds, or neither (0).
 */
export function compareRuns(scenario: Scenario, a: PlanRun, b: PlanRun): number[] {
  return scenario.assessment.map((c, k) => {
    const d = pairedDifference(
      a.values.map((v) => v[k]!),
      b.values.map((v) => v[k]!),
    );
    const gain = c.better === 'higher' ? d.mean : -d.mean;
    if (Math.abs(gain) <= SIGNIFICANCE * d.standardError || gain === 0) return 0;
    return gain > 0 ? 1 : -1;
  });
}

export interface LeverEffect {
  readonly lever: LeverId;
  /** Pairs of grid points that differ only in this lever. */
  readonly pairs: number;
  /** Pairs where raising the lever worsens at least one criterion (beyond noise). */
  readonly worsening: number;
  /** Pairs where raising it improves every criterion (beyond noise). */
  readonly improvingAll: number;
  /** For each criterion, in how many pairs raising the lever worsens it. */
  readonly worsensByCriterion: number[];
}

/**
 * For each lever and each pair of grid points that differ only in it, does raising the lever
 * ever worsen a criterion? A lever that never does is free: the game would reward maxing it.
 */
export function leverEffects(scenario: Scenario, runs: readonly PlanRun[]): LeverEffect[] {
  return scenario.levers.map((def) => {
    const others = (levers: Levers) => scenario.levers.map((l) => (l.id === def.id ? '*' : levers[l.id])).join(',');
    const lines = new Map<string, PlanRun[]>();
    for (const run of runs) {
      if (!run.levers) continue;
      const key = others(run.levers);
      lines.set(key, [...(lines.get(key) ?? []), run]);
    }
    let pairs = 0;
    let worsening = 0;
    let improvingAll = 0;
    const worsensByCriterion = scenario.assessment.map(() => 0);
    for (const line of lines.values()) {
      line.sort((a, b) => a.levers![def.id] - b.levers![def.id]);
      for (let i = 0; i < line.length; i++) {
        for (let j = i + 1; j < line.length; j++) {
          const verdicts = compareRuns(scenario, line[j]!, line[i]!);
          pairs++;
          verdicts.forEach((v, k) => {
            if (v < 0) worsensByCriterion[k]!++;
          });
          if (verdicts.some((v) => v < 0)) worsening++;
          if (verdicts.every((v) => v > 0)) improvingAll++;
        }
      }
    }
    return { lever: def.id, pairs, worsening, improvingAll, worsensByCriterion };
  });
}

/** For each criterion, the share of its variance over all plans and seeds that lies between seeds of the same plan. */
export function seedShares(scenario: Scenario, runs: readonly PlanRun[]): number[] {
  return scenario.assessment.map((_, k) => withinShare(runs.map((run) => run.values.map((v) => v[k]!))));
}

export interface Spread {
  readonly name: string;
  readonly trust: { p10: number; p90: number; span: number };
  /** End coca in hectares; span as a percentage of the median. */
  readonly coca: { p10: number; p90: number; median: number; spanPercent: number };
}

export function spreadOf(run: PlanRun): Spread {
  const trust = sortedCopy(run.endTrust);
  const coca = sortedCopy(run.endCoca);
  const t10 = quantile(trust, 0.1);
  const t90 = quantile(trust, 0.9);
  const c10 = quantile(coca, 0.1);
  const c90 = quantile(coca, 0.9);
  const median = quantile(coca, 0.5);
  return {
    name: run.plan.name,
    trust: { p10: t10, p90: t90, span: t90 - t10 },
    coca: { p10: c10, p90: c90, median, spanPercent: median > 0 ? ((c90 - c10) / median) * 100 : 0 },
  };
}

/** The best of some runs by rating score, ties broken by the number of criteria rated good. */
export function bestRun(scenario: Scenario, runs: readonly PlanRun[]): PlanRun {
  const key = (run: PlanRun) => ratingScore(scenario, run.means) * 10 + goodCount(scenario, run.means) / 10;
  return runs.reduce((best, run) => (key(run) > key(best) ? run : best));
}

/** The range of each lever among the `count` constant plans with the best rating score: what the best plans agree on. */
export function bestLeverRanges(scenario: Scenario, runs: readonly PlanRun[], count: number): { lever: LeverId; min: number; max: number }[] {
  const best = [...runs].sort((a, b) => ratingScore(scenario, b.means) - ratingScore(scenario, a.means)).slice(0, count);
  return scenario.levers.map((def) => {
    const values = best.map((r) => r.levers![def.id]);
    return { lever: def.id, min: Math.min(...values), max: Math.max(...values) };
  });
}

export interface AdaptiveComparison {
  readonly bestConstant: PlanRun;
  /** Every adaptive plan with its per-criterion verdict against the best constant plan. */
  readonly adaptive: { run: PlanRun; verdicts: number[]; score: number; dominatedByConstant: boolean }[];
  /** Each re-timed plan against the constant plan it re-times: does timing alone change the outcome? */
  readonly retimed: { run: PlanRun; basis: PlanRun; verdicts: number[] }[];
}

export function compareAdaptive(scenario: Scenario, constants: readonly PlanRun[], adaptive: readonly PlanRun[]): AdaptiveComparison {
  const bestConstant = bestRun(scenario, constants);
  const better = betterOf(scenario);
  const points = constants.map((r) => r.means);
  return {
    bestConstant,
    adaptive: adaptive.map((run) => ({
      run,
      verdicts: compareRuns(scenario, run, bestConstant),
      score: ratingScore(scenario, run.means),
      dominatedByConstant: paretoFront([run.means, ...points], better)[0] !== 0,
    })),
    retimed: adaptive.flatMap((run) => {
      const basis = run.plan.basis && constants.find((c) => scenario.levers.every((l) => c.levers![l.id] === run.plan.basis![l.id]));
      return basis ? [{ run, basis, verdicts: compareRuns(scenario, run, basis) }] : [];
    }),
  };
}

/**
 * An adaptive plan meets the target when it beats the best constant plan on enough criteria
 * and its overall rating score is no lower — a gain, not a trade of one criterion for another.
 */
export function adaptiveWinner(scenario: Scenario, comparison: AdaptiveComparison): AdaptiveComparison['adaptive'][number] | undefined {
  const bestScore = ratingScore(scenario, comparison.bestConstant.means);
  const qualifying = comparison.adaptive.filter((a) => a.verdicts.filter((v) => v > 0).length >= TARGETS.adaptiveWins && a.score >= bestScore);
  return qualifying.sort((a, b) => b.score - a.score)[0];
}

export interface BalanceReport {
  readonly grid: PlanRun[];
  readonly front: PlanRun[];
  readonly levers: LeverEffect[];
  readonly seedShares: number[];
  readonly goodHistogram: number[];
  readonly comparison: AdaptiveComparison;
  readonly spreads: Spread[];
  readonly targets: { target: string; figure: string; pass: boolean }[];
}

export interface BalanceInput {
  readonly grid: PlanRun[];
  readonly adaptive: PlanRun[];
  readonly shipped: PlanRun[];
}

/** Everything the report prints, from runs already played (apart from the playing, so it can be tested on made-up runs). */
export function balanceReport(scenario: Scenario, input: BalanceInput): BalanceReport {
  const { grid, adaptive, shipped } = input;
  const front = paretoFront(
    grid.map((r) => r.means),
    betterOf(scenario),
  ).map((i) => grid[i]!);
  const levers = leverEffects(scenario, grid);
  const histogram = goodHistogram(scenario, grid);
  const comparison = compareAdaptive(scenario, grid, adaptive);
  const spreads = shipped.map(spreadOf);
  const free = levers.filter((l) => l.pairs > 0 && l.worsening === 0);
  const mostGood = histogram.reduce((top, count, k) => (count > 0 ? k : top), 0);
  const winner = adaptiveWinner(scenario, comparison);
  const wins = (a: AdaptiveComparison['adaptive'][number]) => a.verdicts.filter((v) => v > 0).length;
  const closest = [...comparison.adaptive].sort((a, b) => wins(b) - wins(a) || b.score - a.score)[0];
  const bestScore = ratingScore(scenario, comparison.bestConstant.means);
  const narrowest = (pick: (s: Spread) => number, unit: string) => (spreads.length > 0 ? `narrowest ${Math.min(...spreads.map(pick)).toFixed(1)}${unit}` : 'no shipped policy played');
  const narrowTrust = spreads.filter((s) => s.trust.span < TARGETS.trustSpanPoints);
  const narrowCoca = spreads.filter((s) => s.coca.spanPercent < TARGETS.cocaSpanPercent);
  const targets = [
    { target: 'no free lever', figure: free.length === 0 ? 'every lever worsens some criterion somewhere' : `free: ${free.map((l) => l.lever).join(', ')}`, pass: free.length === 0 },
    {
      target: `no constant plan rated good on more than ${TARGETS.maxGoodCriteria} criteria`,
      figure: `at most ${mostGood} (${histogram[mostGood]} plans)${mostGood > TARGETS.maxGoodCriteria ? `; ${allGood(scenario, grid, mostGood)}` : ''}`,
      pass: mostGood <= TARGETS.maxGoodCriteria,
    },
    {
      target: `an adaptive plan beats the best constant one on >= ${TARGETS.adaptiveWins} criteria (overall score no lower)`,
      figure: winner
        ? `"${winner.run.plan.name}" beats it on ${wins(winner)}, score ${winner.score.toFixed(2)} against ${bestScore.toFixed(2)}`
        : closest
          ? `none qualifies; closest "${closest.run.plan.name}" beats it on ${wins(closest)}, score ${closest.score.toFixed(2)} against ${bestScore.toFixed(2)}`
          : 'no adaptive plan played',
      pass: winner !== undefined,
    },
    {
      target: `each shipped policy: end trust p10-p90 span >= ${TARGETS.trustSpanPoints} points`,
      figure: `${narrowest((s) => s.trust.span, ' points')}${narrowTrust.length ? ` (below: ${narrowTrust.map((s) => s.name).join(', ')})` : ''}`,
      pass: spreads.length > 0 && narrowTrust.length === 0,
    },
    {
      target: `each shipped policy: end coca p10-p90 span >= ${TARGETS.cocaSpanPercent}% of the median`,
      figure: `${narrowest((s) => s.coca.spanPercent, '%')}${narrowCoca.length ? ` (below: ${narrowCoca.map((s) => s.name).join(', ')})` : ''}`,
      pass: spreads.length > 0 && narrowCoca.length === 0,
    },
  ];
  return { grid, front, levers, seedShares: seedShares(scenario, grid), goodHistogram: histogram, comparison, spreads, targets };
}

/** The first grid plan rated good on `count` criteria, with its two thinnest margins past "good". */
function allGood(scenario: Scenario, grid: readonly PlanRun[], count: number): string {
  const run = grid.find((r) => goodCount(scenario, r.means) === count)!;
  const levers = scenario.levers.map((l) => `${l.id} ${run.levers![l.id]}`).join(', ');
  const thinnest = goodMargins(scenario, run)
    .slice(0, 2)
    .map((m) => `${m.label} ${m.margin.toFixed(1)} ± ${m.standardError.toFixed(1)}`)
    .join(', ');
  return `${levers}: thinnest margins past "good" ${thinnest}`;
}

export interface BalanceOptions {
  readonly levels: number;
  readonly seeds: readonly string[];
  /** Shipped policies; one the engine refuses on this scenario (over budget, say) is skipped and named. */
  readonly policies: readonly Policy[];
}

/**
 * Plays everything the report needs: the grid, the adaptive family plus the best constant
 * plan re-timed, and the policies, all on the same seeds.
 */
export function playBalance(scenario: Scenario, options: BalanceOptions): { report: BalanceReport; skipped: string[] } {
  const grid = runGrid(scenario, leverGrid(scenario, options.levels), options.seeds);
  const best = bestRun(scenario, grid);
  const eradicating = grid.filter((run) => run.levers!.eradicationPace > 0);
  const bestEradicating = eradicating.length > 0 ? bestRun(scenario, eradicating) : best;
  const adaptive = [...ADAPTIVE_PLANS, ...retimedPlans(scenario, best.levers!, bestEradicating.levers!)].map((plan) => runPlan(scenario, plan, options.seeds));
  const skipped: string[] = [];
  const shipped = options.policies.flatMap((policy) => {
    try {
      return [runPlan(scenario, policyPlan(policy), options.seeds)];
    } catch (error) {
      if (!(error instanceof PlanRefused)) throw error;
      skipped.push(`"${policy.name}" (${error.message})`);
      return [];
    }
  });
  return { report: balanceReport(scenario, { grid, adaptive, shipped }), skipped };
}

