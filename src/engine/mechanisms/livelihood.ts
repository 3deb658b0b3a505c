/**
 * livelihood — farmers plant what pays. Coca, harvested four or five times a year against about
 * two harvests of other crops, spreads where it out-earns licit crops, where the clan protects it
 * and where nobody threatens to eradicate it (Zech 2014: harvests, endnote 35; the clans' ties to
 * the growers, endnote 23). It
 * can only spread onto free farmland: licit crops in yield or maturing hold land coca cannot
 * take. How fast it spreads varies from place to place and quarter to quarter (weather, local
 * prices, the traffickers' demand): one draw per community and turn.
 * Household income itself is derived from what is planted (see ../economy.ts).
 */
import type { Mechanism } from '../mechanism.ts';

export const livelihood: Mechanism = {
  id: 'livelihood',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms.livelihood;
    for (const c of ctx.communities) {
      const coca = c.state.cocaHectares;
      const suitable = c.def.maxCocaHectares > 0 ? Math.max(0, 1 - coca / c.def.maxCocaHectares) : 0;
      const pull = 1 - c.livingRatio;
      const protection = 0.5 + 0.5 * c.influence;
      const threat = 1 - p.deterrence * c.eradicationRisk;
      const luck = 1 + p.variability * (2 * c.draws.harvest - 1);
      const wanted = p.expansionRate * coca * pull * protection * threat * suitable * luck;
      out.community(c.index, 'cocaHectares', Math.min(wanted, c.freeLand));
    }
  },
};
