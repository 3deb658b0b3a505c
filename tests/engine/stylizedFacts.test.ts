// The stylized facts of the brief (shared/BRIEF.md), as defined in src/analysis/facts.ts: each
// played from the shipped start over 200 seeds, each with a margin whose reason it states.
import { describe, expect, it } from 'vitest';
import { FACTS, fitBudget } from '../../src/analysis/facts.ts';
import { withValues } from '../../src/analysis/variants.ts';
import { leverCost } from '../../src/engine/index.ts';
import { vraem } from './helpers.ts';

const SEEDS = 200;

describe(`stylized facts from the shipped start of ${vraem.id} (${SEEDS} seeds each)`, () => {
  it('every fact has a stated margin reason and a unique id', () => {
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
    for (const fact of FACTS) expect(fact.marginReason.length).toBeGreaterThan(20);
  });

  for (const fact of FACTS) {
    it(fact.title, () => {
      const result = fact.evaluate(vraem, { seeds: SEEDS });
      expect(result.margin, result.detail).toBeGreaterThan(0);
      expect(result.holds).toBe(true);
      expect(result.direction).toBe(true);
    }, 180_000);
  }
});

describe('the facts\' plans on a smaller budget', () => {
  const half = withValues(vraem, 'budget-150', { 'budget.perTurn': 150 });

  it('scales every lever toward its minimum by the same share, snapped to its step, until the plan fits', () => {
    const lavish = { eradicationPace: 100, developmentFunding: 200, committeeSupport: 50, committeeOversight: 50, militaryOperations: 100 };
    const fitted = fitBudget(half, lavish);
    expect(leverCost(half, fitted)).toBeLessThanOrEqual(150);
    for (const lever of half.levers) {
      expect(fitted[lever.id] % lever.step).toBe(0);
      expect(fitted[lever.id]).toBeGreaterThan(0);
      // The same share of each lever's range, give or take a step.
      expect(Math.abs(fitted[lever.id] / lavish[lever.id] - fitted.militaryOperations / 100)).toBeLessThanOrEqual(lever.step / lavish[lever.id] + 1e-9);
    }
    const cheap = { ...lavish, developmentFunding: 0, eradicationPace: 50, militaryOperations: 20, committeeSupport: 0, committeeOversight: 0 };
    expect(fitBudget(half, cheap)).toEqual(cheap);
  });

  it('evaluates every fact at half the budget, where cutting development alone could not fit them', () => {
    for (const fact of FACTS) expect(() => fact.evaluate(half, { seeds: 2 }), fact.id).not.toThrow();
  });
});
