/**
 * local-fortunes — no two valleys have the same year. A good or bad season (the harvest, the
 * weather, a road cut by landslides, a killing or a feud in the village) moves how people see the
 * state, a little, up or down, community by community. The community's own luck for coca (the
 * same draw that speeds or slows its coca) sets the sign and size, so a bad season is bad on
 * both counts. It is mean-free: over many seeds it moves no average, only how far one game can
 * stray from another.
 */
import type { Mechanism } from '../mechanism.ts';
import { saturatingStep } from '../saturation.ts';
import { INDEX_SCALE } from '../units.ts';

export const localFortunes: Mechanism = {
  id: 'local-fortunes',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['local-fortunes'];
    for (const c of ctx.communities) {
      // Mostly the region's luck (a season is bad across the valleys), partly the community's own.
      const luck = 2 * (p.regionalShare * ctx.market + (1 - p.regionalShare) * c.draws.harvest) - 1;
      // Trust moves in saturating steps, which shrink only a step toward the bound it nears; the
      // step is first shrunk as the opposite step would be, so luck stays even near 0 or 100 and
      // moves no average.
      const step = p.trustSwing * INDEX_SCALE * luck;
      out.community(c.index, 'trust', -saturatingStep(c.state.trust, -step));
    }
  },
};
