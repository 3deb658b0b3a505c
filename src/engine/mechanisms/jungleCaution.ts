/**
 * jungle-caution — in jungle valleys where the clan is strong, committees without backing
 * stick to domestic disputes and keep clear of traffickers and insurgents out of fear, so part
 * of what committee-security would give is not realized (Zech 2014, endnote 47: Pichari,
 * Llochegua).
 */
import type { Mechanism } from '../mechanism.ts';
import { INDEX_MAX } from '../units.ts';

export const jungleCaution: Mechanism = {
  id: 'jungle-caution',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['jungle-caution'];
    const committees = ctx.scenario.mechanisms['committee-security'];
    for (const c of ctx.communities) {
      if (c.def.zone !== 'jungle') continue;
      const caution = p.caution * c.influence * (1 - ctx.support);
      out.community(c.index, 'security', -committees.securityGain * c.committee * (INDEX_MAX - c.state.security) * caution);
      out.community(c.index, 'insurgentInfluence', committees.influenceCut * c.committee * c.state.insurgentInfluence * caution);
    }
  },
};
