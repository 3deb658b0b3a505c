import { describe, expect, it } from 'vitest';
import { intelligence } from '../../../src/engine/mechanisms/intelligence.ts';
import { operationsTempo, precision } from '../../../src/engine/operations.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('intelligence', () => {
  const start = createGame(vraem, 'unit');

  it('makes operations more precise with trust and committees, more so under oversight', () => {
    expect(precision(vraem, 0.8, 0, 0)).toBeGreaterThan(precision(vraem, 0.1, 0, 0));
    expect(precision(vraem, 0.1, 0.8, 0)).toBeGreaterThan(precision(vraem, 0.1, 0, 0));
    expect(precision(vraem, 0.1, 0.8, 1)).toBeGreaterThan(precision(vraem, 0.1, 0.8, 0));
    expect(precision(vraem, 1, 1, 1)).toBeLessThanOrEqual(1);
    expect(precision(vraem, 0, 0, 0)).toBeCloseTo(vraem.mechanisms.intelligence.basePrecision, 9);
  });

  it('concentrates operations where insurgent influence is high', () => {
    const total = start.communities.reduce((sum, c) => sum + c.insurgentInfluence, 0);
    const tempo = start.communities.map((c) => operationsTempo(1, c.insurgentInfluence, start.communities.length, total));
    const vizcatan = vraem.communities.findIndex((c) => c.id === 'vizcatan');
    const huanta = vraem.communities.findIndex((c) => c.id === 'huanta');
    expect(tempo[vizcatan]).toBeGreaterThan(tempo[huanta]!);
    expect(Math.max(...tempo)).toBeLessThanOrEqual(2);
  });

  it('lands heavier blows on the clan when operations are well informed', () => {
    const informed = runMechanism(intelligence, { state: withCommunities(start, { trust: 8000, committeeStrength: 7000 }), levers: { militaryOperations: 100 } });
    const blind = runMechanism(intelligence, { state: withCommunities(start, { trust: 500, committeeStrength: 0 }), levers: { militaryOperations: 100 } });
    expect(blind.total('clanStrength', null)).toBeLessThan(0);
    expect(informed.total('clanStrength', null)).toBeLessThan(blind.total('clanStrength', null) * 2);
    expect(informed.total('insurgentInfluence')).toBeLessThan(blind.total('insurgentInfluence'));
  });

  it('does nothing without operations', () => {
    expect(runMechanism(intelligence, { levers: { militaryOperations: 0 } }).deltas).toEqual([]);
  });
});
