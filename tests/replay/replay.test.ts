import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, step, type GameState, type TurnReport, type Decisions } from '../../src/engine/index.ts';
import { recordReplay } from '../../src/replay/record.ts';
import { loadReplayText, sameJson } from '../../src/replay/verify.ts';
import { decide, gamePlan } from '../engine/randomPlay.ts';
import { vraem } from '../engine/helpers.ts';

function playRandom(seed: string, plan: ReturnType<typeof gamePlan> extends fc.Arbitrary<infer T> ? T : never, turns: number) {
  let state: GameState = createGame(vraem, seed);
  const states = [state];
  const reports: TurnReport[] = [];
  const decisions: Decisions[] = [];
  for (const turn of plan.slice(0, turns)) {
    const decided = decide(vraem, state, turn);
    const result = step(vraem, state, decided);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    states.push(state);
    reports.push(result.report);
    decisions.push(decided);
  }
  return { scenario: vraem, seed, states, reports, decisions };
}

const text = (value: unknown) => JSON.stringify(value);

describe('replays', () => {
  it('round-trip: record, export, import and verify any game, finished or not', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), gamePlan(vraem), fc.integer({ min: 0, max: vraem.calendar.turns }), (seed, plan, turns) => {
        const game = playRandom(seed, plan, turns);
        const loaded = loadReplayText(text(recordReplay(game, 'Ana')));
        if (!loaded.ok) throw new Error(loaded.error);
        expect(loaded.divergence).toBeNull();
        expect(loaded.replay.finished).toBe(turns === vraem.calendar.turns);
        expect(loaded.replay.assessment === null).toBe(turns < vraem.calendar.turns);
        expect(loaded.game.states.map((s) => s.clanStrength)).toEqual(game.states.map((s) => s.clanStrength));
      }),
      { numRuns: 15 },
    );
  });

  const plan = Array.from({ length: vraem.calendar.turns }, (_, i) => ({ levers: [0.2, 0.4, 0.3, 0.3, 0.4], weights: vraem.communities.map(() => 1 + (i % 2)), choice: i }));
  const replay = recordReplay(playRandom('tamper', plan, vraem.calendar.turns));

  it('finds the turn where altered decisions make the game diverge, and which figures differ', () => {
    const altered = structuredClone(replay);
    altered.turns[5]!.decisions.levers!.militaryOperations = 100;
    const loaded = loadReplayText(text(altered));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.divergence?.turn).toBe(6);
    expect(loaded.divergence?.reason).toBe('the state differs from the one recorded');
    expect(loaded.divergence?.differing.some((d) => d.startsWith('meanTrust'))).toBe(true);
    expect(loaded.game.states).toHaveLength(7);
  });

  it('finds an altered state hash', () => {
    const altered = structuredClone(replay);
    altered.turns[12]!.stateHash = '0123456789abcdef';
    const loaded = loadReplayText(text(altered));
    expect(loaded.ok && loaded.divergence?.turn).toBe(13);
  });

  it('refuses recorded decisions the engine would not accept', () => {
    const altered = structuredClone(replay);
    altered.turns[2]!.decisions.levers!.eradicationPace = 400;
    const loaded = loadReplayText(text(altered));
    expect(loaded.ok && loaded.divergence?.reason).toBe('the engine refuses the recorded decisions: levers.eradicationPace: expected a number between 0 and 100, got 400');
  });

  const refusals: [string, string, RegExp][] = [
    ['not JSON', '{"format": "between-two', /^not valid JSON at line 1, column \d+/],
    ['truncated', text(replay).slice(0, 5000), /^not valid JSON at line 1, column \d+: /],
    ['another kind of file', text({ name: 'policy' }), /^not a Between Two Fires replay/],
    ['a newer format', text({ ...replay, formatVersion: 2 }), /^replay format version 2 is not supported/],
    ['another engine', text({ ...replay, engineVersion: '0.9.0' }), /^made with engine version 0\.9\.0; this is /],
    ['an altered scenario', text({ ...replay, scenario: { ...replay.scenario, content: { ...(replay.scenario.content as object), title: 'Changed' } } }), /does not match the scenario hash/],
    ['a broken scenario', text({ ...replay, scenario: { ...replay.scenario, content: { id: 'x' } } }), /^its embedded scenario is not valid: /],
    ['a missing field', text({ ...replay, seed: undefined }), /^not a valid replay: seed: missing/],
    ['a huge file', `{"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`, /^too large \(6\.0 MB; the limit is 5\.0 MB\)$/],
  ];
  for (const [what, content, message] of refusals) {
    it(`refuses ${what} with a clear message`, () => {
      const loaded = loadReplayText(content);
      expect(loaded.ok ? 'loaded' : loaded.error).toMatch(message);
    });
  }

  it('catches an altered scenario declaring the hash of one already loaded, and loads an identical copy from the kept one', () => {
    expect(loadReplayText(text(replay)).ok).toBe(true);
    const altered = { ...replay, scenario: { ...replay.scenario, content: { ...(replay.scenario.content as object), title: 'Changed' } } };
    const refused = loadReplayText(text(altered));
    expect(refused.ok ? 'loaded' : refused.error).toMatch(/does not match the scenario hash/);
    // Keys in another order are the same scenario (the content hash is over canonical JSON).
    const reordered = { ...replay, scenario: { ...replay.scenario, content: Object.fromEntries(Object.entries(replay.scenario.content as object).reverse()) } };
    const again = loadReplayText(text(reordered));
    expect(again.ok && again.divergence).toBe(null);
  });

  it('compares JSON values whatever the order of their keys', () => {
    expect(sameJson({ a: [1, { b: 2, c: null }] }, { a: [1, { c: null, b: 2 }] })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ 0: 1 }, [1])).toBe(false);
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false);
  });

  it('ships example replays that still verify (regenerate them with scripts/make-example-replays.ts)', () => {
    const files = readdirSync('examples/replays').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const loaded = loadReplayText(readFileSync(`examples/replays/${file}`, 'utf8'));
      expect(loaded.ok && loaded.divergence === null, file).toBe(true);
    }
  });
});
