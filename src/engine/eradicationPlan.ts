/**
 * Where this turn's eradication lands, planned before the mechanisms run (the eradication-shock
 * mechanism and several others read the hectares cleared): how far the teams reach each
 * community, and the hectares they clear there.
 */
import type { CommunityDef, Scenario } from '../scenario/schema.ts';
import type { CommunityState, GameState } from './state.ts';
import { INDEX_MAX } from './units.ts';

/** How far eradication teams reach a community: roads help, the clan's protection hinders (endnote 13). */
export function eradicationReach(scenario: Scenario, def: CommunityDef, community: CommunityState): number {
  const shield = scenario.mechanisms['eradication-shock'].influenceShield;
  return def.roadAccess * (1 - shield * (community.insurgentInfluence / INDEX_MAX));
}

/** Hectares cleared per community: the turn's capacity, shared by coca area times reach. */
export function planEradication(scenario: Scenario, state: GameState, reach: readonly number[], pace: number): number[] {
  const p = scenario.mechanisms['eradication-shock'];
  const weights = state.communities.map((c, i) => c.cocaHectares * reach[i]!);
  const total = weights.reduce((a, b) => a + b, 0);
  const capacity = p.capacityHectaresPerTurn * pace;
  return state.communities.map((c, i) => {
    if (total <= 0 || capacity <= 0) return 0;
    return Math.floor(Math.min(c.cocaHectares * p.maxShareOfCocaPerTurn, (capacity * weights[i]!) / total));
  });
}
