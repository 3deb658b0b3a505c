/**
 * environment — coca harvested again and again with heavy pesticide use drains and poisons the
 * soil; yields of food crops such as yucca fall, which hits the Asháninka and other
 * subsistence communities hardest (Zech 2014, endnotes 35–37: a returning resident and a coca
 * farmer's wife who saw yucca shrink after her household sprayed its coca; that this holds across
 * the valley is the model's generalisation). Soil health feeds licit
 * returns in ../economy.ts.
 */
import type { Mechanism } from '../mechanism.ts';
import { INDEX_MAX, INDEX_SCALE } from '../units.ts';

export const environment: Mechanism = {
  id: 'environment',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms.environment;
    for (const c of ctx.communities) {
      const farmed = c.state.cocaHectares + c.state.licitHectares;
      const intensity = farmed > 0 ? c.state.cocaHectares / farmed : 0;
      const erosion = p.erosion * INDEX_SCALE * intensity;
      const regeneration = p.regeneration * (1 - intensity) * (INDEX_MAX - c.state.soilHealth);
      out.community(c.index, 'soilHealth', regeneration - erosion);
    }
  },
};
