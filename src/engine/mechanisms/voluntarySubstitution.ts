/**
 * voluntary-substitution — development money reaching a community becomes licit plantings that
 * yield only after years. Plantings need land: they take free farmland first, and once that is
 * used up they can only go where farmers give up coca, which they do where licit crops pay a
 * comparable living and it is safe to grow them (Zech 2014, coca economy section, endnote 33).
 * Money beyond what households and extension agents can plant in a turn is not planted
 * (absorptive limit), and where security is poor less can be planted at all. Where the money is
 * planted, and how far growers find the alternative worth taking, are worked out for the turn in
 * ../plantings.ts.
 */
import type { Mechanism } from '../mechanism.ts';

export const voluntarySubstitution: Mechanism = {
  id: 'voluntary-substitution',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['voluntary-substitution'];
    const maturation = ctx.scenario.economy.licit.maturationTurns;
    for (const c of ctx.communities) {
      out.community(c.index, 'developmentInvested', c.allocated);
      const matured = c.state.licitMaturing[0] ?? 0;
      out.community(c.index, 'licitHectares', matured);
      const { onFreeLand, onCleared, converted } = c.plantings;
      out.schedule('licitMaturing', c.index, maturation, onFreeLand + onCleared + converted);

      // Farmers also uproot coca on their own where licit crops already in yield pay and it is safe.
      const coca = c.state.cocaHectares - c.eradicated - converted;
      const licit = c.state.licitHectares + matured;
      const proven = licit + coca > 0 ? licit / (licit + coca) : 0;
      const spontaneous = p.uprootRate * Math.max(0, coca) * c.appeal * proven;
      out.community(c.index, 'cocaHectares', -(converted + spontaneous));
    }
  },
};
