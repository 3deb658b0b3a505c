import { describe, expect, it } from 'vitest';
import { committeeSecurity } from '../../../src/engine/mechanisms/committeeSecurity.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('committee-security', () => {
  const start = createGame(vraem, 'unit');

  it('strengthens committees in proportion to support, faster in the highlands', () => {
    const none = runMechanism(committeeSecurity, { levers: { committeeSupport: 0 } });
    const full = runMechanism(committeeSecurity, { levers: { committeeSupport: 100 } });
    expect(none.total('committeeStrength')).toBe(0);
    expect(full.total('committeeStrength', 'huanta')).toBeGreaterThan(0);
    const same = withCommunities(start, { committeeStrength: 3000 });
    const grown = runMechanism(committeeSecurity, { state: same, levers: { committeeSupport: 100 } });
    expect(grown.total('committeeStrength', 'luricocha')).toBeGreaterThan(grown.total('committeeStrength', 'pichari'));
  });

  it('grows committees more slowly under oversight: registration and joint patrols cost volunteers', () => {
    const free = runMechanism(committeeSecurity, { levers: { committeeSupport: 100, committeeOversight: 0 } }).total('committeeStrength');
    const watched = runMechanism(committeeSecurity, { levers: { committeeSupport: 100, committeeOversight: 100 } }).total('committeeStrength');
    expect(watched).toBeLessThan(free * 0.6);
    expect(watched).toBeGreaterThan(0);
  });

  it('lets unsupported committees fall back toward where they started', () => {
    const inflated = withCommunities(start, { committeeStrength: 9000 });
    expect(runMechanism(committeeSecurity, { state: inflated, levers: { committeeSupport: 0 } }).total('committeeStrength', 'huanta')).toBeLessThan(0);
  });

  it('raises security and pushes the clan back in proportion to committee strength', () => {
    const strong = runMechanism(committeeSecurity, { state: withCommunities(start, { committeeStrength: 8000 }) });
    const weak = runMechanism(committeeSecurity, { state: withCommunities(start, { committeeStrength: 1000 }) });
    expect(strong.total('security')).toBeGreaterThan(weak.total('security') * 4);
    expect(strong.total('insurgentInfluence')).toBeLessThan(weak.total('insurgentInfluence'));
  });

  it('ties communities to the state only when committees coordinate under oversight', () => {
    expect(runMechanism(committeeSecurity, { levers: { committeeOversight: 0 } }).total('trust')).toBe(0);
    expect(runMechanism(committeeSecurity, { levers: { committeeOversight: 100 } }).total('trust')).toBeGreaterThan(0);
  });
});
