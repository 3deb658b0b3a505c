/**
 * eradication-shock — forced eradication removes a family's main income at once. Without an
 * alternative it costs trust, leaves a grievance that fades slowly, pushes families toward the
 * traffickers and the clan (recruits, protection money), and most fields are replanted within a
 * year, part of them further into the clan's territory (Zech 2014, coca economy section,
 * endnotes 13, 38; replanting: DEVIDA's head in 2016, about nine in ten eradicated hectares
 * replanted; displacement: Grillo et al. 2021 on the Upper Huallaga and Monzón).
 */
import type { Mechanism } from '../mechanism.ts';
import type { GameState } from '../state.ts';
import { INDEX_SCALE, clamp01, saturate } from '../units.ts';

/** The community where the clan's protection is strongest: where displaced growers replant. */
function refuge(state: GameState): number {
  let best = 0;
  state.communities.forEach((c, i) => {
    if (c.insurgentInfluence > state.communities[best]!.insurgentInfluence) best = i;
  });
  return best;
}

export const eradicationShock: Mechanism = {
  id: 'eradication-shock',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['eradication-shock'];
    const deliveryHalf = ctx.scenario.mechanisms['state-substitution'].deliveryForHalfEffect;
    const displacedTo = refuge(ctx.state);
    let exposedHectares = 0;
    for (const c of ctx.communities) {
      const cleared = c.eradicated;
      if (cleared > 0) {
        out.community(c.index, 'cocaHectares', -cleared);
        out.community(c.index, 'eradicatedHectares', cleared);
        const yearlyIncome = c.households * c.income;
        const shock = yearlyIncome > 0 ? clamp01((cleared * c.cocaReturn) / yearlyIncome) : 0;
        const cushion = clamp01(c.licitIncomeShare + p.cushionFromDevelopment * saturate(c.delivered / c.households, deliveryHalf));
        const exposed = shock * (1 - cushion);
        exposedHectares += cleared * (1 - cushion);
        out.community(c.index, 'trust', -p.trustHit * INDEX_SCALE * exposed);
        out.community(c.index, 'grievanceEradication', p.grievanceGain * INDEX_SCALE * exposed);
        out.community(c.index, 'insurgentInfluence', p.influenceGain * INDEX_SCALE * exposed * (0.5 + ctx.clan));
        // Families with nothing else to live on replant, less where a safe alternative pays; fields
        // a development program plants with licit crops at once are not replanted.
        const replanted = (cleared - c.plantings.onCleared) * p.replantShare * (1 - p.alternativeReplantCut * c.appeal);
        out.schedule('replantQueue', c.index, p.replantDelayTurns, replanted * (1 - p.displacedShare));
        out.schedule('replantQueue', displacedTo, p.replantDelayTurns, replanted * p.displacedShare);
      }
      out.community(c.index, 'cocaHectares', c.state.replantQueue[0] ?? 0);
      const grievance = c.state.grievanceEradication;
      out.community(c.index, 'trust', -p.grievanceDrag * grievance);
      out.community(c.index, 'grievanceEradication', -p.grievanceFade * grievance);
    }
    // Uprooted families without a cushion are the clan's recruits and pay for its protection.
    out.global('clanStrength', (p.clanRecruitment * INDEX_SCALE * exposedHectares) / 1000);
  },
};
