/**
 * committee-security — supported self-defense committees grow stronger, patrol and set
 * roadblocks, deter bandits, push the clan back and, when they coordinate with the forces,
 * tie the community to the state (Zech 2014, civilian self-defense section; endnotes 46–54).
 * These are the armed comités de autodefensa, not the unarmed rondas campesinas.
 */
import type { Mechanism } from '../mechanism.ts';
import { INDEX_MAX, INDEX_SCALE } from '../units.ts';

export const committeeSecurity: Mechanism = {
  id: 'committee-security',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['committee-security'];
    for (const c of ctx.communities) {
      const strength = c.state.committeeStrength;
      const start = c.def.committee.strength * INDEX_SCALE;
      const zoneFactor = c.def.zone === 'jungle' ? p.jungleGrowthFactor : 1;
      // Registration, reports and joint patrols cost volunteers' time: oversight slows growth.
      const growth = p.growth * ctx.support * zoneFactor * (1 - p.oversightDrag * ctx.oversight) * (INDEX_MAX - strength);
      const decay = p.decay * Math.max(0, strength - start) * (1 - ctx.support);
      out.community(c.index, 'committeeStrength', growth - decay);
      out.community(c.index, 'security', p.securityGain * c.committee * (INDEX_MAX - c.state.security));
      out.community(c.index, 'insurgentInfluence', -p.influenceCut * c.committee * c.state.insurgentInfluence);
      out.community(c.index, 'trust', p.coordinationTrust * INDEX_SCALE * c.committee * ctx.oversight);
    }
  },
};
