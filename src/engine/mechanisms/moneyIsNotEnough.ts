/**
 * money-is-not-enough — part of every development budget never reaches the field: corruption,
 * weak allocation, projects taxed where the clan is strong. An organized committee that follows
 * the money cuts the loss. Zech 2014 shows money spent without coca falling (endnote 19); how much
 * leaks is an assumption (evidence note assume-development-leakage): endnote 45, on corrupt
 * allocation, concerns the committees' own funding.
 * Money alone does not cut coca: that needs comparable returns (voluntary-substitution). What
 * leaks, and what the clan takes from projects, are worked out for the turn in ../leakage.ts.
 */
import type { Mechanism } from '../mechanism.ts';

export const moneyIsNotEnough: Mechanism = {
  id: 'money-is-not-enough',
  run(ctx, out) {
    for (const c of ctx.communities) out.community(c.index, 'developmentInvested', c.delivered - c.allocated);
  },
};
