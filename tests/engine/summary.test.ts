/**
 * The region's summary is worked out in one pass for speed; it must say exactly what the
 * communities' own summaries add up to (population-weighted means, plain sums), turn by turn.
 */
import { describe, expect, it } from 'vitest';
import { playPlan, policyPlan } from '../../src/analysis/plans.ts';
import { householdIncome, atScenarioPrices } from '../../src/engine/economy.ts';
import type { GameState } from '../../src/engine/state.ts';
import { summarizeCommunities, summarizeRegion } from '../../src/engine/summary.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadPolicy, loadScenario, vraem } from './helpers.ts';

function fromCommunities(scenario: Scenario, state: GameState) {
  const communities = summarizeCommunities(scenario, state);
  const steady = atScenarioPrices(scenario, state);
  const population = scenario.communities.reduce((a, c) => a + c.population, 0);
  const mean = (values: number[]) => values.reduce((a, v, i) => a + scenario.communities[i]!.population * v, 0) / population;
  const sum = (values: number[]) => values.reduce((a, v) => a + v, 0);
  return {
    meanTrust: mean(communities.map((c) => c.trust)),
    meanSecurity: mean(communities.map((c) => c.security)),
    meanInsurgentInfluence: mean(communities.map((c) => c.insurgentInfluence)),
    cocaHectares: sum(communities.map((c) => c.cocaHectares)),
    licitHectares: sum(communities.map((c) => c.licitHectares)),
    meanIncome: mean(communities.map((c) => c.householdIncome)),
    meanIncomeAtStartPrices: mean(steady.communities.map((c, i) => Math.round(householdIncome(scenario, scenario.communities[i]!, c, steady)))),
    abuses: sum(communities.map((c) => c.abuses)),
    civilianHarm: sum(communities.map((c) => c.civilianHarm)),
    reprisals: sum(communities.map((c) => c.reprisals)),
    eradicatedHectares: sum(communities.map((c) => c.eradicatedHectares)),
    clanStrength: state.clanStrength / 100,
    donorFunding: state.donorFunding / 1000,
  };
}

describe('summarizeRegion', () => {
  for (const [file, policies] of [['scenarios/vraem-2012.json', ['status-quo', 'paired', 'eradication-only']], ['scenarios/upper-huallaga-2005.json', ['status-quo']]] as const) {
    it(`adds up the communities' summaries at every turn (${file})`, () => {
      const scenario = file === 'scenarios/vraem-2012.json' ? vraem : loadScenario(file);
      let checked = 0;
      for (const name of policies) {
        for (const seed of ['a', 'b', 'c']) {
          playPlan(scenario, policyPlan(loadPolicy(name, scenario)), seed, undefined, (state) => {
            expect(summarizeRegion(scenario, state)).toEqual(fromCommunities(scenario, state));
            checked++;
          });
        }
      }
      expect(checked).toBeGreaterThan(policies.length * 3 * 10);
    });
  }
});
