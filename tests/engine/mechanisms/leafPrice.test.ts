import { describe, expect, it } from 'vitest';
import { cocaReturn } from '../../../src/engine/economy.ts';
import { leafPriceNow } from '../../../src/engine/economy.ts';
import { leafPrice, leafPriceBand } from '../../../src/engine/mechanisms/leafPrice.ts';
import { createGame } from '../../../src/engine/state.ts';
import { step } from '../../../src/engine/step.ts';
import { policyDecisions } from '../../../src/policy/run.ts';
import { parseScenarioText } from '../../../src/scenario/load.ts';
import { makePolicy, runMechanism, vraem } from '../helpers.ts';

describe('leaf-price', () => {
  const p = vraem.mechanisms['leaf-price'];
  const base = vraem.economy.coca.pricePerKg;
  const start = createGame(vraem, 'unit');
  const atPrice = (soles: number) => ({ ...start, leafPrice: Math.round(soles * 100) });

  it('starts at the scenario\'s price', () => {
    expect(start.leafPrice).toBe(Math.round(base * 100));
    expect(leafPriceNow(start)).toBeCloseTo(base, 2);
  });

  it('moves with the quarter\'s luck for coca, up on a good draw and down on a bad one, as an attributed region-wide delta', () => {
    const up = runMechanism(leafPrice, { draw: 0.99 });
    const down = runMechanism(leafPrice, { draw: 0.01 });
    expect(up.total('leafPrice', null)).toBeGreaterThan(0);
    expect(down.total('leafPrice', null)).toBeLessThan(0);
    expect(Math.abs(up.total('leafPrice', null))).toBeLessThanOrEqual(Math.ceil(p.volatility * base * 100));
    expect(up.deltas.filter((d) => d.metric === 'leafPrice').every((d) => d.mechanism === 'leaf-price' && d.community === null)).toBe(true);
  });

  it('is pulled back toward the scenario\'s price on an even draw', () => {
    expect(runMechanism(leafPrice, { state: atPrice(base * 1.3), draw: 0.5 }).total('leafPrice', null)).toBeLessThan(0);
    expect(runMechanism(leafPrice, { state: atPrice(base * 0.8), draw: 0.5 }).total('leafPrice', null)).toBeGreaterThan(0);
  });

  it('stays inside the band the record allows', () => {
    const { floor, ceiling } = leafPriceBand(vraem);
    const high = atPrice(ceiling);
    expect(high.leafPrice + runMechanism(leafPrice, { state: high, draw: 0.99 }).total('leafPrice', null)).toBeLessThanOrEqual(Math.round(ceiling * 100));
    const low = atPrice(floor);
    expect(low.leafPrice + runMechanism(leafPrice, { state: low, draw: 0 }).total('leafPrice', null)).toBeGreaterThanOrEqual(Math.round(floor * 100));
  });

  it('lets coca go back to bush while leaf is cheap and brings idle fields back while it is dear', () => {
    const cheap = runMechanism(leafPrice, { state: atPrice(base * 0.7) }).total('cocaHectares');
    const dear = runMechanism(leafPrice, { state: atPrice(base * 1.3) }).total('cocaHectares');
    const even = runMechanism(leafPrice, { state: start }).total('cocaHectares');
    expect(cheap).toBeLessThan(0);
    expect(dear).toBeGreaterThan(0);
    expect(even).toBe(0);
    const coca = start.communities.reduce((sum, c) => sum + c.cocaHectares, 0);
    expect(Math.abs(cheap)).toBeCloseTo(p.supplyResponse * 0.3 * coca, -2);
  });

  it('sets what a hectare of coca pays, with any price card on top', () => {
    expect(cocaReturn(vraem, atPrice(base * 1.2))).toBeCloseTo(cocaReturn(vraem, start) * 1.2, 0);
    const carded = { ...start, priceModifiers: [{ price: 'cocaLeafPrice' as const, factor: 0.5, turnsLeft: 2, source: 'test' }] };
    expect(cocaReturn(vraem, carded)).toBeCloseTo(cocaReturn(vraem, start) * 0.5, 0);
  });

  it('gives the same plan different price paths on different seeds', () => {
    const policy = makePolicy({ eradicationPace: 10, developmentFunding: 60, committeeSupport: 10, committeeOversight: 10, militaryOperations: 40 });
    const path = (seed: string) => {
      let state = createGame(vraem, seed);
      const prices: number[] = [];
      for (let t = 0; t < 8; t++) {
        const result = step(vraem, state, policyDecisions(vraem, policy, state), { explain: false });
        if (!result.ok) throw new Error(result.error.message);
        state = result.state;
        prices.push(state.leafPrice);
      }
      return prices.join(',');
    };
    expect(path('a')).not.toBe(path('b'));
  });

  it('rejects a scenario whose leaf-price band is out of range, naming the path', () => {
    const raw = JSON.parse(JSON.stringify(vraem)) as Record<string, any>;
    raw.mechanisms['leaf-price'].ceilingShare = 0.5;
    const parsed = parseScenarioText(JSON.stringify(raw));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(/mechanisms\.leaf-price\.ceilingShare/);
  });
});
