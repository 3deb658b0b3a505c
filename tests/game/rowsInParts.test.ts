import { describe, expect, it } from 'vitest';
import { rowsInParts } from '../../src/game/ui/rowsInParts.ts';

/** A table body and its table as rowsInParts sees them: what was appended, in which call, and the busy mark. */
function table() {
  const calls: string[][] = [];
  const busy: string[] = [];
  return {
    calls,
    busy,
    body: { isConnected: true, append: (...rows: string[]) => void calls.push(rows) },
    mark: { setAttribute: (_: 'aria-busy', value: string) => void busy.push(value) },
  };
}

/** A wait the test releases by hand, one task at a time. */
function steps() {
  const waiting: (() => void)[] = [];
  return {
    wait: () => new Promise<void>((resolve) => waiting.push(resolve)),
    release: async () => {
      waiting.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    },
    get pending() {
      return waiting.length;
    },
  };
}

describe('rowsInParts', () => {
  it('adds the first part at once and each later part in a task of its own, every row once and in order', async () => {
    const t = table();
    const s = steps();
    const items = Array.from({ length: 11 }, (_, i) => i);
    const done = rowsInParts(t.body, t.mark, items, (i) => `row ${i}`, 4, s.wait);
    expect(t.calls).toEqual([['row 0', 'row 1', 'row 2', 'row 3']]);
    expect(t.busy).toEqual(['true']);
    await s.release();
    expect(t.calls).toHaveLength(2);
    expect(t.busy).toEqual(['true']);
    await s.release();
    await done;
    expect(t.calls.map((c) => c.length)).toEqual([4, 4, 3]);
    expect(t.calls.flat()).toEqual(items.map((i) => `row ${i}`));
    expect(t.busy).toEqual(['true', 'false']);
    expect(s.pending).toBe(0);
  });

  it('draws a short table whole, never marked busy', async () => {
    const t = table();
    const s = steps();
    await rowsInParts(t.body, t.mark, [1, 2, 3], String, 4, s.wait);
    expect(t.calls).toEqual([['1', '2', '3']]);
    expect(t.busy).toEqual(['false', 'false']);
    expect(s.pending).toBe(0);
  });

  it('stops once its table has left the page (drawn again meanwhile)', async () => {
    const t = table();
    const s = steps();
    const done = rowsInParts(t.body, t.mark, Array.from({ length: 10 }, (_, i) => i), String, 4, s.wait);
    t.body.isConnected = false;
    await s.release();
    await done;
    expect(t.calls).toEqual([['0', '1', '2', '3']]);
    expect(s.pending).toBe(0);
  });

  it('waits a task between parts by default', async () => {
    const t = table();
    const done = rowsInParts(t.body, t.mark, Array.from({ length: 120 }, (_, i) => i), String);
    expect(t.calls.flat()).toHaveLength(50);
    await done;
    expect(t.calls.map((c) => c.length)).toEqual([50, 50, 20]);
  });
});
