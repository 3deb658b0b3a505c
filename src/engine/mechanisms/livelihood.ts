/**
 * livelihood — farmers plant what pays. Coca, harvested four or five times a year against about
 * two harvests of other crops, spreads where it out-earns licit crops, where the clan protects it
 * and where nobody threatens to eradicate it (Zech 2014, coca economy section; endnote 35).
 * Household income itself is derived from what is planted (see ../economy.ts).
 */
import type { Mechanism } from '../mechanism.ts';

export const livelihood: Mechanism = {
  id: 'livelihood',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms.livelihood;
    for (const c of ctx.communities) {
      const coca = c.state.cocaHectares;
      const room = c.def.maxCocaHectares > 0 ? Math.max(0, 1 - coca / c.def.maxCocaHectares) : 0;
      const pull = 1 - c.returnRatio;
      const protection = 0.5 + 0.5 * c.influence;
      const threat = 1 - p.deterrence * c.eradicationRisk;
      out.community(c.index, 'cocaHectares', p.expansionRate * coca * pull * protection * threat * room);
    }
  },
};
