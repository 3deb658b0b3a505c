/** Plays a whole game with a policy: the same engine calls a player makes, scripted. */
import { eventById, step, type Decisions, type GameState, type TurnReport } from '../engine/index.ts';
import { createGame } from '../engine/state.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Policy } from './schema.ts';

export function policyDecisions(scenario: Scenario, policy: Policy, state: GameState): Decisions {
  const turn = state.turn + 1;
  let levers: Record<string, number> = { ...policy.levers };
  let allocation = policy.allocation;
  for (const range of policy.turns) {
    if (turn < range.from || turn > range.to) continue;
    levers = { ...levers, ...range.levers };
    if (range.allocation) allocation = range.allocation;
  }
  const choices: Record<string, string> = {};
  for (const pending of state.pendingChoices) {
    const options = eventById(scenario, pending.eventId)?.choice?.options ?? [];
    const listed = Object.hasOwn(policy.choices.byEvent, pending.eventId) ? policy.choices.byEvent[pending.eventId] : undefined;
    const fallback = policy.choices.rule === 'first' ? options[0] : options[options.length - 1];
    const answer = listed ?? fallback?.id;
    if (answer !== undefined) choices[pending.key] = answer;
  }
  return allocation ? { levers, allocation, choices } : { levers, choices };
}

export interface PlayedGame {
  readonly states: GameState[];
  readonly reports: TurnReport[];
  readonly decisions: Decisions[];
}

export class PolicyError extends Error {}

/** Plays to the end; a decision the engine refuses (for example over budget) is a PolicyError naming the turn. */
export function playPolicy(scenario: Scenario, policy: Policy, seed: string, options: { explain?: boolean; turns?: number } = {}): PlayedGame {
  let state = createGame(scenario, seed);
  const states = [state];
  const reports: TurnReport[] = [];
  const decisions: Decisions[] = [];
  const turns = Math.min(options.turns ?? scenario.calendar.turns, scenario.calendar.turns);
  while (state.turn < turns) {
    const decided = policyDecisions(scenario, policy, state);
    const result = step(scenario, state, decided, { explain: options.explain ?? true });
    if (!result.ok) throw new PolicyError(`turn ${state.turn + 1}: ${result.error.message}`);
    state = result.state;
    states.push(state);
    reports.push(result.report);
    decisions.push(decided);
  }
  return { states, reports, decisions };
}
