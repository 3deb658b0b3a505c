// Every stylized fact holds on every variant of the quick family (src/analysis/variants.ts):
// mechanism and crop parameters ±25%, starting values ±20%, two communities dropped, 12 and 28
// turns. It runs in `npm test` (and alone with `npm run test:robustness`).
//
// Known failures, each listed with its reason; the test fails if one of them starts to hold (remove
// it then) or if any other fact fails anywhere:
// - start-20%, development-cuts-coca-late: with every starting value a fifth lower (security
//   too), development alone ends 9% below the status quo against the 10% the fact asks; the
//   effect keeps its direction. Development is absorbed in proportion to security, so a less
//   secure valley gains less from it (see docs/robustness.md).
// - eradication-shock-25%, eradication-alone-backfires: over these 20 seeds coca's regrowth after
//   eradication stops is a hair under the 10% the fact asks (margin −0.01) since two event cards
//   (the colonos, soldiers on patrol) joined the draws; over 200 seeds it holds (margin 0.12).
//
// Seeds: the facts from the shipped start are tested over 200 seeds (tests/engine/stylizedFacts.test.ts).
// All facts over 200 seeds take about 14 s of one core per scenario (measured), so 200 seeds on
// each of the 41 scenarios here would take nine minutes; 20 seeds take about 40 s. A fact's
// margin then moves by a few tenths from one block of seeds to another (measured over blocks of
// 20 and 40 on the shipped scenario), so a fact that holds only by a hair here should be checked
// with `npm run sensitivity -- --seeds 200`, which prints the same margins over 200 seeds.
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/analysis/facts.ts';
import { scenarioVariants } from '../../src/analysis/variants.ts';
import { shippedScenario } from './scenario.ts';

const SEEDS = 20;
const KNOWN_FAILURES: Record<string, readonly string[]> = { 'start-20%': ['development-cuts-coca-late'], 'eradication-shock-25%': ['eradication-alone-backfires'] };
const vraem = shippedScenario('vraem-2012');
const scenarios = [{ id: 'as shipped', scenario: vraem }, ...scenarioVariants(vraem, 'quick')];

describe(`every stylized fact on the VRAEM and every quick variant of it (${SEEDS} seeds each)`, () => {
  for (const { id, scenario } of scenarios) {
    it(id, () => {
      const results = FACTS.map((fact) => ({ fact, result: fact.evaluate(scenario, { seeds: SEEDS }) }));
      const failed = results.filter(({ result }) => !result.holds);
      expect(failed.map(({ fact }) => fact.id), failed.map(({ fact, result }) => `${fact.id} (margin ${result.margin.toFixed(2)}: ${result.detail})`).join('\n')).toEqual(KNOWN_FAILURES[id] ?? []);
      // A known failure stays within one unit of its threshold (for fact 8: a cut of at least 5%).
      for (const { result } of failed) expect(result.margin).toBeGreaterThan(-1);
    });
  }
});
