import { describe, expect, it } from 'vitest';
import { adaptiveWinner, balanceReport, bestLeverRanges, compareAdaptive, compareRuns, goodHistogram, goodMargins, leverEffects, leverGrid, leverLevels, ratingScore, type PlanRun } from '../../src/analysis/balance.ts';
import { constantPlan, type Levers } from '../../src/analysis/plans.ts';
import { leverCost } from '../../src/engine/index.ts';
import { shippedScenario } from './scenario.ts';

const vraem = shippedScenario('vraem-2012');
const lever = (id: string) => vraem.levers.find((l) => l.id === id)!;

describe('lever grid', () => {
  it('spaces levels evenly from min to max on the lever\'s step', () => {
    expect(leverLevels(lever('developmentFunding'), 3)).toEqual([0, 100, 200]);
    expect(leverLevels(lever('eradicationPace'), 4)).toEqual([0, 35, 65, 100]);
  });

  it('keeps only settings the budget pays for every turn, and all of those', () => {
    const grid = leverGrid(vraem, 3);
    const all = 3 ** vraem.levers.length;
    expect(grid.length).toBeLessThan(all);
    expect(grid.every((levers) => leverCost(vraem, levers) <= vraem.budget.perTurn)).toBe(true);
    // The cheapest and a dear-but-affordable corner are in, the dearest is out.
    const has = (levers: Partial<Levers>) => grid.some((g) => Object.entries(levers).every(([id, v]) => g[id as keyof Levers] === v));
    expect(has({ eradicationPace: 0, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 })).toBe(true);
    expect(has({ eradicationPace: 0, developmentFunding: 200, committeeSupport: 100, committeeOversight: 100, militaryOperations: 0 })).toBe(true);
    expect(has({ eradicationPace: 100, developmentFunding: 200, militaryOperations: 100 })).toBe(false);
  });
});

/**
 * Synthetic runs over the 3-level grid: criteria are linear in the levers plus seed noise, so the
 * answers are known. "developmentFunding" improves every criterion (a free lever); every other
 * lever helps the first criterion and hurts the second.
 */
function syntheticRuns(): PlanRun[] {
  const criteria = vraem.assessment.map((c) => (c.better === 'higher' ? 1 : -1));
  return leverGrid(vraem, 3).map((levers) => {
      const development = levers.developmentFunding / 200;
      const others = (levers.eradicationPace + levers.committeeSupport + levers.committeeOversight + levers.militaryOperations) / 400;
      const values = Array.from({ length: 40 }, (_, seed) => {
        const noise = ((seed * 7919) % 13) / 13 - 0.5;
        return criteria.map((sign, k) => sign * (10 * development + (k === 0 ? 10 : k === 1 ? -10 : 0) * others + noise));
      });
      const means = criteria.map((_, k) => values.reduce((a, v) => a + v[k]!, 0) / values.length);
      return { plan: constantPlan(vraem, levers), levers, values, means, endTrust: values.map((v) => v[1]!), endCoca: values.map((v) => 1000 + v[2]!) };
    });
}

describe('free levers', () => {
  const effects = leverEffects(vraem, syntheticRuns());

  it('finds the lever that never worsens a criterion', () => {
    const development = effects.find((e) => e.lever === 'developmentFunding')!;
    expect(development.pairs).toBeGreaterThan(0);
    expect(development.worsening).toBe(0);
    expect(development.improvingAll).toBe(development.pairs);
  });

  it('names the criterion each other lever worsens, and only that one', () => {
    for (const e of effects.filter((e) => e.lever !== 'developmentFunding')) {
      expect(e.worsening).toBe(e.pairs);
      expect(e.worsensByCriterion[1]).toBe(e.pairs);
      expect(e.worsensByCriterion.filter((n, k) => k !== 1 && n > 0)).toEqual([]);
    }
  });

  it('does not count a difference inside the seeds\' noise, however it leans', () => {
    const base = syntheticRuns()[0]!;
    const shifted = (shift: (seed: number) => number) => ({ ...base, values: base.values.map((v, s) => v.map((x) => x + shift(s))) });
    // Differences of +1 and -0.9 in turn: a mean of +0.05 but a standard error three times larger.
    expect(compareRuns(vraem, shifted((s) => (s % 2 === 0 ? 1 : -0.9)), base)).toEqual(vraem.assessment.map(() => 0));
    // The same mean difference on every seed is certain: better where higher is better, worse where lower is.
    expect(compareRuns(vraem, shifted(() => 0.05), base)).toEqual(vraem.assessment.map((c) => (c.better === 'higher' ? 1 : -1)));
  });

  it('compares a re-timed plan with the constant plan it re-times', () => {
    const runs = syntheticRuns();
    const basis = runs[5]!;
    const retimed = { ...basis, plan: { ...basis.plan, name: 'retimed', basis: basis.levers! }, values: basis.values.map((v) => v.map((x, k) => x + (k === 0 ? 1 : 0))) };
    const report = balanceReport(vraem, { grid: runs, adaptive: [retimed, runs[0]!], shipped: runs.slice(0, 1) });
    expect(report.comparison.retimed).toHaveLength(1);
    expect(report.comparison.retimed[0]!.basis).toBe(basis);
    expect(report.comparison.retimed[0]!.verdicts).toEqual(vraem.assessment.map((c, k) => (k === 0 ? (c.better === 'higher' ? 1 : -1) : 0)));
  });

  it('reports a free lever as a failed target', () => {
    const runs = syntheticRuns();
    const report = balanceReport(vraem, { grid: runs, adaptive: runs.slice(0, 2), shipped: runs.slice(0, 1) });
    expect(report.targets[0]).toMatchObject({ pass: false, figure: 'free: developmentFunding' });
    expect(goodHistogram(vraem, runs).reduce((a, b) => a + b, 0)).toBe(runs.length);
  });
});

