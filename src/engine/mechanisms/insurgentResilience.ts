/**
 * insurgent-resilience — the armed clan lives off the drug trade. While that revenue flows it
 * recovers quickly from arrests and killings, retakes routes and presses on communities
 * (Zech 2014, anti-drug strategy section; endnotes 22–24).
 */
import type { Scenario } from '../../scenario/schema.ts';
import { leafPriceNow } from '../economy.ts';
import type { Mechanism } from '../mechanism.ts';
import { projectTax } from './moneyIsNotEnough.ts';
import type { GameState } from '../state.ts';
import { INDEX_MAX, INDEX_SCALE, saturate } from '../units.ts';

/** The clan's yearly take from the coca economy, plus what it extorts from projects, in millions of soles. */
export function clanRevenue(scenario: Scenario, state: GameState, projectTax = 0): number {
  const coca = scenario.economy.coca;
  const grossPerHectare = coca.harvestsPerYear * coca.yieldKgPerHarvest * leafPriceNow(state);
  const hectares = state.communities.reduce((sum, c) => sum + c.cocaHectares, 0);
  return (hectares * grossPerHectare * scenario.mechanisms['insurgent-resilience'].revenueShare) / 1e6 + projectTax;
}

/** The strength (0–1) the clan's revenue can sustain. */
export function sustainableStrength(scenario: Scenario, state: GameState, projectTax = 0): number {
  return saturate(clanRevenue(scenario, state, projectTax), scenario.mechanisms['insurgent-resilience'].revenueForHalfStrength);
}

export const insurgentResilience: Mechanism = {
  id: 'insurgent-resilience',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['insurgent-resilience'];
    const gap = sustainableStrength(ctx.scenario, ctx.state, projectTax(ctx)) * INDEX_MAX - ctx.state.clanStrength;
    out.global('clanStrength', gap * (gap > 0 ? p.recoveryRate : p.attritionRate));
    for (const c of ctx.communities) {
      const influence = c.state.insurgentInfluence;
      const spread = p.influenceSpread * ctx.clan * (INDEX_MAX - influence) * (1 - c.security);
      out.community(c.index, 'insurgentInfluence', spread - p.influenceDecay * c.security * influence);
      out.community(c.index, 'security', -p.securityPressure * INDEX_SCALE * ctx.clan * c.influence);
    }
  },
};
