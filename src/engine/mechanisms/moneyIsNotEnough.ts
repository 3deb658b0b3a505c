/**
 * money-is-not-enough — part of every development budget never reaches the field: corruption,
 * weak allocation, projects taxed where the clan is strong. An organized committee that follows
 * the money cuts the loss (Zech 2014, anti-drug strategy section, endnote 19; endnote 45).
 * Money alone does not cut coca: that needs comparable returns (voluntary-substitution).
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { Mechanism } from '../mechanism.ts';
import { clamp } from '../units.ts';

/** Share of development money lost before it reaches the community. */
export function leakageShare(scenario: Scenario, committee: number, influence: number): number {
  const p = scenario.mechanisms['money-is-not-enough'];
  return clamp(p.leakageBase * (1 - p.committeeLinkage * committee) + p.extortionByInfluence * influence, 0, 0.95);
}

export const moneyIsNotEnough: Mechanism = {
  id: 'money-is-not-enough',
  run(ctx, out) {
    for (const c of ctx.communities) out.community(c.index, 'developmentInvested', c.delivered - c.allocated);
  },
};
