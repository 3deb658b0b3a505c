import { describe, expect, it } from 'vitest';
import { DRIVE_PACE, LEAKING_SHARE, meanLeakage, situations } from '../../src/analysis/situations.ts';
import { createGame } from '../../src/engine/index.ts';
import { produceState } from '../../src/engine/immutable.ts';
import { tablesOf } from '../../src/engine/tables.ts';
import { vraem, withCommunities } from '../engine/helpers.ts';

const start = createGame(vraem, 'situations');
const next = (patch: (draft: { turn: number } & Record<string, unknown>) => void = () => undefined) =>
  produceState(start, (draft) => {
    draft.turn = 1;
    patch(draft as never);
  });

describe('what an adviser can see', () => {
  it('before the first turn: the start, and nothing that needs a turn to have happened', () => {
    const seen = situations(vraem, start, start);
    expect(seen.has('start')).toBe(true);
    for (const after of ['abuse', 'reprisal', 'civilian-harm', 'good-harvest', 'bad-harvest', 'trust-falling']) expect(seen.has(after)).toBe(false);
  });

  it('new incidents since the turn before', () => {
    const after = produceState(next(), (draft) => {
      draft.communities[1]!.abuses += 1;
      draft.communities[2]!.reprisals += 2;
    });
    const seen = situations(vraem, start, after);
    expect([seen.has('abuse'), seen.has('reprisal'), seen.has('civilian-harm'), seen.has('start')]).toEqual([true, true, false, false]);
  });

  it('the player’s last move on each lever, and an eradication drive', () => {
    const after = produceState(next(), (draft) => {
      draft.lastLevers = { ...draft.lastLevers, eradicationPace: DRIVE_PACE, militaryOperations: start.lastLevers.militaryOperations - 10 };
    });
    const seen = situations(vraem, start, after);
    expect(seen.has('raised-eradicationPace')).toBe(true);
    expect(seen.has('lowered-militaryOperations')).toBe(true);
    expect(seen.has('raised-militaryOperations')).toBe(false);
    expect(seen.has('eradication-drive')).toBe(true);
    expect(situations(vraem, start, start).has('eradication-drive')).toBe(start.lastLevers.eradicationPace >= DRIVE_PACE);
  });

  it('money leaking where the clan is strong and committees weak', () => {
    const captured = withCommunities(start, { insurgentInfluence: 10000, committeeStrength: 0 });
    expect(meanLeakage(vraem, captured)).toBeGreaterThanOrEqual(LEAKING_SHARE);
    expect(situations(vraem, captured, captured).has('money-leaking')).toBe(true);
    const watched = withCommunities(start, { insurgentInfluence: 0, committeeStrength: 10000 });
    expect(situations(vraem, watched, watched).has('money-leaking')).toBe(false);
  });

  it('the event cards drawn in the turn just played', () => {
    const { eventSlot } = tablesOf(vraem);
    const ambush = vraem.events.findIndex((e) => e.id === 'patrol-ambushed');
    const after = produceState(next(), (draft) => {
      const history = [...draft.eventHistory];
      history[eventSlot[ambush]!] = 1;
      draft.eventHistory = history;
    });
    expect(situations(vraem, start, after).has('event:patrol-ambushed')).toBe(true);
    expect(situations(vraem, start, next()).has('event:patrol-ambushed')).toBe(false);
  });
});
