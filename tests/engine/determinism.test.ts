// Same scenario + seed + decisions ⇒ bit-identical states, whatever the seed and decisions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/engine/stateHash.ts';
import { createGame, type GameState } from '../../src/engine/state.ts';
import { step } from '../../src/engine/step.ts';
import { decide, gamePlan, type TurnPlan } from './randomPlay.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadScenario, vraem } from './helpers.ts';

function playHashes(seed: string, plan: readonly TurnPlan[], explain: boolean, scenario: Scenario = vraem): string[] {
  let state: GameState = createGame(scenario, seed);
  const hashes = [hashState(state)];
  for (const turn of plan) {
    if (state.finished) break;
    const result = step(scenario, state, decide(scenario, state, turn), { explain });
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    hashes.push(hashState(state));
  }
  return hashes;
}

describe('determinism', () => {
  it('replays to the same hash at every turn, with or without the explanation record', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), gamePlan(vraem), (seed, plan) => {
        const first = playHashes(seed, plan, true);
        expect(playHashes(seed, plan, false)).toEqual(first);
        expect(playHashes(seed, plan, true)).toEqual(first);
      }),
      { numRuns: 40 },
    );
  });

  it('gives different games for different seeds', () => {
    const plan = Array.from({ length: vraem.calendar.turns }, () => ({ levers: [0.5, 0.5, 0.8, 0.1, 0.8], weights: vraem.communities.map(() => 1), choice: 0 }));
    const ends = new Set(['1', '2', '3', '4', '5'].map((seed) => playHashes(seed, plan, false).at(-1)));
    expect(ends.size).toBe(5);
  });

  it('plays games taken turn about exactly as each alone (the working objects a turn reuses carry nothing over)', () => {
    const other = loadScenario('scenarios/classroom-short.json');
    fc.assert(
      fc.property(gamePlan(vraem), gamePlan(vraem), gamePlan(other), (planA, planB, planC) => {
        const games = [
          { scenario: vraem, seed: 'a', plan: planA },
          { scenario: vraem, seed: 'b', plan: planB },
          { scenario: other, seed: 'c', plan: planC },
        ];
        const alone = games.map((g) => playHashes(g.seed, g.plan, false, g.scenario));
        const states = games.map((g) => createGame(g.scenario, g.seed));
        const together = games.map((_, i) => [hashState(states[i]!)]);
        for (let turn = 0; turn < vraem.calendar.turns; turn++) {
          games.forEach((g, i) => {
            if (states[i]!.finished) return;
            const result = step(g.scenario, states[i]!, decide(g.scenario, states[i]!, g.plan[turn]!), { explain: i === 1 });
            if (!result.ok) throw new Error(result.error.message);
            states[i] = result.state;
            together[i]!.push(hashState(result.state));
          });
        }
        expect(together).toEqual(alone);
      }),
      { numRuns: 10 },
    );
  });

  it('resumes from a state saved as JSON mid-game exactly as if never interrupted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 19 }), gamePlan(vraem), (cut, plan) => {
        let state: GameState = createGame(vraem, 'resume');
        for (const turn of plan.slice(0, cut)) {
          const result = step(vraem, state, decide(vraem, state, turn));
          if (!result.ok) throw new Error(result.error.message);
          state = result.state;
        }
        let restored = JSON.parse(JSON.stringify(state)) as GameState;
        for (const turn of plan.slice(cut)) {
          const a = step(vraem, state, decide(vraem, state, turn));
          const b = step(vraem, restored, decide(vraem, restored, turn));
          if (!a.ok || !b.ok) throw new Error('refused');
          state = a.state;
          restored = b.state;
        }
        expect(hashState(restored)).toBe(hashState(state));
      }),
      { numRuns: 15 },
    );
  });
});
