/**
 * Seeded games whose every turn's hash is compared between Node and QuickJS: bundled into one
 * script for QuickJS, imported as is by Node. Decisions vary with the seed and the turn (no
 * random source beyond the engine's own), covering every lever, allocations and answers.
 */
import { hashState } from '../../src/engine/stateHash.ts';
import { createGame } from '../../src/engine/state.ts';
import { step } from '../../src/engine/step.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { decide, type TurnPlan } from './decide.ts';

function plan(scenario: Scenario, game: number, turn: number): TurnPlan {
  return {
    levers: scenario.levers.map((_, k) => ((game * 7 + turn * 3 + k * 5) % 11) / 10),
    weights: scenario.communities.map((_, i) => (game + turn + i) % 4),
    choice: game + turn,
  };
}

/** The hash of every state of `games` games (seeds `${prefix}-0`, …), the opening state first. */
export function gameHashes(scenario: Scenario, prefix: string, games: number): string[][] {
  const all: string[][] = [];
  for (let g = 0; g < games; g++) {
    let state = createGame(scenario, `${prefix}-${g}`);
    const hashes = [hashState(state)];
    while (!state.finished) {
      const result = step(scenario, state, decide(scenario, state, plan(scenario, g, state.turn)), { explain: g % 2 === 0 });
      if (!result.ok) throw new Error(`${scenario.id} game ${g} turn ${state.turn + 1}: ${result.error.message}`);
      state = result.state;
      hashes.push(hashState(state));
    }
    all.push(hashes);
  }
  return all;
}
