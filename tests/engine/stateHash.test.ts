import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { produceState } from '../../src/engine/immutable.ts';
import { createGame, type GameState } from '../../src/engine/state.ts';
import { hashState } from '../../src/engine/stateHash.ts';
import { step } from '../../src/engine/step.ts';
import { COMMUNITY_METRICS, GLOBAL_METRICS, LEVER_IDS } from '../../src/scenario/vocabulary.ts';
import { vraem } from './helpers.ts';

/** A state with something in every field: queues, modifiers, choices and histories included. */
function busyState(): GameState {
  let state = createGame(vraem, 'hash');
  for (let turn = 0; turn < 6; turn++) {
    const result = step(vraem, state, { levers: { eradicationPace: 40, developmentFunding: 10 }, choices: Object.fromEntries(state.pendingChoices.map((p) => [p.key, vraem.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id])) });
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
  return produceState(state, (draft) => {
    draft.priceModifiers.push({ price: 'cocaLeafPrice', factor: 1.5, turnsLeft: 2, source: 'test' });
    draft.pendingChoices.push({ key: 'k@pichari', eventId: 'k', community: 'pichari' });
    draft.eventHistory[1] = 3;
    draft.communities[2]!.licitMaturing[1] = 7;
    draft.communities[3]!.replantQueue[0] = 9;
  });
}

describe('numeric state hash', () => {
  const base = busyState();
  const h = hashState(base);

  it('is 16 hex digits, the same for the same state', () => {
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(hashState(structuredClone(base))).toBe(h);
    expect(hashState(JSON.parse(JSON.stringify(base)) as GameState)).toBe(h);
  });

  it('changes when any single field changes', () => {
    const variants: [string, (d: Draft<GameState>) => void][] = [
      ['engineVersion', (d) => void (d.engineVersion += 'x')],
      ['scenarioId', (d) => void (d.scenarioId += 'x')],
      ['seed', (d) => void (d.seed += 'x')],
      ['turn', (d) => void (d.turn += 1)],
      ['finished', (d) => void (d.finished = !d.finished)],
      ['rng.s1', (d) => void ((d.rng as { s1: number }).s1 += 2 ** -32)],
      ['rng.c', (d) => void ((d.rng as { c: number }).c += 1)],
      ['budgetAdjustment', (d) => void (d.budgetAdjustment += 1)],
      ['recentEradication', (d) => void (d.recentEradication[3]! += 1)],
      ['priceModifiers.factor', (d) => void (d.priceModifiers[0]!.factor = 1.25)],
      ['pendingChoices', (d) => void (d.pendingChoices.at(-1)!.community = null)],
      ['eventHistory', (d) => void (d.eventHistory[1] = 4)],
      ['licitMaturing', (d) => void (d.communities[2]!.licitMaturing[1] = 8)],
      ['replantQueue', (d) => void (d.communities[3]!.replantQueue[0] = 0)],
      ['community id', (d) => void (d.communities[0]!.id = 'other')],
      ...GLOBAL_METRICS.map((m): [string, (d: Draft<GameState>) => void] => [m, (d) => void (d[m] += 1)]),
      ...COMMUNITY_METRICS.map((m): [string, (d: Draft<GameState>) => void] => [m, (d) => void (d.communities[5]![m] += 1)]),
      ...LEVER_IDS.map((l): [string, (d: Draft<GameState>) => void] => [l, (d) => void (d.lastLevers[l] += 0.5)]),
    ];
    const seen = new Set([h]);
    const covered = new Set<string>();
    for (const [field, change] of variants) {
      const variant = produceState(base, change);
      const changed = hashState(variant);
      expect(changed, field).not.toBe(h);
      seen.add(changed);
      for (const key of Object.keys(base) as (keyof GameState)[]) if (variant[key] !== base[key]) covered.add(key);
    }
    expect(seen.size).toBe(variants.length + 1);
    // A field added to GameState without a variant here (and in hashState) fails this line.
    expect([...covered].sort()).toEqual(Object.keys(base).sort());
  });

  it('tells lists apart by their lengths, not only their contents', () => {
    const a = produceState(base, (d) => void ((d.communities[0]!.licitMaturing = [1, 2]), (d.communities[0]!.replantQueue = [3])));
    const b = produceState(base, (d) => void ((d.communities[0]!.licitMaturing = [1]), (d.communities[0]!.replantQueue = [2, 3])));
    expect(hashState(a)).not.toBe(hashState(b));
  });

  it('does not depend on the sign of zero', () => {
    const negativeZero = produceState(base, (d) => void (d.budgetAdjustment = -0));
    const zero = produceState(base, (d) => void (d.budgetAdjustment = 0));
    expect(hashState(negativeZero)).toBe(hashState(zero));
  });

  it('is pinned: a hand-written state hashes to the same digits everywhere (a change breaks every saved replay)', () => {
    const pinned: GameState = {
      engineVersion: '0.0.0', scenarioId: 's', seed: 'é', turn: 1, finished: false,
      rng: { c: 1, s0: 0.25, s1: 0.5, s2: 2 ** -32 },
      clanStrength: 5000, donorFunding: 12345, leafPrice: 770,
      communities: [{
        id: 'a', trust: 1, security: 2, insurgentInfluence: 3, committeeStrength: 4, soilHealth: 5, grievanceEradication: 6,
        grievanceAbuse: 7, grievanceViolence: 8, cocaHectares: 9, licitHectares: 10, eradicatedHectares: 11, developmentInvested: 12,
        abuses: 13, reprisals: 14, civilianHarm: 15, licitMaturing: [1, 2], replantQueue: [3],
      }],
      recentEradication: [0, 0, 0, 1e6], budgetAdjustment: -250,
      priceModifiers: [{ price: 'licitCropPrice', factor: 0.6666666666666666, turnsLeft: 3, source: 'e' }],
      pendingChoices: [{ key: 'e@a', eventId: 'e', community: 'a' }], eventHistory: [0, 1, 0],
      lastLevers: { eradicationPace: 10, developmentFunding: 2.5, committeeSupport: 0, committeeOversight: 0, militaryOperations: 30 },
    };
    // The same figure is checked in QuickJS (tests/engine/quickjs.test.ts hashes every turn of real games).
    expect(hashState(pinned)).toBe(PINNED);
  });
});

const PINNED = '0bd54d31b54db8bf';
