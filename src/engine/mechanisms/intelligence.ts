/**
 * intelligence — trust and committees that share what they know make operations precise:
 * blows land on the clan instead of on villages. Without them operations are blind and their
 * cost falls on civilians (see two-fires) (Zech 2014, endnote 54). Precision and tempo are
 * worked out for the turn in ../operations.ts.
 */
import type { Mechanism } from '../mechanism.ts';

export const intelligence: Mechanism = {
  id: 'intelligence',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms.intelligence;
    let effective = 0;
    for (const c of ctx.communities) {
      const hits = c.operations * c.precision;
      effective += hits;
      out.community(c.index, 'insurgentInfluence', -p.influenceCut * hits * c.state.insurgentInfluence);
    }
    const mean = ctx.communities.length > 0 ? effective / ctx.communities.length : 0;
    out.global('clanStrength', -p.blowRate * mean * ctx.state.clanStrength);
  },
};
