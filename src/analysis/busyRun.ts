/**
 * A restless player, for measuring the consequence analysis at its heaviest: every lever moves
 * every turn (each to between 10 % and 60 % of its range, which a full budget always covers) and
 * every question takes its first option. Deterministic: the pattern follows the turn number.
 */
import { createGame, step, type Decisions, type GameState, type TurnReport } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunRecord } from './consequences.ts';

export function busyRun(scenario: Scenario, seed: string): RunRecord {
  let state: GameState = createGame(scenario, seed);
  const states = [state];
  const reports: TurnReport[] = [];
  const decisions: Decisions[] = [];
  while (!state.finished) {
    const turn = state.turn + 1;
    const levers = Object.fromEntries(
      scenario.levers.map((lever, j) => {
        const fraction = 0.1 + (0.5 * ((turn * 7 + j * 3) % 11)) / 10;
        return [lever.id, lever.min + Math.round((fraction * (lever.max - lever.min)) / lever.step) * lever.step];
      }),
    );
    const choices = Object.fromEntries(state.pendingChoices.map((p) => [p.key, scenario.events.find((e) => e.id === p.eventId)?.choice?.options[0]?.id ?? '']));
    const decided: Decisions = { levers, choices };
    const result = step(scenario, state, decided, { explain: false });
    if (!result.ok) throw new Error(`turn ${turn}: ${result.error.message}`);
    state = result.state;
    states.push(state);
    reports.push(result.report);
    decisions.push(decided);
  }
  return { states, reports, decisions };
}
