import { describe, expect, it } from 'vitest';
import { clanRevenue, insurgentResilience, sustainableStrength } from '../../../src/engine/mechanisms/insurgentResilience.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('insurgent-resilience', () => {
  const start = createGame(vraem, 'unit');

  it('draws the clan\'s revenue from coca, in proportion to hectares', () => {
    const halved = withCommunities(start, (c) => ({ cocaHectares: c.cocaHectares / 2 }));
    expect(clanRevenue(vraem, halved)).toBeCloseTo(clanRevenue(vraem, start) / 2, 6);
    expect(sustainableStrength(vraem, withCommunities(start, { cocaHectares: 0 }))).toBe(0);
  });

  it('recovers quickly from a blow while the revenue flows', () => {
    const struck = { ...start, clanStrength: start.clanStrength - 3000 };
    const gain = runMechanism(insurgentResilience, { state: struck }).total('clanStrength', null);
    expect(gain).toBeGreaterThan(0);
    expect(gain).toBeGreaterThan(3000 * 0.2);
  });

  it('withers when the revenue is gone', () => {
    const broke = withCommunities(start, { cocaHectares: 0 });
    expect(runMechanism(insurgentResilience, { state: broke }).total('clanStrength', null)).toBeLessThan(0);
  });

  it('spreads influence where security is weak and presses on security where it is strong', () => {
    const insecure = runMechanism(insurgentResilience, { state: withCommunities(start, { security: 1000, insurgentInfluence: 3000 }) });
    const secure = runMechanism(insurgentResilience, { state: withCommunities(start, { security: 9000, insurgentInfluence: 3000 }) });
    expect(insecure.total('insurgentInfluence')).toBeGreaterThan(0);
    expect(secure.total('insurgentInfluence')).toBeLessThan(insecure.total('insurgentInfluence'));
    expect(insecure.total('security')).toBeLessThan(0);
  });
});
