/**
 * Where this turn's eradication lands, planned before the mechanisms run (the eradication-shock
 * mechanism and several others read the hectares cleared): how far the teams reach each
 * community, and the hectares they clear there.
 */
import type { CommunityDef, Scenario } from '../scenario/schema.ts';
import type { CommunityState } from './state.ts';
import { INDEX_MAX } from './units.ts';

/** How far eradication teams reach a community: roads help, the clan's protection hinders (endnote 13). */
export function eradicationReach(scenario: Scenario, def: CommunityDef, community: CommunityState): number {
  const shield = scenario.mechanisms['eradication-shock'].influenceShield;
  return def.roadAccess * (1 - shield * (community.insurgentInfluence / INDEX_MAX));
}

/** What eradication aims at in a community: its coca area times how far the teams reach it. */
export function eradicationWeight(scenario: Scenario, def: CommunityDef, community: CommunityState): number {
  return community.cocaHectares * eradicationReach(scenario, def, community);
}

/**
 * Hectares cleared in a community: the turn's capacity (at this pace) shared by each
 * community's weight over the region's total, never more than a share of its coca.
 */
export function hectaresCleared(scenario: Scenario, pace: number, coca: number, weight: number, totalWeight: number): number {
  const p = scenario.mechanisms['eradication-shock'];
  const capacity = p.capacityHectaresPerTurn * pace;
  if (totalWeight <= 0 || capacity <= 0) return 0;
  return Math.floor(Math.min(coca * p.maxShareOfCocaPerTurn, (capacity * weight) / totalWeight));
}
