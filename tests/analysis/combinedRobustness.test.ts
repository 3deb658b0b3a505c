// Every stylized fact points its way on at least 90% of the combined family
// (src/analysis/variants.ts): pairs of mechanisms moved a quarter in opposite directions, the
// leaf price doubled (alone and with planting a hectare of licit crops half again as dear), half
// the budget without donors, communities merged two by two or duplicated, a 40-turn game, and
// merged communities over 40 turns. "Points its way" is each part of the fact beyond its neutral
// value (a gap above 0, a ratio above 1), looser than the fact's threshold.
//
// Misses, each with its reason in docs/robustness.md; the test fails if one of them starts to
// point the right way (remove it then) or if any other fact misses anywhere:
// - budget×0.5,no-donors, blind-operations-cost-trust: the informed plan, scaled to half the
//   budget, backs committees and development at half strength, and its operations cost more than
//   half the blind cost.
// - turns-40 and communities-merged,turns-40, eradication-and-development-complement: over ten
//   years at the high pace the pair cuts 3–4% less than the sum of each alone (at the moderate
//   pace it still cuts 9% more). It held while coca spread at 0.05 a quarter and fails since
//   that rate is set from the VRAEM's 2010–2012 record (0.012); which channel loses the extra
//   cut over the second five years has not been taken apart yet.
//
// Seeds: 20 per scenario, as in tests/analysis/robustness.test.ts; about 20 s of one core in all.
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/analysis/facts.ts';
import { COMBINED_DIRECTION_SHARE } from '../../src/analysis/sensitivity.ts';
import { scenarioVariants } from '../../src/analysis/variants.ts';
import { shippedScenario } from './scenario.ts';

const SEEDS = 20;
const KNOWN_MISSES: Record<string, readonly string[]> = {
  'budget×0.5,no-donors': ['blind-operations-cost-trust'],
  'turns-40': ['eradication-and-development-complement'],
  'communities-merged,turns-40': ['eradication-and-development-complement'],
};
const vraem = shippedScenario('vraem-2012');
const variants = scenarioVariants(vraem, 'combined');

describe(`every stylized fact in direction on the combined family of the VRAEM (${SEEDS} seeds each)`, () => {
  it('lists only misses of its own variants and facts, and keeps every fact its way on 90% of them', () => {
    expect(variants.length).toBeGreaterThanOrEqual(20);
    const ids = variants.map((v) => v.id);
    for (const [variant, facts] of Object.entries(KNOWN_MISSES)) {
      expect(ids).toContain(variant);
      for (const fact of facts) expect(FACTS.map((f) => f.id)).toContain(fact);
    }
    for (const fact of FACTS) {
      const misses = Object.values(KNOWN_MISSES).filter((facts) => facts.includes(fact.id)).length;
      expect(1 - misses / variants.length, fact.id).toBeGreaterThanOrEqual(COMBINED_DIRECTION_SHARE);
    }
  });

  for (const variant of variants) {
    it(variant.id, () => {
      const results = FACTS.map((fact) => ({ fact, result: fact.evaluate(variant.scenario, { seeds: SEEDS }) }));
      const missed = results.filter(({ result }) => !result.direction);
      expect(missed.map(({ fact }) => fact.id), missed.map(({ fact, result }) => `${fact.id} (${result.detail})`).join('\n')).toEqual(KNOWN_MISSES[variant.id] ?? []);
    });
  }
});
