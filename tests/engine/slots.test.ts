import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/engine/ledger.ts';
import { deltasOf } from '../../src/engine/record.ts';
import { communitySlot, metricIndex } from '../../src/engine/slots.ts';
import { createGame } from '../../src/engine/state.ts';
import { tablesOf } from '../../src/engine/tables.ts';
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
    const ledger = new Ledger(state, true, tablesOf(vraem));
    state.communities.forEach((c, i) => expect(ledger.community(i, c.licitMaturing, c.replantQueue)).toEqual(c));
  });

  it('clamps each delta to the metric\'s range and records the amount applied', () => {
    const state = withCommunities(createGame(vraem, 'slots'), { trust: 9900 });
    const ledger = new Ledger(state, true, tablesOf(vraem));
    const cause = tablesOf(vraem).mechanismCause['two-fires'];
    const evidence = vraem.mechanisms['two-fires'].evidence[0];
    ledger.add(communitySlot(0, 'trust'), 500, cause);
    ledger.add(communitySlot(0, 'trust'), -300, cause);
    expect(ledger.at(communitySlot(0, 'trust'))).toBe(9700);
    expect(deltasOf(ledger.record())).toEqual([
      { mechanism: 'two-fires', community: 'pichari', metric: 'trust', amount: 100, evidence },
      { mechanism: 'two-fires', community: 'pichari', metric: 'trust', amount: -300, evidence },
    ]);
  });
});
