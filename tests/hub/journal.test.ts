/** The laptop hub's journal file: appends only onto the records it holds, on disk when answered, and a torn line cut off. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../src/hub/classStore.ts';
import { Journal } from '../../src/hub/journal.ts';
import { info, statusQuo } from './fixture.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'btf-journal-'));
  dirs.push(dir);
  return dir;
}

const open: JournalRecord = { k: 'open', id: 'c1', code: 'ABCDEFGH', keyHash: 'a'.repeat(64), info, at: 1 };
const turn = (n: number): JournalRecord => ({ k: 'turn', s: 's1', t: statusQuo[n - 1]!, at: 1 + n });

describe('the journal file', () => {
  it('appends only onto the records it holds, and has them in the file when the append answers', async () => {
    const dir = folder();
    const journal = new Journal(dir);
    expect(await journal.append('c1', 0, [open])).toEqual({ ok: true });
    expect(await journal.append('c1', 0, [turn(1)])).toEqual({ ok: false, count: 1 });
    const appended = await Promise.all([journal.append('c1', 1, [turn(1)]), journal.append('c1', 2, [turn(2), turn(3)])]);
    expect(appended).toEqual([{ ok: true }, { ok: true }]);
    expect(readFileSync(join(dir, 'c1.jsonl'), 'utf8').trim().split('\n')).toHaveLength(4);
    expect(await journal.read('c1', 2)).toEqual([turn(2), turn(3)]);
    await journal.close();
    // A new start counts what the file holds.
    const again = new Journal(dir);
    expect(await again.load()).toEqual([[open, turn(1), turn(2), turn(3)]]);
    expect(await again.append('c1', 4, [turn(4)])).toEqual({ ok: true });
    await again.close();
  });

  it('cuts off a line torn by a crash, so the next record starts a line of its own and survives the next start', async () => {
    const dir = folder();
    const journal = new Journal(dir);
    await journal.append('c1', 0, [open, turn(1)]);
    await journal.close();
    appendFileSync(join(dir, 'c1.jsonl'), JSON.stringify(turn(2)).slice(0, 40));
    const lines: string[] = [];
    const after = new Journal(dir, (line) => lines.push(line));
    expect(await after.load()).toEqual([[open, turn(1)]]);
    expect(lines).toEqual(['journal c1.jsonl: last line incomplete (a crash while writing), skipped']);
    await after.append('c1', 2, [turn(2)]);
    await after.close();
    expect(await new Journal(dir).load()).toEqual([[open, turn(1), turn(2)]]);
  });
});
