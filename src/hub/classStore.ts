/**
 * Where a hub keeps its classes: an append-only journal of records per class, the records
 * defined here (a class opened, a student joined, a turn, a turn resent with other contents, a
 * control). Two stores: a folder of files on the teacher's laptop (journal.ts), and
 * Redis for hub processes sharing classes (redisJournal.ts). Appending is conditional — it
 * succeeds only if the class's journal holds exactly the records the caller has seen — so
 * processes deciding for the same class never interleave or duplicate records: the loser reads
 * what it missed and decides again. A record counts once the store has it durably.
 */
import { z } from 'zod';
import { ClassInfo, Control, LiveTurn, MAX_NAME_CHARS } from './protocol.ts';

const HexHash = z.string().regex(/^[0-9a-f]{64}$/);
export const ClassId = z.string().regex(/^[a-z0-9]{1,32}$/);
const Id = ClassId;

export const JournalRecord = z.discriminatedUnion('k', [
  z.strictObject({ k: z.literal('open'), id: Id, code: z.string().max(16), keyHash: HexHash, info: ClassInfo, at: z.number() }),
  z.strictObject({
    k: z.literal('join'),
    s: Id,
    name: z.string().max(MAX_NAME_CHARS),
    tokenHash: HexHash,
    /** The hash of the seat code shown on the student's screen, which moves the game to another computer. */
    seatHash: HexHash.optional(),
    /** The connection that holds the seat now (which process, which socket). */
    via: z.string().max(40).optional(),
    at: z.number(),
  }),
  z.strictObject({ k: z.literal('turn'), s: Id, t: LiveTurn, at: z.number() }),
  z.strictObject({ k: z.literal('conflict'), s: Id, turn: z.number().int(), at: z.number() }),
  z.strictObject({ k: z.literal('control'), control: Control, at: z.number() }),
]);
export type JournalRecord = z.infer<typeof JournalRecord>;

/** Parses one stored record; null (after a message) when it is not one. */
export function parseRecord(text: string, where: string, log: (line: string) => void): JournalRecord | null {
  try {
    const parsed = JournalRecord.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // reported below
  }
  log(`journal ${where}: not a journal record, skipped`);
  return null;
}


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
