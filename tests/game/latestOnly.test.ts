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
