/**
 * committee-risk — arming committees without oversight brings abuse (torture, killings,
 * mistreated suspects) and capture by traffickers; registration, joint patrols and regular
 * coordination with the armed forces keep that risk down (Zech 2014, endnote 49 and the legal
 * framework passage, endnotes 51–52; InSight Crime 2011 on abuse allegations).
 */
import type { Mechanism } from '../mechanism.ts';
import { INDEX_SCALE } from '../units.ts';

export const committeeRisk: Mechanism = {
  id: 'committee-risk',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['committee-risk'];
    for (const c of ctx.communities) {
      const armed = ctx.support * c.committee;
      const abuseChance = p.abuseChance * armed * (1 - p.oversightEffect * ctx.oversight);
      if (c.draws.abuse < abuseChance) {
        out.community(c.index, 'abuses', 1);
        out.community(c.index, 'trust', -p.abuseTrustHit * INDEX_SCALE);
        out.community(c.index, 'grievanceAbuse', p.abuseGrievance * INDEX_SCALE);
      }
      const captureChance = p.captureChance * armed * (1 - ctx.oversight) * c.influence;
      if (c.draws.capture < captureChance) {
        out.community(c.index, 'insurgentInfluence', p.captureInfluence * INDEX_SCALE);
      }
      const grievance = c.state.grievanceAbuse;
      out.community(c.index, 'trust', -p.grievanceDrag * grievance);
      out.community(c.index, 'grievanceAbuse', -p.grievanceFade * grievance);
    }
  },
};