describe('best plans', () => {
  it('gives the range of each lever among the plans with the best rating score', () => {
    const good = vraem.assessment.map((c) => c.good);
    const poor = vraem.assessment.map((c) => c.poor);
    const run = (levers: Levers, means: number[]): PlanRun => ({ plan: constantPlan(vraem, levers), levers, values: [means], means, endTrust: [], endCoca: [] });
    const base = { eradicationPace: 0, developmentFunding: 100, committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 };
    const runs = [
      run({ ...base, militaryOperations: 100 }, poor),
      run({ ...base, eradicationPace: 20 }, good),
      run({ ...base, eradicationPace: 60 }, good),
    ];
    const ranges = bestLeverRanges(vraem, runs, 2);
    expect(ranges.find((r) => r.lever === 'eradicationPace')).toEqual({ lever: 'eradicationPace', min: 20, max: 60 });
    expect(ranges.find((r) => r.lever === 'militaryOperations')).toEqual({ lever: 'militaryOperations', min: 0, max: 0 });
  });
});

describe('the rating score', () => {
  const gap = vraem.assessment.map((c) => c.good - c.poor);
  /** Means `x` gaps from "poor" towards "good" on every criterion (1 = at "good"), or per criterion. */
  const at = (x: number | number[]) => vraem.assessment.map((c, k) => c.poor + (Array.isArray(x) ? x[k]! : x) * gap[k]!);
  const levers = { eradicationPace: 0, developmentFunding: 100, committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 };
  /** A run whose seeds scatter by a tenth of a gap around the given means. */
  const run = (means: number[], name = 'plan'): PlanRun => {
    const values = Array.from({ length: 40 }, (_, s) => means.map((m, k) => m + (((s * 7919) % 13) / 13 - 0.5) * 0.1 * gap[k]!));
    return { plan: { ...constantPlan(vraem, levers), name }, levers, values, means: vraem.assessment.map((_, k) => values.reduce((a, v) => a + v[k]!, 0) / values.length), endTrust: [], endCoca: [] };
  };

  it('is not capped: past "good" counts above 1 and past "poor" below 0', () => {
    expect(ratingScore(vraem, at(1))).toBeCloseTo(1, 9);
    expect(ratingScore(vraem, at(0))).toBeCloseTo(0, 9);
    expect(ratingScore(vraem, at(2))).toBeCloseTo(2, 9);
    expect(ratingScore(vraem, at(-1))).toBeCloseTo(-1, 9);
  });

  it('lets an adaptive plan beat a constant one rated good everywhere, by clearing "good" by more where it gains', () => {
    // The constant plan clears "good" by a tenth everywhere; the adaptive one by half on four
    // criteria, and falls a tenth short of "good" on one: a gain overall, which a score capped
    // at "good" would read as a loss (0.98 against 1).
    const constant = run(at(1.1), 'constant');
    const adaptive = run(at([1.5, 1.5, 1.5, 1.5, 0.9, 1.1]), 'adaptive');
    const comparison = compareAdaptive(vraem, [constant], [adaptive]);
    expect(comparison.bestConstant).toBe(constant);
    expect(adaptiveWinner(vraem, comparison)?.run).toBe(adaptive);
  });

  it('gives a plan rated good its margins past "good", thinnest in standard errors first', () => {
    const plan = run(at([1.5, 1.05, 2, 0.5, 1.3, 1.2]));
    const margins = goodMargins(vraem, plan);
    expect(margins.map((m) => m.label)).toEqual([vraem.assessment[1]!.label, vraem.assessment[5]!.label, vraem.assessment[4]!.label, vraem.assessment[0]!.label, vraem.assessment[2]!.label]);
    // Human-rights record, half-way to "poor", is not rated good and has no margin.
    expect(margins[0]!.margin).toBeCloseTo(plan.means[1]! - vraem.assessment[1]!.good, 9);
    expect(margins.every((m) => m.margin > 0 && m.standardError > 0)).toBe(true);
  });
});
