// Every stylized fact holds on every variant of the quick family (src/analysis/variants.ts):
// mechanism and crop parameters ±25%, starting values ±20%, two communities dropped, 12 and 28
// turns. It runs in `npm test` (and alone with `npm run test:robustness`).
//
// Known failures, each listed with its reason; the test fails if one of them starts to hold (remove
// it then) or if any other fact fails anywhere:
// - development-cuts-coca-late where the alternative pays less against coca (start-20%: less
//   security, so less is absorbed; livelihood-25%: lower day wage and job share; coca price +25%) and in a 12-turn game played on to four years: development alone ends 6–9%
//   below the status quo against the 10% the fact asks; the effect keeps its direction. In the
//   household economy growers switch only as a hectare moved to licit crops approaches a
//   comparable living, so development cuts less coca where coca pays relatively more (see
//   docs/robustness.md).
// - money-is-not-enough-25% and insurgent-resilience+25%, no-lever-is-free: development's price
//   on the clan and security is the money extorted from projects where the clan holds sway; with
//   less extortion, or a clan that recovers faster toward a ceiling development lowers, it stays
//   under one unit of the fact.
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
const KNOWN_FAILURES: Record<string, readonly string[]> = {
  'start-20%': ['development-cuts-coca-late'],
  'livelihood-25%': ['development-cuts-coca-late'],
  'economy.coca.pricePerKg+25%': ['development-cuts-coca-late'],
  'turns-12': ['development-cuts-coca-late'],
  'money-is-not-enough-25%': ['no-lever-is-free'],
  'insurgent-resilience+25%': ['no-lever-is-free'],
};
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
