/**
 * The one seeded generator. Its state travels inside the game state, so a saved state resumes
 * the same stream. Alea uses only integer and IEEE-exact arithmetic, so every engine agrees.
 */
import seedrandom from 'seedrandom';

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  state(): RngState;
}

export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state() as RngState;
}

export function resumeRng(state: RngState): Rng {
  const prng = seedrandom.alea('', { state: { ...state } });
  return { next: () => prng(), state: () => prng.state() as RngState };
}
