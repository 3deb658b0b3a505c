/**
 * money-is-not-enough — part of every development budget never reaches the field: corruption,
 * weak allocation, projects taxed where the clan is strong. An organized committee that follows
 * the money cuts the loss. Zech 2014 shows money spent without coca falling (endnote 19); how much
 * leaks is an assumption (evidence note assume-development-leakage): endnote 45, on corrupt
 * allocation, concerns the committees' own funding.
 * Money alone does not cut coca: that needs comparable returns (voluntary-substitution).
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { TurnContext } from '../context.ts';
import type { Mechanism } from '../mechanism.ts';
import { clamp } from '../units.ts';

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
export function projectTax(ctx: TurnContext): number {
  const p = ctx.scenario.mechanisms['money-is-not-enough'];
  let taken = 0;
  for (const c of ctx.communities) taken += c.allocated * p.extortionByInfluence * c.influence * p.clanTakeOfExtortion;
  return (taken * 4) / 1000;
}

export const moneyIsNotEnough: Mechanism = {
  id: 'money-is-not-enough',
  run(ctx, out) {
    for (const c of ctx.communities) out.community(c.index, 'developmentInvested', c.delivered - c.allocated);
  },
};
