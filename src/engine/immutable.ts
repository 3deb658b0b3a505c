/**
 * Immutability without freezing every state. `step` builds each next state by spreading the
 * previous one, so unchanged parts are shared, and nothing in the engine writes to a state it
 * was given: readonly types say so at compile time and tests/engine/immutability.test.ts steps
 * deep-frozen states to prove it. Freezing every state would cost ten times the rest of a turn
 * (Object.freeze is slow in V8), so code that keeps states for a long time (the game session,
 * the debrief) freezes them with `freezeState`, and code that derives a variant of a state (a
 * what-if branch, a test) uses immer's drafts through `produceState`.
 * See docs/adr/0004-immutability-without-autofreeze.md.
 */
import { Immer, freeze } from 'immer';

const immer = new Immer({ autoFreeze: false });

/** immer's produce, without auto-freezing (see above). */
export const produceState = immer.produce;

export function freezeState<T>(state: T): T {
  return freeze(state, true);
}
