/**
 * state-substitution — trust in the state follows what the state itself delivers: roads,
 * schools, programs. Leaning on armed committees where the state is absent is no substitute
 * for police, courts and services, and wears trust down. That is InSight Crime's argument (2011,
 * closing paragraphs); Zech 2014 (endnotes 50–54) found committees that tied their communities
 * to the state. The drag is a position the model takes, named in docs/debrief-guide.md.
 */
import type { Mechanism } from '../mechanism.ts';
import { INDEX_SCALE, saturate } from '../units.ts';

export const stateSubstitution: Mechanism = {
  id: 'state-substitution',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['state-substitution'];
    for (const c of ctx.communities) {
      const presence = saturate(c.delivered / c.households, p.deliveryForHalfEffect);
      const gain = p.presenceTrust * INDEX_SCALE * presence * (1 - c.trust);
      const drag = p.substitutionDrag * INDEX_SCALE * ctx.support * c.committee * (1 - presence);
      out.community(c.index, 'trust', gain - drag);
    }
  },
};
