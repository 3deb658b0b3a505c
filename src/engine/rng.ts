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

type Alea = ReturnType<typeof seedrandom.alea>;

/**
 * Generators parked exactly at the state they saved, so the next turn of the same game goes on
 * without rebuilding one (rebuilding costs a tenth of a turn). Taking a generator out removes
 * it: stepping the same state twice (a branch) rebuilds from the saved numbers, as it must.
 */
const parked = new WeakMap<RngState, Alea>();

class ParkingRng implements Rng {
  constructor(private readonly prng: Alea) {}

  next(): number {
    return this.prng();
  }

  state(): RngState {
    const saved = this.prng.state() as RngState;
    parked.set(saved, this.prng);
    return saved;
  }
}

export function resumeRng(state: RngState): Rng {
  const prng = parked.get(state) ?? seedrandom.alea('', { state: { ...state } });
  parked.delete(state);
  return new ParkingRng(prng);
}
