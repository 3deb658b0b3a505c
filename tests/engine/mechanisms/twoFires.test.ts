import { describe, expect, it } from 'vitest';
import { collaboration, twoFires } from '../../../src/engine/mechanisms/twoFires.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('two-fires', () => {
  const start = createGame(vraem, 'unit');
  const quiet = withCommunities(start, { grievanceViolence: 0 });

  it('makes blind military action cost trust and leave a grievance', () => {
    const blind = runMechanism(twoFires, { state: withCommunities(quiet, { trust: 500, committeeStrength: 0 }), levers: { militaryOperations: 100 }, draw: 0.99 });
    expect(blind.total('trust')).toBeLessThan(0);
    expect(blind.total('grievanceViolence')).toBeGreaterThan(0);
  });

  it('costs far less trust where trust and committees make operations precise', () => {
    const blind = runMechanism(twoFires, { state: withCommunities(quiet, { trust: 500, committeeStrength: 0 }), levers: { militaryOperations: 100 }, draw: 0.99 });
    const informed = runMechanism(twoFires, { state: withCommunities(quiet, { trust: 8000, committeeStrength: 7000 }), levers: { militaryOperations: 100, committeeOversight: 100 }, draw: 0.99 });
    expect(informed.total('trust')).toBeGreaterThan(blind.total('trust') * 0.4);
  });

  it('records no harm without operations', () => {
    const run = runMechanism(twoFires, { state: quiet, levers: { militaryOperations: 0 }, draw: 0 });
    expect(run.total('civilianHarm')).toBe(0);
    expect(run.total('grievanceViolence')).toBe(0);
  });

  it('brings reprisals on communities seen to side with the state while unprotected', () => {
    const exposed = withCommunities(quiet, { trust: 8000, committeeStrength: 6000, security: 1000 });
    const guarded = withCommunities(quiet, { trust: 8000, committeeStrength: 6000, security: 10000 });
    expect(runMechanism(twoFires, { state: exposed, levers: { militaryOperations: 0 }, draw: 0.05 }).total('reprisals')).toBe(vraem.communities.length);
    expect(runMechanism(twoFires, { state: guarded, levers: { militaryOperations: 0 }, draw: 0.05 }).total('reprisals')).toBe(0);
    expect(collaboration(0.8, 0.6, 0)).toBeGreaterThan(collaboration(0.1, 0, 0));
    expect(collaboration(0.3, 0.6, 1)).toBeGreaterThan(collaboration(0.3, 0.6, 0));
  });
});
