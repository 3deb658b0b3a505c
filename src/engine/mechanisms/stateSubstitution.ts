/**
 * state-substitution — trust in the state follows what the state itself delivers: roads,
 * schools, programs. Whether leaning on armed committees where the state is absent wears trust
 * down is contested: InSight Crime argues committees are no substitute for police, courts and
 * services (2011, closing paragraphs: "it could be argued"); Zech 2014 (endnotes 50–54) found
 * committees that tied their communities to the state. The drag is the critics' view, a named
 * model position in the scenario (criticsView) whose weight a teacher can raise from its default
 * (off) to ask what follows if the critics are right; docs/debrief-guide.md presents both views.
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
      const drag = p.criticsView.weight * p.substitutionDrag * INDEX_SCALE * ctx.support * c.committee * (1 - presence);
      out.community(c.index, 'trust', gain - drag);
    }
  },
};
