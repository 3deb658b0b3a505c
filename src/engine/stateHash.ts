/**
 * The state hash, computed from the numbers of the state directly: every field in a fixed
 * order, each number as its 64 IEEE-754 bits, each string as its UTF-16 code units, mixed into
 * two 32-bit MurmurHash3 lanes with Math.imul. No JSON and no sorting on the way, so hashing a
 * state costs about as much as stepping one. 16 hex digits; see docs/adr/0005-numeric-state-hash.md.
 */
import type { CommunityState, GameState } from './state.ts';

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
// Typed arrays use the platform's byte order: read the low word first on every platform.
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

class Hasher {
  private h1 = 0x1b873593;
  private h2 = 0x85ebca6b;
  private length = 0;

  word(value: number): void {
    // MurmurHash3's block step, once per lane with different constants.
    let k = Math.imul(value, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    let h = this.h1 ^ k;
    h = (h << 13) | (h >>> 19);
    this.h1 = (Math.imul(h, 5) + 0xe6546b64) | 0;
    let j = Math.imul(value, 0x85ebca6b);
    j = (j << 16) | (j >>> 16);
    j = Math.imul(j, 0xc2b2ae35);
    let g = this.h2 ^ j;
    g = (g << 17) | (g >>> 15);
    this.h2 = (Math.imul(g, 9) + 0x38b34ae5) | 0;
    this.length++;
  }

  number(value: number): void {
    float[0] = value === 0 ? 0 : value; // -0 and 0 are the same state
    this.word(words[LOW]!);
    this.word(words[HIGH]!);
  }

  string(text: string): void {
    this.word(text.length);
    for (let i = 0; i < text.length; i++) this.word(text.charCodeAt(i));
  }

  /** A list's length first, so [1, 2], [3] and [1], [2, 3] hash apart. */
  numbers(values: readonly number[]): void {
    this.word(values.length);
    for (let i = 0; i < values.length; i++) this.number(values[i]!);
  }

  digest(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    return hex(finalMix(this.h2 ^ this.length)) + hex(finalMix(this.h1 ^ this.length));
  }
}

/** MurmurHash3's finalizer: every input bit moves every output bit. */
function finalMix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function hashState(state: GameState): string {
  const h = new Hasher();
  h.string(state.engineVersion);
  h.string(state.scenarioId);
  h.string(state.seed);
  h.number(state.turn);
  h.word(state.finished ? 1 : 0);
  h.number(state.rng.c);
  h.number(state.rng.s0);
  h.number(state.rng.s1);
  h.number(state.rng.s2);
  h.number(state.clanStrength);
  h.number(state.donorFunding);
  h.number(state.leafPrice);
  h.word(state.communities.length);
  for (const c of state.communities) {
    h.string(c.id);
    communityMetrics(h, c);
    h.numbers(c.licitMaturing);
    h.numbers(c.replantQueue);
  }
  h.numbers(state.recentEradication);
  h.number(state.budgetAdjustment);
  h.word(state.priceModifiers.length);
  for (const m of state.priceModifiers) {
    h.string(m.price);
    h.number(m.factor);
    h.number(m.turnsLeft);
    h.string(m.source);
  }
  h.word(state.pendingChoices.length);
  for (const p of state.pendingChoices) {
    h.string(p.key);
    h.string(p.eventId);
    h.string(p.community ?? '');
    h.word(p.community === null ? 0 : 1);
  }
  h.numbers(state.eventHistory);
  const levers = state.lastLevers;
  h.number(levers.eradicationPace);
  h.number(levers.developmentFunding);
  h.number(levers.committeeSupport);
  h.number(levers.committeeOversight);
  h.number(levers.militaryOperations);
  return h.digest();
}

/**
 * A community's metrics in COMMUNITY_METRICS order, read by name: a read by a variable key
 * (`c[metric]`) costs several times more and made hashing dearer than the turn it hashes. The
 * golden hashes in tests/engine keep this order, the globals' order (GLOBAL_METRICS) and the
 * levers' order (LEVER_IDS) in step with the vocabulary.
 */
function communityMetrics(h: Hasher, c: CommunityState): void {
  h.number(c.trust);
  h.number(c.security);
  h.number(c.insurgentInfluence);
  h.number(c.committeeStrength);
  h.number(c.soilHealth);
  h.number(c.grievanceEradication);
  h.number(c.grievanceAbuse);
  h.number(c.grievanceViolence);
  h.number(c.cocaHectares);
  h.number(c.licitHectares);
  h.number(c.eradicatedHectares);
  h.number(c.developmentInvested);
  h.number(c.abuses);
  h.number(c.reprisals);
  h.number(c.civilianHarm);
}
