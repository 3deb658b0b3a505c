/**
 * two-fires — civilians are punished from both sides. Military action that cannot tell
 * insurgents from villagers costs trust and leaves a grievance; the insurgents take reprisals
 * on communities seen to side with the state where nobody protects them (Zech 2014, "between
 * two fires" section; endnotes 25–31).
 */
import type { Mechanism } from '../mechanism.ts';
import { INDEX_SCALE, clamp01 } from '../units.ts';

/**
 * How visibly a community sides with the state: its trust, and its committee's work, which
 * shows most when the state openly arms and pays it.
 */
export function collaboration(trust: number, committee: number, support: number): number {
  return clamp01(0.4 * trust + 0.6 * committee * (0.25 + 0.75 * support));
}

export const twoFires: Mechanism = {
  id: 'two-fires',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['two-fires'];
    for (const c of ctx.communities) {
      const blind = c.operations * (1 - c.precision);
      out.community(c.index, 'trust', -p.harmTrustHit * INDEX_SCALE * blind);
      out.community(c.index, 'grievanceViolence', p.harmGrievance * INDEX_SCALE * blind);
      if (c.draws.harm < p.harmIncidentChance * blind) out.community(c.index, 'civilianHarm', 1);

      // Troops who know where to be (precise operations) cover the community as well.
      const cover = 1 - 0.6 * Math.min(1, c.operations) * c.precision;
      const reprisalChance = p.reprisalChance * ctx.clan * collaboration(c.trust, c.committee, ctx.support) * (1 - c.security) * cover;
      if (c.draws.reprisal < reprisalChance) {
        out.community(c.index, 'reprisals', 1);
        out.community(c.index, 'security', -p.reprisalSecurityHit * INDEX_SCALE);
        out.community(c.index, 'trust', -p.reprisalTrustHit * INDEX_SCALE);
        out.community(c.index, 'insurgentInfluence', p.reprisalInfluence * INDEX_SCALE);
      }
      const grievance = c.state.grievanceViolence;
      out.community(c.index, 'trust', -p.grievanceDrag * grievance);
      out.community(c.index, 'grievanceViolence', -p.grievanceFade * grievance);
    }
  },
};
