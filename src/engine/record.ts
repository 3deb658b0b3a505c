/**
 * The explanation record of a turn: every change the ledger applied, with its cause, kept in
 * parallel arrays (one number per column per change) rather than one object per change, so
 * recording costs little. `deltasOf` turns it into Delta objects for the screens that read it.
 */
import { COMMUNITY_METRICS, GLOBAL_METRICS, type CommunityMetric, type GlobalMetric } from '../scenario/vocabulary.ts';
import { METRIC_COUNT } from './slots.ts';

/** What a change is attributed to: a mechanism id (or `event:<id>`) and its evidence note. */
export interface Cause {
  readonly mechanism: string;
  readonly evidence: string;
}

export interface Delta {
  /** A mechanism id, or `event:<id>` for an event card. */
  readonly mechanism: string;
  /** Community id, or null for a region-wide metric. */
  readonly community: string | null;
  readonly metric: CommunityMetric | GlobalMetric;
  /** Whole internal units (hundredths of a point for indexes). */
  readonly amount: number;
  readonly evidence: string;
}

export interface ExplanationRecord {
  /** The scenario's table of causes and community ids, shared by every turn. */
  readonly causes: readonly Cause[];
  readonly communities: readonly string[];
  /** Per change: index into `causes`, ledger slot (see ./slots.ts), amount applied. */
  readonly cause: readonly number[];
  readonly slot: readonly number[];
  readonly amount: readonly number[];
}

export function recordLength(record: ExplanationRecord): number {
  return record.cause.length;
}

/** The change at position i as an object. */
function deltaAt(record: ExplanationRecord, i: number): Delta {
  const cause = record.causes[record.cause[i]!]!;
  const slot = record.slot[i]!;
  return {
    mechanism: cause.mechanism,
    community: slot < 0 ? null : record.communities[Math.floor(slot / METRIC_COUNT)]!,
    metric: slot < 0 ? GLOBAL_METRICS[-1 - slot]! : COMMUNITY_METRICS[slot % METRIC_COUNT]!,
    amount: record.amount[i]!,
    evidence: cause.evidence,
  };
}

/** Every change of the record as objects, in the order applied. */
export function deltasOf(record: ExplanationRecord): Delta[] {
  const deltas: Delta[] = [];
  for (let i = 0; i < record.cause.length; i++) deltas.push(deltaAt(record, i));
  return deltas;
}
