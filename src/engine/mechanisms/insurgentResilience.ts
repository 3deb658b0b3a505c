/**
 * insurgent-resilience — the armed clan lives off the drug trade and off the communities that
 * shelter, supply and inform it. While revenue flows and its popular base holds, it recovers
 * quickly from arrests and killings, retakes routes and presses on communities (Zech 2014,
 * anti-drug strategy section; endnotes 22–24). Where it loses its base (insurgent influence
 * pushed back by trust, committees and informed operations) the strength it can sustain falls
 * with it, and it is worn down over years: the VRAEM faction went from about 500 fighters in
 * 2012 to 250–300 by the late 2010s, its attacks from 87 in 2012 to 13 in 2015 (US Department
 * of State, Country Reports on Terrorism 2012–2016; evidence note clan-size-2009-2016).
 */
import type { Scenario } from '../../scenario/schema.ts';
import { leafPriceNow } from '../economy.ts';
import type { Mechanism } from '../mechanism.ts';
import type { GameState } from '../state.ts';
import { INDEX_MAX, INDEX_SCALE, saturate } from '../units.ts';

/** The clan's yearly take from the coca economy, plus what it extorts from projects, in millions of soles. */
export function clanRevenue(scenario: Scenario, state: GameState, projectTax = 0): number {
  const coca = scenario.economy.coca;
  const grossPerHectare = coca.harvestsPerYear * coca.yieldKgPerHarvest * leafPriceNow(state);
  const hectares = state.communities.reduce((sum, c) => sum + c.cocaHectares, 0);
  return (hectares * grossPerHectare * scenario.mechanisms['insurgent-resilience'].revenueShare) / 1e6 + projectTax;
}

/**
 * How far the clan's popular base lets it use what its revenue pays for (0–1): the
 * population-weighted mean insurgent influence over the influence at which the base no longer
 * limits it. Recruits, food, hiding places and warnings come from communities where it holds
 * sway; money alone does not replace them.
 */
export function popularBase(scenario: Scenario, state: GameState): number {
  const full = scenario.mechanisms['insurgent-resilience'].influenceForFullBase;
  let people = 0;
  let influence = 0;
  for (let i = 0; i < state.communities.length; i++) {
    const population = scenario.communities[i]!.population;
    people += population;
    influence += population * (state.communities[i]!.insurgentInfluence / INDEX_MAX);
  }
  const mean = people > 0 ? influence / people : 0;
  return full > 0 ? Math.min(1, mean / full) : 1;
}

/** The strength (0–1) the clan's revenue and popular base can sustain. */
export function sustainableStrength(scenario: Scenario, state: GameState, projectTax = 0): number {
  const revenue = saturate(clanRevenue(scenario, state, projectTax), scenario.mechanisms['insurgent-resilience'].revenueForHalfStrength);
  return revenue * popularBase(scenario, state);
}

export const insurgentResilience: Mechanism = {
  id: 'insurgent-resilience',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['insurgent-resilience'];
    const gap = sustainableStrength(ctx.scenario, ctx.state, ctx.projectTax) * INDEX_MAX - ctx.state.clanStrength;
    out.global('clanStrength', gap * (gap > 0 ? p.recoveryRate : p.attritionRate));
    for (const c of ctx.communities) {
      const influence = c.state.insurgentInfluence;
      const spread = p.influenceSpread * ctx.clan * (INDEX_MAX - influence) * (1 - c.security);
      out.community(c.index, 'insurgentInfluence', spread - p.influenceDecay * c.security * influence);
      out.community(c.index, 'security', -p.securityPressure * INDEX_SCALE * ctx.clan * c.influence);
    }
  },
};
