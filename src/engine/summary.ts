/** Display figures derived from a state, in scenario units: what screens, CLIs and debriefs show. */
import type { Scenario } from '../scenario/schema.ts';
import { atScenarioPrices, householdIncome } from './economy.ts';
import type { GameState } from './state.ts';
import { metricScale, toDisplay } from './units.ts';

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

/**
 * The region's figures in one pass over the communities (the band and spread take one summary
 * per seed per turn): population-weighted means and plain sums, added in community order as
 * a population-weighted mean and a sum over summarizeCommunities would.
 */
export function summarizeRegion(scenario: Scenario, state: GameState): RegionSummary {
  const steady = atScenarioPrices(scenario, state);
  const index = metricScale('trust');
  let weight = 0;
  let trust = 0;
  let security = 0;
  let influence = 0;
  let income = 0;
  let incomeAtStartPrices = 0;
  let coca = 0;
  let licit = 0;
  let abuses = 0;
  let civilianHarm = 0;
  let reprisals = 0;
  let eradicated = 0;
  for (let i = 0; i < state.communities.length; i++) {
    const c = state.communities[i]!;
    const def = scenario.communities[i]!;
    const w = def.population;
    weight += w;
    trust += w * (c.trust / index);
    security += w * (c.security / index);
    influence += w * (c.insurgentInfluence / index);
    income += w * Math.round(householdIncome(scenario, def, c, state));
    incomeAtStartPrices += w * Math.round(householdIncome(scenario, def, c, steady));
    coca += c.cocaHectares;
    licit += c.licitHectares;
    abuses += c.abuses;
    civilianHarm += c.civilianHarm;
    reprisals += c.reprisals;
    eradicated += c.eradicatedHectares;
  }
  const mean = (total: number) => (weight > 0 ? total / weight : 0);
  return {
    meanTrust: mean(trust),
    meanSecurity: mean(security),
    meanInsurgentInfluence: mean(influence),
    cocaHectares: coca,
    licitHectares: licit,
    meanIncome: mean(income),
    meanIncomeAtStartPrices: mean(incomeAtStartPrices),
    abuses,
    civilianHarm,
    reprisals,
    eradicatedHectares: eradicated,
    clanStrength: toDisplay('clanStrength', state.clanStrength),
    donorFunding: toDisplay('donorFunding', state.donorFunding),
  };
}
