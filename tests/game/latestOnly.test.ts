import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/game/ui/latestOnly.ts';

describe('latestOnly', () => {
  it('runs one request at a time and drops those a newer request overtook', async () => {
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const run = latestOnly((n: number) => {
      started.push(n);
      return new Promise<number>((resolve) => releases.push(() => resolve(n * 10)));
    });
    const first = run(1);
    const second = run(2);
    const third = run(3);
    await Promise.resolve();
    expect(started).toEqual([1]);
    releases[0]!();
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([1, 3]);
    releases[1]!();
    expect(await third).toBe(30);
  });

  it('answers a lone request', async () => {
    expect(await latestOnly(async (n: number) => n + 1)(4)).toBe(5);
  });
});

describe('latestOnly, a request in stages', () => {
  it('tells a running request when a newer one waits', async () => {
    const seen: boolean[] = [];
    let release!: () => void;
    const run = latestOnly(async (n: number, stale: () => boolean) => {
      seen.push(stale());
      if (n === 1) await new Promise<void>((resolve) => (release = resolve));
      seen.push(stale());
      return n;
    });
    const first = run(1);
    await Promise.resolve();
    const second = run(2);
    release();
    expect(await first).toBeNull();
    expect(await second).toBe(2);
    expect(seen).toEqual([false, true, false, false]);
  });
});
