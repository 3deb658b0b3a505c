/**
 * Applies attributed deltas to working values, one at a time, clamping each to its metric's
 * range and recording the amount actually applied, so the recorded deltas always sum exactly to
 * each metric's change. Values live in one flat array addressed by slot (./slots.ts) because
 * this is the engine's hottest loop; the record is kept in parallel arrays (./record.ts).
 */
import { COMMUNITY_METRICS, GLOBAL_METRICS } from '../scenario/vocabulary.ts';
import type { ExplanationRecord } from './record.ts';
import { saturatedUnits } from './saturation.ts';
import { METRIC_COUNT, globalSlot } from './slots.ts';
import type { CommunityState, GameState, GlobalMetrics } from './state.ts';
import type { ScenarioTables } from './tables.ts';
import { METRIC_MAX } from './units.ts';

const COMMUNITY_MAX = COMMUNITY_METRICS.map((metric) => METRIC_MAX[metric]);
const GLOBAL_MAX = GLOBAL_METRICS.map((metric) => METRIC_MAX[metric]);

export class Ledger {
  /** Values at the start of the turn, by slot: what saturating steps measure their room from. */
  readonly opening: number[] = [];
  private readonly values: number[] = [];
  private readonly globalValues: number[] = [0, 0, 0];
  private readonly globalOpening: number[] = [0, 0, 0];
  // The record's working lists, kept from turn to turn and written from the start again (see
  // record): grown a few times over the first turns, not a few times every turn.
  private readonly causes: number[] = [];
  private readonly slots: number[] = [];
  private readonly amounts: number[] = [];
  private recorded = 0;
  // Set by open, which the constructor calls.
  private state!: GameState;
  private explain!: boolean;

  constructor(
    state: GameState,
    explain: boolean,
    private readonly tables: ScenarioTables,
  ) {
    // Plain arrays of the scenario's size, filled by push so V8 keeps them packed, then written
    // in place turn after turn: allocating them (typed or not) each turn cost more than the rest
    // of the ledger's setup.
    for (let i = 0; i < tables.communityIds.length * METRIC_COUNT; i++) {
      this.values.push(0);
      this.opening.push(0);
    }
    this.open(state, explain);
  }

  /**
   * Starts a turn from a state: its values loaded, the record empty. step keeps one ledger per
   * scenario and opens it each turn (see ./workspace.ts); nothing of the last turn survives.
   */
  open(state: GameState, explain: boolean): void {
    this.state = state;
    this.explain = explain;
    const values = this.values;
    const opening = this.opening;
    for (let i = 0; i < state.communities.length; i++) loadCommunity(state.communities[i]!, values, i * METRIC_COUNT);
    for (let i = 0; i < values.length; i++) opening[i] = values[i]!;
    // GLOBAL_METRICS order, written by name (a read by a variable key costs several times more).
    this.globalValues[0] = this.globalOpening[0] = state.clanStrength;
    this.globalValues[1] = this.globalOpening[1] = state.donorFunding;
    this.globalValues[2] = this.globalOpening[2] = state.leafPrice;
    this.recorded = 0;
  }

  get communityCount(): number {
    return this.state.communities.length;
  }

  /** The current value at a community slot. */
  at(slot: number): number {
    return this.values[slot]!;
  }

  globalAt(slot: number): number {
    return this.globalValues[-1 - slot]!;
  }

  /**
   * Adds an amount at a slot (community slots >= 0, region-wide < 0), clamped; when explaining,
   * records it with its cause (an index into the scenario's table of causes).
   */
  add(slot: number, amount: number, cause: number): void {
    let before: number;
    let after: number;
    if (slot < 0) {
      const g = -1 - slot;
      before = this.globalValues[g]!;
      after = clampTo(before + amount, GLOBAL_MAX[g]!);
      this.globalValues[g] = after;
    } else {
      before = this.values[slot]!;
      after = clampTo(before + amount, COMMUNITY_MAX[slot % METRIC_COUNT]!);
      this.values[slot] = after;
    }
    if (!this.explain || after === before) return;
    // At most one past the end: the lists stay packed.
    const n = this.recorded++;
    this.causes[n] = cause;
    this.slots[n] = slot;
    this.amounts[n] = after - before;
  }

  /**
   * Applies a change from a mechanism or an event card: trust, security, insurgent influence and
   * the armed group's strength through the saturating step (../saturation.ts), other metrics
   * rounded to whole units.
   */
  change(slot: number, amount: number, cause: number): void {
    let units: number;
    if (slot >= 0 && slot % METRIC_COUNT < 3) units = saturatedUnits(this.opening[slot]!, this.values[slot]!, amount);
    else if (slot === CLAN_SLOT) units = saturatedUnits(this.globalOpening[-1 - slot]!, this.globalValues[-1 - slot]!, amount);
    else units = Math.round(amount);
    if (units !== 0) this.add(slot, units, cause);
  }

  /** What was recorded this turn, in lists of its own (the report keeps them): empty when the explanation record is off. */
  record(): ExplanationRecord {
    const n = this.recorded;
    return {
      causes: this.tables.causes,
      communities: this.tables.communityIds,
      cause: this.causes.slice(0, n),
      slot: this.slots.slice(0, n),
      amount: this.amounts.slice(0, n),
    };
  }

  globals(): GlobalMetrics {
    const g = this.globalValues;
    return { clanStrength: g[0]!, donorFunding: g[1]!, leafPrice: g[2]! };
  }

  /** A community's next state: the ledger's values and the given queues. */
  community(index: number, licitMaturing: readonly number[], replantQueue: readonly number[]): CommunityState {
    const v = this.values;
    const o = index * METRIC_COUNT;
    // Same order as COMMUNITY_METRICS (named reads and writes: see loadCommunity).
    return {
      id: this.state.communities[index]!.id,
      trust: v[o]!,
      security: v[o + 1]!,
      insurgentInfluence: v[o + 2]!,
      committeeStrength: v[o + 3]!,
      soilHealth: v[o + 4]!,
      grievanceEradication: v[o + 5]!,
      grievanceAbuse: v[o + 6]!,
      grievanceViolence: v[o + 7]!,
      cocaHectares: v[o + 8]!,
      licitHectares: v[o + 9]!,
      eradicatedHectares: v[o + 10]!,
      developmentInvested: v[o + 11]!,
      abuses: v[o + 12]!,
      reprisals: v[o + 13]!,
      civilianHarm: v[o + 14]!,
      licitMaturing,
      replantQueue,
    };
  }
}

const CLAN_SLOT = globalSlot('clanStrength');

const clampTo = (x: number, max: number): number => (x < 0 ? 0 : x > max ? max : x);

/**
 * Writes a community's metrics into the flat array in COMMUNITY_METRICS order from `o`. Named
 * property reads, because reading by a variable key is several times slower here; the ledger
 * tests check that a turn with no change reproduces every metric.
 */
function loadCommunity(c: CommunityState, v: number[], o: number): void {
  v[o] = c.trust;
  v[o + 1] = c.security;
  v[o + 2] = c.insurgentInfluence;
  v[o + 3] = c.committeeStrength;
  v[o + 4] = c.soilHealth;
  v[o + 5] = c.grievanceEradication;
  v[o + 6] = c.grievanceAbuse;
  v[o + 7] = c.grievanceViolence;
  v[o + 8] = c.cocaHectares;
  v[o + 9] = c.licitHectares;
  v[o + 10] = c.eradicatedHectares;
  v[o + 11] = c.developmentInvested;
  v[o + 12] = c.abuses;
  v[o + 13] = c.reprisals;
  v[o + 14] = c.civilianHarm;
}
