import { describe, expect, it } from 'vitest';
import { StudentGame } from '../../src/hub/classVerifier.ts';
import { recordReplay } from '../../src/replay/record.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { SEED, historical, scenario, statusQuo } from './fixture.ts';

describe('the teacher\'s check of live turns', () => {
  it('verifies a whole game turn by turn and keeps it as the replay file its student would download', () => {
    const game = new StudentGame(scenario, SEED);
    for (const turn of statusQuo) expect(game.check(turn)).toEqual({ kind: 'verified' });
    expect(game.verified).toBe(scenario.calendar.turns);
    const loaded = loadReplayText(JSON.stringify(recordReplay(game.played(), 'Ana')));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.divergence).toBeNull();
    expect(loaded.replay.finished).toBe(true);
    expect(loaded.replay.turns.map((t) => t.stateHash)).toEqual(statusQuo.map((t) => t.stateHash));
  });

  it('flags a forged state hash at its turn and counts nothing after it', () => {
    const game = new StudentGame(scenario, SEED);
    game.check(statusQuo[0]!);
    const forged = { ...statusQuo[1]!, stateHash: 'ffffffffffffffff' };
    expect(game.check(forged)).toEqual({ kind: 'flagged', flag: { turn: 2, kind: 'hash' } });
    expect(game.check(statusQuo[2]!)).toEqual({ kind: 'ignored' });
    expect(game.verified).toBe(1);
  });

  it('flags another student\'s hash sent with one\'s own decisions', () => {
    const game = new StudentGame(scenario, SEED);
    const crossed = { ...statusQuo[0]!, stateHash: historical[0]!.stateHash };
    expect(game.check(crossed)).toMatchObject({ kind: 'flagged', flag: { turn: 1, kind: 'hash' } });
  });

  it('flags decisions the engine refuses, and a turn out of order', () => {
    const refused = new StudentGame(scenario, SEED);
    expect(refused.check({ ...statusQuo[0]!, decisions: { levers: { nonsense: 1 } } })).toMatchObject({ kind: 'flagged', flag: { turn: 1, kind: 'refused', detail: expect.stringMatching(/nonsense/) } });
    const skipped = new StudentGame(scenario, SEED);
    expect(skipped.check(statusQuo[1]!)).toMatchObject({ kind: 'flagged', flag: { turn: 2, kind: 'order' } });
  });

  it('keeps only the last state when asked (a load test\'s teacher), with the same verdicts', () => {
    const game = new StudentGame(scenario, SEED, false);
    for (const turn of statusQuo) expect(game.check(turn).kind).toBe('verified');
    expect(() => game.played()).toThrow();
  });
});
