/** The student's link against a real hub on loopback: sending, holding back, reconnecting. */
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { SocketLike } from '../../src/hub/hubSocket.ts';
import { resumeFrom, StudentLink } from '../../src/hub/studentLink.ts';
import type { LiveTurn } from '../../src/hub/protocol.ts';
import { TestClient } from './client.ts';
import { afterThisTest, hubServer, tempDir } from './loopback.ts';
import { historical, info, statusQuo } from './fixture.ts';

const hub = (journalDir: string, port = 0) => hubServer({ journalDir, port });

function link(port: number, code: string, name = 'Ana', played: LiveTurn[] = []) {
  const changes: string[] = [];
  const student = new StudentLink({
    url: `ws://127.0.0.1:${port}/hub`,
    code,
    name,
    scenarioHashes: [info.scenarioHash],
    engineVersion: info.engineVersion,
    open: (url) => new WebSocket(url) as unknown as SocketLike,
    played,
    onWelcome: () => undefined,
    onChange: () => changes.push(student.status),
    retryMs: () => 50,
  });
  afterThisTest(() => student.stop());
  student.start();
  return { student, changes };
}

async function teacherTurns(port: number, code: string, key: string): Promise<number[]> {
  const t = await TestClient.open(port);
  const snapshot = await t.ask({ type: 'teach', code, key }, 'class');
  await t.close();
  return snapshot.students.flatMap((s) => s.turns.map((x) => x.turn));
}

describe('the student\'s link to the hub', () => {
  it('sends each turn once, and after a hub restart resends only what the hub lacks', async () => {
    const dir = tempDir('btf-link-');
    let server = await hub(dir);
    const port = server.port;
    const opened = await server.hub.openClass(info);
    if ('error' in opened) throw new Error(opened.error);
    const { student } = link(port, opened.code);
    await expect.poll(() => student.status).toBe('online');
    for (const turn of statusQuo.slice(0, 3)) student.push(turn);
    await expect.poll(() => student.have).toBe(3);
    await server.close();
    await expect.poll(() => student.status).toBe('offline');
    // Played while the hub is down: kept, then sent.
    student.push(statusQuo[3]!);
    student.push(statusQuo[4]!);
    expect(student.pending).toBe(2);
    server = await hub(dir, port);
    await expect.poll(() => student.have, { timeout: 5000 }).toBe(5);
    expect(student.status).toBe('online');
    expect(await teacherTurns(port, opened.code, opened.key)).toEqual([1, 2, 3, 4, 5]);
  });

  it('holds turns back while the class is paused or waits for the next turn, and sends them when allowed', async () => {
    const dir = tempDir('btf-link-');
    const server = await hub(dir);
    const opened = await server.hub.openClass(info);
    if ('error' in opened) throw new Error(opened.error);
    const t = await TestClient.open(server.port);
    afterThisTest(() => t.close());
    await t.ask({ type: 'teach', code: opened.code, key: opened.key }, 'class');
    await t.ask({ type: 'release', through: 1 }, 'control');
    const { student } = link(server.port, opened.code);
    await expect.poll(() => student.status).toBe('online');
    expect(student.mayPlay(1)).toBe(true);
    expect(student.mayPlay(2)).toBe(false);
    student.push(statusQuo[0]!);
    await expect.poll(() => student.have).toBe(1);
    t.send({ type: 'pause', paused: true });
    await expect.poll(() => student.control.paused).toBe(true);
    expect(student.mayPlay(2)).toBe(false);
    t.send({ type: 'pause', paused: false });
    t.send({ type: 'release', through: 2 });
    await expect.poll(() => student.mayPlay(2)).toBe(true);
    student.push(statusQuo[1]!);
    await expect.poll(() => student.have).toBe(2);
  });

  it('stops with the hub\'s reason when the join is refused', async () => {
    const dir = tempDir('btf-link-');
    const server = await hub(dir);
    const { student } = link(server.port, 'ABCDEFGH');
    await expect.poll(() => student.status).toBe('refused');
    expect(student.problem?.code).toBe('wrong-code');
  });

  it('resumes a reloaded page from its saved turns, sending the ones the hub lacks', async () => {
    const dir = tempDir('btf-link-');
    const server = await hub(dir);
    const opened = await server.hub.openClass(info);
    if ('error' in opened) throw new Error(opened.error);
    const { student } = link(server.port, opened.code, 'Ana', statusQuo.slice(0, 4));
    await expect.poll(() => student.have).toBe(4);
    expect(await teacherTurns(server.port, opened.code, opened.key)).toEqual([1, 2, 3, 4]);
  });

  it('resumes from the page\'s own turns when the hub\'s are the first of them, else from the hub\'s', () => {
    expect(resumeFrom(statusQuo.slice(0, 4), statusQuo.slice(0, 2))).toEqual(statusQuo.slice(0, 4));
    expect(resumeFrom(statusQuo.slice(0, 2), statusQuo.slice(0, 4))).toEqual(statusQuo.slice(0, 4));
    expect(resumeFrom(historical.slice(0, 3), statusQuo.slice(0, 2))).toEqual(statusQuo.slice(0, 2));
    expect(resumeFrom([], [])).toEqual([]);
  });
});
