/**
 * Where a hub keeps its classes: an append-only journal of records per class (see journal.ts
 * for the records). Two stores: a folder of files on the teacher's laptop (journal.ts), and
 * Redis for hub processes sharing classes (redisJournal.ts). Appending is conditional — it
 * succeeds only if the class's journal holds exactly the records the caller has seen — so
 * processes deciding for the same class never interleave or duplicate records: the loser reads
 * what it missed and decides again. A record counts once the store has it durably.
 */
import type { JournalRecord } from './journal.ts';

export type Appended = { ok: true } | { ok: false; count: number };

export interface ClassStore {
  /** Every class's records, in order (at a hub's start). */
  load(): Promise<JournalRecord[][]>;
  /** Appends records to a class's journal if it holds exactly `count` records; else says how many it holds. */
  append(classId: string, count: number, records: readonly JournalRecord[]): Promise<Appended>;
  /** A class's records from index `from` (0-based) on. */
  read(classId: string, from: number): Promise<JournalRecord[]>;
  /** The records of the class with this code, if the store has it (opened by another process). */
  find(code: string): Promise<JournalRecord[] | null>;
  /** Deletes a class's journal. */
  remove(classId: string, code: string): Promise<void>;
  close(): Promise<void>;
}
