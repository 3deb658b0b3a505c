/**
 * The objects a turn works in — its context and its ledger — one set per scenario, written
 * over by every turn rather than built anew (they were half of what a turn left to the
 * collector). They live only while step runs, and step returns none of them (the report's
 * record gets lists of its own), so reusing them changes nothing a caller sees: step never runs
 * inside another step, and each worker has its own. tests/engine/determinism.test.ts plays
 * games turn about to check that nothing is carried over from one game to the next.
 */
import type { Scenario } from '../scenario/schema.ts';
import { emptyContext, type WritableContext } from './context.ts';
import { Ledger } from './ledger.ts';
import type { GameState } from './state.ts';
import { tablesOf } from './tables.ts';

export interface Workspace {
  readonly context: WritableContext;
  readonly ledger: Ledger;
}

const workspaces = new WeakMap<Scenario, Workspace>();

/** The scenario's workspace, made on its first turn from that turn's state. */
export function workspaceOf(scenario: Scenario, state: GameState): Workspace {
  let workspace = workspaces.get(scenario);
  if (!workspace) {
    workspace = { context: emptyContext(scenario, state, state.lastLevers), ledger: new Ledger(state, false, tablesOf(scenario)) };
    workspaces.set(scenario, workspace);
  }
  return workspace;
}
