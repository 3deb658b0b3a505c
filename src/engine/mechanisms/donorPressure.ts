/**
 * donor-pressure — foreign counternarcotics money follows eradication figures: funding for next
 * turn depends on the hectares eradicated over the last year against the donor's target. That
 * link is the scenario's assumption (evidence note assume-donor-eradication-link): Zech 2014 gives
 * the sums (introduction, endnotes 1–4) and says only that donor dependence may pull Peru toward
 * eradication (the paragraph after endnote 17).
 */
import type { Mechanism } from '../mechanism.ts';
import { clamp01 } from '../units.ts';

export const donorPressure: Mechanism = {
  id: 'donor-pressure',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['donor-pressure'];
    // The last three turns and this one.
    const recent = ctx.state.recentEradication;
    let lastYear = 0;
    for (let i = 1; i < recent.length; i++) lastYear += recent[i]!;
    for (const c of ctx.communities) lastYear += c.eradicated;
    const target = p.maxFundingPerTurn * 1000 * (p.floorShare + (1 - p.floorShare) * clamp01(lastYear / p.eradicationTargetPerYear));
    out.global('donorFunding', target - ctx.state.donorFunding);
  },
};
