/**
 * The hub's append-only journal on disk: one file of JSON lines per class, each line written
 * (synchronously, before the hub answers) as the class changes, so a hub that stops or is killed
 * is rebuilt from its files on the next start with nothing lost. A line cut short by a crash is
 * skipped; a line that does not parse is skipped with a message. Ending a class deletes its file.
 */
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ClassInfo, Control, LiveTurn, MAX_NAME_CHARS } from './protocol.ts';

const HexHash = z.string().regex(/^[0-9a-f]{64}$/);
const Id = z.string().regex(/^[a-z0-9]{1,32}$/);

export const JournalRecord = z.discriminatedUnion('k', [
  z.strictObject({ k: z.literal('open'), id: Id, code: z.string().max(16), keyHash: HexHash, info: ClassInfo, at: z.number() }),
  z.strictObject({ k: z.literal('join'), s: Id, name: z.string().max(MAX_NAME_CHARS), tokenHash: HexHash, at: z.number() }),
  z.strictObject({ k: z.literal('turn'), s: Id, t: LiveTurn, at: z.number() }),
  z.strictObject({ k: z.literal('conflict'), s: Id, turn: z.number().int(), at: z.number() }),
  z.strictObject({ k: z.literal('control'), control: Control, at: z.number() }),
]);
export type JournalRecord = z.infer<typeof JournalRecord>;

export class Journal {
  constructor(
    private readonly dir: string,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  private file(classId: string): string {
    return join(this.dir, `${Id.parse(classId)}.jsonl`);
  }

  append(classId: string, record: JournalRecord): void {
    appendFileSync(this.file(classId), `${JSON.stringify(record)}\n`);
  }

  remove(classId: string): void {
    rmSync(this.file(classId), { force: true });
  }

  /** Every class's records, in the order written. */
  load(): JournalRecord[][] {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => {
        const lines = readFileSync(join(this.dir, name), 'utf8').split('\n');
        // The last element is empty after a complete line, or a line cut short by a crash.
        const torn = lines.pop();
        if (torn) this.log(`journal ${name}: last line incomplete (a crash while writing), skipped`);
        return lines.flatMap((line, i) => {
          try {
            const parsed = JournalRecord.safeParse(JSON.parse(line));
            if (parsed.success) return [parsed.data];
          } catch {
            // reported below
          }
          this.log(`journal ${name}:${i + 1}: not a journal record, skipped`);
          return [];
        });
      });
  }
}
