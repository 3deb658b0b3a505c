import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/engine/ledger.ts';
import { metricIndex } from '../../src/engine/slots.ts';
import { createGame } from '../../src/engine/state.ts';
import { COMMUNITY_METRICS } from '../../src/scenario/vocabulary.ts';
import { vraem, withCommunities } from './helpers.ts';

describe('ledger slots', () => {
  it('places every metric at its position in COMMUNITY_METRICS', () => {
    COMMUNITY_METRICS.forEach((metric, i) => expect(metricIndex(metric)).toBe(i));
  });

  it('reproduces every metric of every community when nothing changes', () => {
    const state = withCommunities(createGame(vraem, 'slots'), (_, i) =>
      Object.fromEntries(COMMUNITY_METRICS.map((metric, m) => [metric, 100 * i + m + 1])),
    );
    const ledger = new Ledger(state, true);
    state.communities.forEach((c, i) => expect(ledger.community(i, c.licitMaturing, c.replantQueue)).toEqual(c));
  });

  it('clamps each delta to the metric\'s range and records the amount applied', () => {
    const state = withCommunities(createGame(vraem, 'slots'), { trust: 9900 });
    const ledger = new Ledger(state, true);
    ledger.add(0, 500, 'test', 'e');
    ledger.add(0, -300, 'test', 'e');
    expect(ledger.value(0, 'trust')).toBe(9700);
    expect(ledger.recorded).toEqual([
      { mechanism: 'test', community: 'pichari', metric: 'trust', amount: 100, evidence: 'e' },
      { mechanism: 'test', community: 'pichari', metric: 'trust', amount: -300, evidence: 'e' },
    ]);
  });
});
