/**
 * The laptop hub's journal on disk: one file of JSON lines per class, appended as the class
 * changes, so a hub that stops or is killed is rebuilt from its files on the next start. Every
 * append is flushed to the disk (fsync) before the hub answers; appends arriving while a flush
 * runs are flushed together by the next one (group commit), so a class of 40 costs one flush
 * per burst, not one per turn. A crash (even a power cut) loses no acknowledged record; a line cut
 * short by a crash is skipped, a line that does not parse is skipped with a message. Ending a class
 * deletes its file.
 */
import { closeSync, fsync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ClassId, parseRecord, type Appended, type ClassStore, type JournalRecord } from './classStore.ts';

export class Journal implements ClassStore {
  private readonly counts = new Map<string, number>();
  private readonly files = new Map<string, number>();
  private readonly dirty = new Set<number>();
  private flushing: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    private readonly dir: string,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  private file(classId: string): string {
    return join(this.dir, `${ClassId.parse(classId)}.jsonl`);
  }

  /** One process writes the folder, so the count it keeps is the file's. */
  append(classId: string, count: number, records: readonly JournalRecord[]): Promise<Appended> {
    const have = this.counts.get(classId) ?? 0;
    if (have !== count) return Promise.resolve({ ok: false, count: have });
    let fd = this.files.get(classId);
    if (fd === undefined) this.files.set(classId, (fd = openSync(this.file(classId), 'a')));
    writeSync(fd, records.map((record) => `${JSON.stringify(record)}\n`).join(''));
    this.counts.set(classId, have + records.length);
    this.dirty.add(fd);
    return this.flush().then(() => ({ ok: true }));
  }

  /** Resolves once everything written so far is on the disk: one fsync round for all appends waiting. */
  private flush(): Promise<void> {
    if (!this.flushing) {
      this.flushing = this.fsyncDirty().finally(() => (this.flushing = null));
      return this.flushing;
    }
    // A flush is running: what was written after it started waits for the next one.
    this.next ??= this.flushing.then(() => {
      this.next = null;
      return this.flush();
    });
    return this.next;
  }

  private async fsyncDirty(): Promise<void> {
    const fds = [...this.dirty];
    this.dirty.clear();
    await Promise.all(fds.map((fd) => new Promise<void>((resolve) => fsync(fd, (error) => {
      if (error) this.log(`journal: flush to disk failed: ${error.message}`);
      resolve();
    }))));
  }

  async read(classId: string, from: number): Promise<JournalRecord[]> {
    return this.parse(`${classId}.jsonl`).slice(from);
  }

  async find(): Promise<null> {
    return null;
  }

  async remove(classId: string): Promise<void> {
    const fd = this.files.get(classId);
    if (fd !== undefined) {
      this.dirty.delete(fd);
      closeSync(fd);
    }
    this.files.delete(classId);
    this.counts.delete(classId);
    rmSync(this.file(classId), { force: true });
  }

  async close(): Promise<void> {
    await this.flush();
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
  }

  /** Every class's records, in the order written. */
  async load(): Promise<JournalRecord[][]> {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => {
        const records = this.parse(name);
        this.counts.set(name.slice(0, -'.jsonl'.length), records.length);
        return records;
      });
  }

  private parse(name: string): JournalRecord[] {
    let text: string;
    try {
      text = readFileSync(join(this.dir, name), 'utf8');
    } catch {
      return [];
    }
    const lines = text.split('\n');
    // The last element is empty after a complete line, or a line cut short by a crash.
    const torn = lines.pop();
    if (torn) {
      this.log(`journal ${name}: last line incomplete (a crash while writing), skipped`);
      // Cut it off, so the next record starts a line of its own.
      truncateSync(join(this.dir, name), Buffer.byteLength(text) - Buffer.byteLength(torn));
    }
    return lines.flatMap((line, i) => parseRecord(line, `${name}:${i + 1}`, this.log) ?? []);
  }
}
