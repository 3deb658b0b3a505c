/**
 * leaf-price — the valley's farm-gate price of coca leaf is not fixed: traffickers' demand,
 * gluts after good harvests and the pressure on routes move it by tens of percent from one year
 * to the next (UNODC's Peru monitoring: US$2.8/kg in the Apurímac-Ene valley in 2011, a national
 * US$4.3/kg in 2013 and 2014, US$3.9/kg in 2015). The region holds one price level, a
 * region-wide metric; each quarter it drifts with the quarter's luck for coca (the same regional
 * draw that speeds or slows the spread of coca) and is pulled back toward the scenario's price,
 * inside the range the record allows. Coca's return, the clan's take and the shock of eradication
 * all read it, so a dear year and a cheap year leave different valleys behind.
 * Growers answer the lasting price level: while it stands below the scenario's price some coca is left
 * unharvested and goes back to bush (after the 1995 price collapse the Apurímac's coca fell from
 * about 21,000 ha to 8,100 ha in four years), and while it sells above, idle fields go back into
 * coca (farmers "turning again to coca" as prices rose in 2000–2002). A price card's shock on top
 * of the level moves what coca pays, not this response.
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { Mechanism } from '../mechanism.ts';
import { clamp, metricScale, toDisplay } from '../units.ts';

/** The cheapest and dearest leaf the scenario allows, in soles a kilogram. */
export function leafPriceBand(scenario: Scenario): { floor: number; ceiling: number } {
  const base = scenario.economy.coca.pricePerKg;
  const p = scenario.mechanisms['leaf-price'];
  return { floor: base * p.floorShare, ceiling: base * p.ceilingShare };
}

export const leafPrice: Mechanism = {
  id: 'leaf-price',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['leaf-price'];
    const base = ctx.scenario.economy.coca.pricePerKg;
    const { floor, ceiling } = leafPriceBand(ctx.scenario);
    const now = toDisplay('leafPrice', ctx.state.leafPrice);
    // Mean reversion toward the scenario's price, plus the quarter's luck (uniform, ±volatility).
    const drift = p.reversion * (base - now) + p.volatility * base * (2 * ctx.market - 1);
    const next = clamp(now + drift, floor, ceiling);
    out.global('leafPrice', (next - now) * metricScale('leafPrice'));
    // Growers answer the lasting price level (the opening level), not a card's shock on top of it.
    const deviation = now / base - 1;
    for (const c of ctx.communities) {
      const coca = c.state.cocaHectares;
      const change = p.supplyResponse * deviation * coca;
      const room = Math.max(0, Math.min(c.freeLand, c.def.maxCocaHectares - coca));
      out.community(c.index, 'cocaHectares', change > 0 ? Math.min(change, room) : change);
    }
  },
};
