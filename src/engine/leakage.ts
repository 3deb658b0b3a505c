/**
 * What happens to development money on its way, worked out for the turn before the mechanisms
 * run: the share lost before it reaches a community, and what the clan takes from projects.
 */
import type { Scenario } from '../scenario/schema.ts';
import { clamp } from './units.ts';

/** Share of development money lost before it reaches the community. */
export function leakageShare(scenario: Scenario, committee: number, influence: number): number {
  const p = scenario.mechanisms['money-is-not-enough'];
  return clamp(p.leakageBase * (1 - p.committeeLinkage * committee) + p.extortionByInfluence * influence, 0, 0.95);
}

/**
 * Yearly money (millions of soles) the clan takes from development projects this turn: the part
 * lost to extortion where it holds sway. Money sent into clan-held areas before they are secured
 * funds the armed group (Zech 2014, endnote 23 on the clans' hold over the coca valleys).
 */
export function projectTax(scenario: Scenario, communities: readonly { readonly allocated: number; readonly influence: number }[]): number {
  const p = scenario.mechanisms['money-is-not-enough'];
  let taken = 0;
  for (const c of communities) taken += c.allocated * p.extortionByInfluence * c.influence * p.clanTakeOfExtortion;
  return (taken * 4) / 1000;
}
