/**
 * The hosted hub's journal in Redis, shared by every hub process: one stream per class
 * (`btf:class:<id>`, the records as the journal file has them, entry n with the id 0-n), the
 * class's code pointing at it (`btf:code:<code>`), and the set of open classes. Appending is one
 * Lua script, which Redis runs alone: it appends only if the stream holds exactly the records the
 * process has seen, so two processes can never interleave or duplicate a class's records. Every
 * key expires with the class's lifetime; ending a class deletes them. What Redis returns is
 * parsed like a journal file (records that do not parse are skipped, with a message).
 */
import { createClient } from 'redis';
import { parseRecord, type Appended, type ClassStore, type JournalRecord } from './classStore.ts';

export const connectRedis = (url: string) => createClient({ url });
export type RedisClient = ReturnType<typeof connectRedis>;

const CLASSES = 'btf:classes';
const stream = (classId: string) => `btf:class:${classId}`;
const codeKey = (code: string) => `btf:code:${code}`;

/** KEYS: the stream; ARGV: the count seen, the lifetime (ms), then the records. -1 when appended, else the stream's length. */
const APPEND = `
local n = redis.call('XLEN', KEYS[1])
if n ~= tonumber(ARGV[1]) then return n end
for i = 3, #ARGV do redis.call('XADD', KEYS[1], '0-' .. (n + i - 2), 'r', ARGV[i]) end
if n == 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return -1`;

export class RedisJournal implements ClassStore {
  constructor(
    private readonly redis: RedisClient,
    /** How long a class's keys live (the class's lifetime). */
    private readonly lifetimeMs: number,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  async append(classId: string, count: number, records: readonly JournalRecord[]): Promise<Appended> {
    const result = Number(await this.redis.eval(APPEND, { keys: [stream(classId)], arguments: [String(count), String(this.lifetimeMs), ...records.map((r) => JSON.stringify(r))] }));
    if (result !== -1) return { ok: false, count: result };
    const open = records[0]?.k === 'open' ? records[0] : null;
    if (open) {
      await this.redis.set(codeKey(open.code), classId, { PX: this.lifetimeMs });
      await this.redis.sAdd(CLASSES, classId);
    }
    return { ok: true };
  }

  async read(classId: string, from: number): Promise<JournalRecord[]> {
    const entries = await this.redis.xRange(stream(classId), from === 0 ? '-' : `(0-${from}`, '+');
    return (entries ?? []).flatMap((entry) => parseRecord(String(entry.message['r']), `${classId} ${entry.id}`, this.log) ?? []);
  }

  async find(code: string): Promise<JournalRecord[] | null> {
    const classId = await this.redis.get(codeKey(code));
    if (!classId) return null;
    const records = await this.read(classId, 0);
    return records.length ? records : null;
  }

  async load(): Promise<JournalRecord[][]> {
    const classes: JournalRecord[][] = [];
    for (const classId of await this.redis.sMembers(CLASSES)) {
      const records = await this.read(classId, 0);
      // Expired with its lifetime: forgotten.
      if (records.length) classes.push(records);
      else await this.redis.sRem(CLASSES, classId);
    }
    return classes;
  }

  async remove(classId: string, code: string): Promise<void> {
    await this.redis.del([stream(classId), codeKey(code)]);
    await this.redis.sRem(CLASSES, classId);
  }

  async close(): Promise<void> {
    // The client belongs to the server, which closes it.
  }
}
