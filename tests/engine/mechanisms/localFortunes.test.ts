import { describe, expect, it } from 'vitest';
import { localFortunes } from '../../../src/engine/mechanisms/localFortunes.ts';
import { createGame } from '../../../src/engine/state.ts';
import { INDEX_MAX, INDEX_SCALE } from '../../../src/engine/units.ts';
import { runMechanism, vraem, withCommunities } from '../helpers.ts';

describe('local-fortunes', () => {
  const p = vraem.mechanisms['local-fortunes'];
  const start = createGame(vraem, 'unit');

  it('raises trust on a good season and lowers it on a bad one, by at most the swing', () => {
    const good = runMechanism(localFortunes, { draw: 0.999 });
    const bad = runMechanism(localFortunes, { draw: 0 });
    for (const c of start.communities) {
      expect(good.total('trust', c.id)).toBeGreaterThan(0);
      expect(bad.total('trust', c.id)).toBeLessThan(0);
      expect(Math.abs(bad.total('trust', c.id))).toBeLessThanOrEqual(Math.round(p.trustSwing * INDEX_SCALE));
    }
    expect(good.deltas.every((d) => d.mechanism === 'local-fortunes' && d.metric === 'trust')).toBe(true);
  });

  it('does nothing on an even season', () => {
    expect(runMechanism(localFortunes, { draw: 0.5 }).deltas).toHaveLength(0);
  });

  it('is even near the bounds: a good and a bad season move trust by the same amount', () => {
    for (const trust of [200, 1000, 5000, 9000, 9800]) {
      const state = withCommunities(start, { trust });
      const good = runMechanism(localFortunes, { state, draw: 0.9 }).total('trust', start.communities[0]!.id);
      const bad = runMechanism(localFortunes, { state, draw: 0.1 }).total('trust', start.communities[0]!.id);
      expect(Math.abs(good + bad)).toBeLessThanOrEqual(1);
      if (trust === 200 || trust === 9800) expect(Math.abs(good)).toBeLessThan(p.trustSwing * INDEX_SCALE * 0.8 * (4 * Math.min(trust, INDEX_MAX - trust)) / INDEX_MAX + 2);
    }
  });

  it('averages zero over the draws', () => {
    let sum = 0;
    for (let k = 0; k < 100; k++) sum += runMechanism(localFortunes, { draw: (k + 0.5) / 100 }).total('trust');
    expect(Math.abs(sum)).toBeLessThanOrEqual(start.communities.length * 10);
  });
});
