import { describe, expect, it } from 'vitest';
import { committeeSecurity } from '../../../src/engine/mechanisms/committeeSecurity.ts';
import { jungleCaution } from '../../../src/engine/mechanisms/jungleCaution.ts';
import { createGame } from '../../../src/engine/state.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('jungle-caution', () => {
  const feared = withCommunities(createGame(vraem, 'unit'), { insurgentInfluence: 8000, committeeStrength: 5000 });

  it('holds back jungle committees where the clan is strong, never highland ones', () => {
    const run = runMechanism(jungleCaution, { state: feared, levers: { committeeSupport: 0 } });
    expect(run.total('security', 'llochegua')).toBeLessThan(0);
    expect(run.total('security', 'huanta')).toBe(0);
    expect(run.total('security', 'luricocha')).toBe(0);
  });

  it('fades as the state backs the committees', () => {
    const unbacked = runMechanism(jungleCaution, { state: feared, levers: { committeeSupport: 0 } }).total('security');
    const half = runMechanism(jungleCaution, { state: feared, levers: { committeeSupport: 50 } }).total('security');
    const backed = runMechanism(jungleCaution, { state: feared, levers: { committeeSupport: 100 } }).total('security');
    expect(half).toBeGreaterThan(unbacked);
    expect(backed).toBe(0);
  });

  it('takes back at most what the committees would have given', () => {
    const caution = runMechanism(jungleCaution, { state: feared, levers: { committeeSupport: 0 } });
    const gain = runMechanism(committeeSecurity, { state: feared, levers: { committeeSupport: 0 } });
    for (const c of vraem.communities) expect(-caution.total('security', c.id)).toBeLessThanOrEqual(gain.total('security', c.id));
  });
});
