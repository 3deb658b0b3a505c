/**
 * The one seeded generator: Alea (Johannes Baagøe), seeded by seedrandom's implementation and
 * stepped here with the same arithmetic. Its state travels inside the game state, so a saved
 * state resumes the same stream. Alea uses only integer and IEEE-exact arithmetic, so every
 * engine agrees; tests/engine/rng.test.ts checks the stream against seedrandom's own.
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

/** A generator resumed from a saved state: four numbers copied in, stepped in place. */
class Alea implements Rng {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;

  constructor(state: RngState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }

  state(): RngState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

export function resumeRng(state: RngState): Rng {
  return new Alea(state);
}
