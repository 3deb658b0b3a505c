/**
 * voluntary-substitution — development money reaching a community becomes licit plantings that
 * only yield after years; where licit crops then pay a living comparable to coca and it is safe
 * to grow them, farmers uproot coca themselves (Zech 2014, coca economy section; endnote 33).
 */
import type { Mechanism } from '../mechanism.ts';
import { clamp01 } from '../units.ts';

export const voluntarySubstitution: Mechanism = {
  id: 'voluntary-substitution',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['voluntary-substitution'];
    const maturation = ctx.scenario.economy.licit.maturationTurns;
    for (const c of ctx.communities) {
      out.community(c.index, 'developmentInvested', c.allocated);
      out.schedule('licitMaturing', c.index, maturation, c.delivered / p.plantingCostPerHectare);
      const matured = c.state.licitMaturing[0] ?? 0;
      out.community(c.index, 'licitHectares', matured);

      const coca = c.state.cocaHectares;
      const licit = c.state.licitHectares + matured;
      const attractiveness = clamp01((c.returnRatio - p.comparableReturnThreshold) / (1 - p.comparableReturnThreshold));
      const safety = c.security * (1 - c.influence);
      const landReady = licit + coca > 0 ? licit / (licit + coca) : 0;
      out.community(c.index, 'cocaHectares', -p.uprootRate * coca * attractiveness * safety * landReady);
    }
  },
};
