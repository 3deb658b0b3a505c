/**
 * livelihood — farmers plant what pays. Coca, harvested four or five times a year against about
 * two harvests of other crops, spreads where it out-earns licit crops, where the clan protects it
 * and where nobody threatens to eradicate it (Zech 2014: harvests, endnote 35; the clans' ties to
 * the growers, endnote 23). It spreads onto free farmland first, then onto licit fields whose
 * owners give them up, least where the licit alternative is worth keeping. How fast it spreads
 * varies from place to place and quarter to quarter (weather, local prices, the traffickers'
 * demand): one draw for the region and one per community each turn.
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
      // Mostly the region's luck (demand moves every valley at once), partly the community's own.
      const luck = 1 + p.variability * (2 * (0.7 * ctx.market + 0.3 * c.draws.harvest) - 1);
      const wanted = p.expansionRate * coca * pull * protection * threat * suitable * luck;
      // Free land first; beyond it, coca takes fields of licit crops whose owners see no future
      // in them (the competition for land runs both ways).
      const onFreeLand = Math.min(wanted, c.freeLand);
      const fromLicit = Math.min(wanted - onFreeLand, c.state.licitHectares * p.licitTakeover * (1 - c.appeal));
      out.community(c.index, 'cocaHectares', onFreeLand + fromLicit);
      out.community(c.index, 'licitHectares', -fromLicit);
    }
  },
};
