/** The hosted hub's journal in Redis: two processes appending to one class never interleave; keys expire with the class and go when it ends. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisInstalled, startLocalRedis, type LocalRedis } from '../../src/cli/localRedis.ts';
import type { JournalRecord } from '../../src/hub/classStore.ts';
import { connectRedis, RedisJournal, type RedisClient } from '../../src/hub/redisJournal.ts';
import { info, statusQuo } from './fixture.ts';

const open: JournalRecord = { k: 'open', id: 'c1', code: 'ABCDEFGH', keyHash: 'a'.repeat(64), info, at: 1 };
const turn = (n: number): JournalRecord => ({ k: 'turn', s: 's1', t: statusQuo[n - 1]!, at: 1 + n });

describe.skipIf(!redisInstalled())('the journal in Redis', () => {
  let redis: LocalRedis;
  const clients: RedisClient[] = [];

  beforeAll(async () => {
    redis = await startLocalRedis();
    for (let i = 0; i < 2; i++) {
      const client = connectRedis(redis.url);
      await client.connect();
      clients.push(client);
    }
  }, 30_000);
  afterAll(async () => {
    for (const client of clients) await client.quit();
    await redis?.stop();
  });

  it('appends only onto the records a process has seen, so two processes deciding at once cannot both append', async () => {
    const [one, two] = clients.map((c) => new RedisJournal(c, 60_000)) as [RedisJournal, RedisJournal];
    expect(await one.append('c1', 0, [open])).toEqual({ ok: true });
    // Both processes have seen the open record and decide turn 1 at once: one wins, the other hears how far the class is.
    const raced = await Promise.all([one.append('c1', 1, [turn(1)]), two.append('c1', 1, [{ ...turn(1), at: 99 }])]);
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
    expect(raced.find((r) => !r.ok)).toEqual({ ok: false, count: 2 });
    expect(await two.read('c1', 1)).toHaveLength(1);
    expect(await two.append('c1', 2, [turn(2), turn(3)])).toEqual({ ok: true });
    expect((await one.read('c1', 2)).map((r) => r.k === 'turn' && r.t.turn)).toEqual([2, 3]);
    // Another process finds the class by its code, or at its start; the keys expire with the class.
    expect((await two.find('ABCDEFGH'))?.length).toBe(4);
    expect((await two.load()).map((records) => records.length)).toEqual([4]);
    expect(await clients[0]!.pTTL('btf:class:c1')).toBeGreaterThan(0);
    expect(await clients[0]!.pTTL('btf:code:ABCDEFGH')).toBeGreaterThan(0);
    // Ending the class deletes it.
    await one.remove('c1', 'ABCDEFGH');
    expect(await two.find('ABCDEFGH')).toBeNull();
    expect(await two.load()).toEqual([]);
  });

  it('skips what does not parse as a record, with a message', async () => {
    const lines: string[] = [];
    const journal = new RedisJournal(clients[0]!, 60_000, (line) => lines.push(line));
    await journal.append('c2', 0, [{ ...open, id: 'c2', code: 'BCDEFGHJ' }]);
    await clients[0]!.xAdd('btf:class:c2', '0-2', { r: '{"k":"turn"}' });
    expect(await journal.read('c2', 0)).toHaveLength(1);
    expect(lines).toEqual(['journal c2 0-2: not a journal record, skipped']);
  });
});
