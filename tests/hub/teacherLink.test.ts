/** The teacher's link against a real hub on loopback: the class, then each turn; rebuilt after a hub restart. */
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { HubMessage } from '../../src/hub/protocol.ts';
import type { SocketLike } from '../../src/hub/hubSocket.ts';
import { TeacherLink } from '../../src/hub/teacherLink.ts';
import { TestClient } from './client.ts';
import { afterThisTest, hubServer, tempDir } from './loopback.ts';
import { info, join, statusQuo, turnMessage } from './fixture.ts';

const hub = (journalDir: string, port = 0) => hubServer({ journalDir, port });

function teacher(port: number, code: string, key: string) {
  const received: HubMessage[] = [];
  const link = new TeacherLink({
    url: `ws://127.0.0.1:${port}/hub`,
    code,
    key,
    open: (url) => new WebSocket(url) as unknown as SocketLike,
    onMessage: (message) => received.push(message),
    onStatus: () => undefined,
    retryMs: () => 50,
  });
  afterThisTest(() => link.stop());
  link.start();
  return { link, received };
}

describe('the teacher\'s link to the hub', () => {
  it('takes the class, then each turn as it comes, and after a hub restart takes the class again with every turn', async () => {
    const dir = tempDir('btf-teacher-');
    let server = await hub(dir);
    const port = server.port;
    const opened = await server.hub.openClass(info);
    if ('error' in opened) throw new Error(opened.error);
    const { link, received } = teacher(port, opened.code, opened.key);
    await expect.poll(() => link.status).toBe('online');
    const ana = await TestClient.open(port);
    await ana.ask(join(opened.code, 'Ana'), 'welcome');
    await ana.ask(turnMessage(statusQuo[0]!), 'ack');
    await expect.poll(() => received.filter((m) => m.type === 'turn').length).toBe(1);
    expect(link.send({ type: 'pause', paused: true })).toBe(true);
    await expect.poll(() => received.some((m) => m.type === 'control' && m.control.paused)).toBe(true);
    await ana.close();
    await server.close();
    await expect.poll(() => link.status).toBe('offline');
    expect(link.send({ type: 'pause', paused: false })).toBe(false);
    server = await hub(dir, port);
    await expect.poll(() => received.filter((m) => m.type === 'class').length, { timeout: 5000 }).toBe(2);
    const again = received.filter((m) => m.type === 'class').at(-1)!;
    expect(again.type === 'class' && again.students.map((s) => [s.name, s.turns.length])).toEqual([['Ana', 1]]);
    expect(again.type === 'class' && again.control.paused).toBe(true);
  });

  it('stops with the hub\'s reason when the key is wrong', async () => {
    const dir = tempDir('btf-teacher-');
    const server = await hub(dir);
    const opened = await server.hub.openClass(info);
    if ('error' in opened) throw new Error(opened.error);
    const { link } = teacher(server.port, opened.code, '0'.repeat(32));
    await expect.poll(() => link.status).toBe('refused');
    expect(link.problem?.code).toBe('wrong-key');
  });
});
