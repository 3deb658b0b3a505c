/** Display figures derived from a state, in scenario units: what screens, CLIs and debriefs show. */
import type { Scenario } from '../scenario/schema.ts';
import { atScenarioPrices, householdIncome } from './economy.ts';
import type { GameState } from './state.ts';
import { toDisplay } from './units.ts';

export interface CommunitySummary {
  readonly id: string;
  readonly name: string;
  readonly zone: 'jungle' | 'highland';
  readonly trust: number;
  readonly security: number;
  readonly insurgentInfluence: number;
  readonly committeeStrength: number;
  readonly soilHealth: number;
  readonly cocaHectares: number;
  readonly licitHectares: number;
  readonly licitMaturingHectares: number;
  readonly householdIncome: number;
  readonly abuses: number;
  readonly reprisals: number;
  readonly civilianHarm: number;
  readonly eradicatedHectares: number;
}

export function summarizeCommunities(scenario: Scenario, state: GameState): CommunitySummary[] {
  return state.communities.map((c, i) => {
    const def = scenario.communities[i]!;
    return {
      id: c.id,
      name: def.name,
      zone: def.zone,
      trust: toDisplay('trust', c.trust),
      security: toDisplay('security', c.security),
      insurgentInfluence: toDisplay('insurgentInfluence', c.insurgentInfluence),
      committeeStrength: toDisplay('committeeStrength', c.committeeStrength),
      soilHealth: toDisplay('soilHealth', c.soilHealth),
      cocaHectares: c.cocaHectares,
      licitHectares: c.licitHectares,
      licitMaturingHectares: c.licitMaturing.reduce((a, b) => a + b, 0),
      householdIncome: Math.round(householdIncome(scenario, def, c, state)),
      abuses: c.abuses,
      reprisals: c.reprisals,
      civilianHarm: c.civilianHarm,
      eradicatedHectares: c.eradicatedHectares,
    };
  });
}

/** Population-weighted mean of a per-community figure. */
export function populationMean(scenario: Scenario, values: readonly number[]): number {
  let total = 0;
  let weight = 0;
  scenario.communities.forEach((c, i) => {
    total += c.population * values[i]!;
    weight += c.population;
  });
  return weight > 0 ? total / weight : 0;
}

export interface RegionSummary {
  readonly meanTrust: number;
  readonly meanSecurity: number;
  readonly meanInsurgentInfluence: number;
  readonly cocaHectares: number;
  readonly licitHectares: number;
  readonly meanIncome: number;
  /** Mean household income were the crops sold at the scenario's own prices (see atScenarioPrices). */
  readonly meanIncomeAtStartPrices: number;
  readonly abuses: number;
  readonly civilianHarm: number;
  readonly reprisals: number;
  readonly eradicatedHectares: number;
  readonly clanStrength: number;
  readonly donorFunding: number;
}

function meanIncomeAtStartPrices(scenario: Scenario, state: GameState): number {
  const steady = atScenarioPrices(scenario, state);
  return populationMean(scenario, steady.communities.map((c, i) => Math.round(householdIncome(scenario, scenario.communities[i]!, c, steady))));
}

export function summarizeRegion(scenario: Scenario, state: GameState): RegionSummary {
  const communities = summarizeCommunities(scenario, state);
  const sum = (pick: (c: CommunitySummary) => number) => communities.reduce((a, c) => a + pick(c), 0);
  const mean = (pick: (c: CommunitySummary) => number) => populationMean(scenario, communities.map(pick));
  return {
    meanTrust: mean((c) => c.trust),
    meanSecurity: mean((c) => c.security),
    meanInsurgentInfluence: mean((c) => c.insurgentInfluence),
    cocaHectares: sum((c) => c.cocaHectares),
    licitHectares: sum((c) => c.licitHectares),
    meanIncome: mean((c) => c.householdIncome),
    meanIncomeAtStartPrices: meanIncomeAtStartPrices(scenario, state),
    abuses: sum((c) => c.abuses),
    civilianHarm: sum((c) => c.civilianHarm),
    reprisals: sum((c) => c.reprisals),
    eradicatedHectares: sum((c) => c.eradicatedHectares),
    clanStrength: toDisplay('clanStrength', state.clanStrength),
    donorFunding: toDisplay('donorFunding', state.donorFunding),
  };
}
