/**
 * The hub on loopback, with real sockets: joining, relaying, and the faults a classroom network
 * brings (reconnection mid-turn, a hub restart, duplicated and reordered messages, forged and
 * cross-student messages, a full hub, hostile messages). Each test starts its own hub on a free
 * port and stops it.
 */
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HubServer } from '../../src/hub/server.ts';
import { TestClient } from './client.ts';
import { afterThisTest, hubServer, tempDir } from './loopback.ts';
import { historical, info, join, statusQuo, turnMessage } from './fixture.ts';


async function client(server: HubServer): Promise<TestClient> {
  const c = await TestClient.open(server.port);
  afterThisTest(() => c.close());
  return c;
}

async function open(server: HubServer) {
  const opened = await server.hub.openClass(info);
  if ('error' in opened) throw new Error(opened.error);
  return opened;
}

async function teacher(server: HubServer, code: string, key: string) {
  const t = await client(server);
  const snapshot = await t.ask({ type: 'teach', code, key }, 'class');
  return { t, snapshot };
}

/** Waits until the teacher has received `count` turn messages. */
async function turnsSeen(t: TestClient, count: number) {
  for (let i = 0; i < 100 && t.received.filter((m) => m.type === 'turn').length < count; i++) await new Promise((r) => setTimeout(r, 10));
  return t.received.filter((m) => m.type === 'turn');
}

describe('live class hub', () => {
  it('relays each student\'s turns to the teacher, and nothing of other students to a student', async () => {
    const server = await hubServer();
    const { code, key } = await open(server);
    const { t } = await teacher(server, code, key);
    const ana = await client(server);
    const ben = await client(server);
    const welcome = await ana.ask(join(code, 'Ana'), 'welcome');
    expect(welcome.class).toEqual(info);
    expect(welcome.turns).toEqual([]);
    await ben.ask(join(code.toLowerCase().replace(/^(....)/, '$1-'), 'Ben'), 'welcome');
    expect((await ana.ask(turnMessage(statusQuo[0]!), 'ack')).have).toBe(1);
    expect((await ben.ask(turnMessage(historical[0]!), 'ack')).have).toBe(1);
    expect((await ana.ask(turnMessage(statusQuo[1]!), 'ack')).have).toBe(2);
    const relayed = await turnsSeen(t, 3);
    expect(relayed.map((m) => m.type === 'turn' && [m.student, m.turn, m.stateHash])).toEqual([
      ['s1', 1, statusQuo[0]!.stateHash],
      ['s2', 1, historical[0]!.stateHash],
      ['s1', 2, statusQuo[1]!.stateHash],
    ]);
    // A student's page hears only about its own game.
    for (const m of [...ana.received, ...ben.received]) expect(['welcome', 'ack']).toContain(m.type);
    expect(JSON.stringify(ana.received)).not.toContain(historical[0]!.stateHash);
  });

  it('acknowledges a duplicated turn once, answers a turn ahead with what it has, and flags a turn resent with other contents', async () => {
    const server = await hubServer();
    const { code, key } = await open(server);
    const { t } = await teacher(server, code, key);
    const ana = await client(server);
    await ana.ask(join(code, 'Ana'), 'welcome');
    await ana.ask(turnMessage(statusQuo[0]!), 'ack');
    expect((await ana.ask(turnMessage(statusQuo[0]!), 'ack')).have).toBe(1); // duplicate
    expect((await ana.ask(turnMessage(statusQuo[2]!), 'ack')).have).toBe(1); // ahead: turn 2 is missing
    expect((await ana.ask(turnMessage(statusQuo[1]!), 'ack')).have).toBe(2);
    expect((await ana.ask(turnMessage(statusQuo[2]!), 'ack')).have).toBe(3);
    // Turn 2 again with another student's contents: flagged, the first one stays.
    const conflict = await ana.ask(turnMessage({ ...historical[1]!, turn: 2 }), 'error');
    expect(conflict.code).toBe('turn-conflict');
    expect((await t.next('conflict')).turn).toBe(2);
    const relayed = await turnsSeen(t, 3);
    expect(relayed.map((m) => m.type === 'turn' && m.turn)).toEqual([1, 2, 3]);
    const again = await teacher(server, code, key);
    expect(again.snapshot.students[0]!.turns.map((x) => x.stateHash)).toEqual(statusQuo.slice(0, 3).map((x) => x.stateHash));
    expect(again.snapshot.students[0]!.conflicts).toEqual([2]);
  });

  it('answers a connection\'s messages in the order sent, a join and a turn sent together included', async () => {
    const server = await hubServer();
    const { code } = await open(server);
    const ana = await client(server);
    ana.send(join(code, 'Ana'));
    ana.send(turnMessage(statusQuo[0]!));
    ana.send('not json');
    await ana.next('error');
    expect(ana.received.map((m) => (m.type === 'ack' ? `ack ${m.have}` : m.type))).toEqual(['welcome', 'ack 1', 'error']);
  });

  it('resumes a student who reconnects mid-turn, on the same page (token) or another computer (seat code), never by the name alone', async () => {
    const server = await hubServer();
    const { code, key } = await open(server);
    const { t } = await teacher(server, code, key);
    const first = await client(server);
    const welcome = await first.ask(join(code, 'Ana'), 'welcome');
    expect(welcome.seat).toMatch(/^[A-Z2-9]{8}$/);
    await first.ask(turnMessage(statusQuo[0]!), 'ack');
    // The page sends turn 2 and loses the network before the answer.
    first.send(turnMessage(statusQuo[1]!));
    first.socket.terminate();
    await t.next('student');
    const same = await client(server);
    const back = await same.ask(join(code, 'ana', { token: welcome.token }), 'welcome');
    expect(back.name).toBe('Ana');
    expect(back.seat).toBeUndefined();
    expect(back.turns.length).toBeGreaterThanOrEqual(1);
    // The page resends from what the hub has; a turn it had already received is a duplicate.
    for (const turn of statusQuo.slice(back.turns.length, 3)) await same.ask(turnMessage(turn), 'ack');
    // A classmate typing the name is refused, whether Ana's page is open or not, and so is a wrong seat code.
    const stranger = await client(server);
    expect((await stranger.ask(join(code, 'ANA'), 'error')).message).toMatch(/seat code/);
    expect((await stranger.ask(join(code, 'Ana', { seat: 'AAAA-AAAA' }), 'error')).message).toMatch(/does not match/);
    // Ana moves to another computer while the old page is still open: the seat code moves the game, the old page is told.
    const laptop = await client(server);
    const moved = await laptop.ask(join(code, 'Ana', { seat: welcome.seat!.toLowerCase() }), 'welcome');
    expect(moved.turns.map((x) => x.stateHash)).toEqual(statusQuo.slice(0, 3).map((x) => x.stateHash));
    expect(moved.token).not.toBe(welcome.token);
    expect((await same.next('error')).message).toMatch(/another page/);
    await expect.poll(() => same.closed).toBe(true);
    // The old token no longer takes the seat back; the new page plays on.
    const old = await client(server);
    expect((await old.ask(join(code, 'Ana', { token: welcome.token }), 'error')).code).toBe('name-taken');
    expect((await laptop.ask(turnMessage(statusQuo[3]!), 'ack')).have).toBe(4);
    expect((await turnsSeen(t, 4)).length).toBe(4);
  });

  it('loses nothing when the hub restarts: the journal rebuilds classes, students and turns', async () => {
    const dir = tempDir('btf-hub-');
    const before = await hubServer({ journalDir: dir });
    const { code, key } = await open(before);
    const ana = await client(before);
    const { token } = await ana.ask(join(code, 'Ana'), 'welcome');
    for (const turn of statusQuo.slice(0, 3)) await ana.ask(turnMessage(turn), 'ack');
    const teacherPage = await teacher(before, code, key);
    await teacherPage.t.ask({ type: 'pause', paused: true }, 'control');
    await before.close();

    const after = await hubServer({ journalDir: dir });
    const { snapshot } = await teacher(after, code, key);
    expect(snapshot.control.paused).toBe(true);
    expect(snapshot.students.map((s) => [s.name, s.turns.length, s.connected])).toEqual([['Ana', 3, false]]);
    const page = await client(after);
    const back = await page.ask(join(code, 'Ana', { token }), 'welcome');
    expect(back.turns).toEqual(statusQuo.slice(0, 3));
    expect(back.control.paused).toBe(true);
  });

  it('pauses, plays together, prompts every screen, and deletes the class\'s data when it ends', async () => {
    const dir = tempDir('btf-hub-');
    const server = await hubServer({ journalDir: dir });
    const { code, key } = await open(server);
    const { t } = await teacher(server, code, key);
    const ana = await client(server);
    await ana.ask(join(code, 'Ana'), 'welcome');
    t.send({ type: 'pause', paused: true });
    expect((await ana.next('control')).control.paused).toBe(true);
    expect((await ana.ask(turnMessage(statusQuo[0]!), 'error')).code).toBe('paused');
    t.send({ type: 'release', through: 1 });
    t.send({ type: 'pause', paused: false });
    await turnsSeenControl(ana, (c) => !c.paused && c.releasedThrough === 1);
    expect((await ana.ask(turnMessage(statusQuo[0]!), 'ack')).have).toBe(1);
    expect((await ana.ask(turnMessage(statusQuo[1]!), 'error')).code).toBe('wait');
    t.send({ type: 'prompt', text: 'Who do the committees answer to?' });
    await turnsSeenControl(ana, (c) => c.prompt === 'Who do the committees answer to?');
    // Controls are the teacher's alone.
    expect((await ana.ask({ type: 'pause', paused: false }, 'error')).code).toBe('not-joined');
    expect(readdirSync(dir)).toHaveLength(1);
    t.send({ type: 'end' });
    await ana.next('ended');
    await t.next('ended');
    expect(readdirSync(dir)).toHaveLength(0);
    expect(server.hub.stats()).toMatchObject({ classes: 0, students: 0, turns: 0 });
    const late = await client(server);
    expect((await late.ask(join(code, 'Ana'), 'error')).code).toBe('wrong-code');
  });

  it('refuses a wrong code, a wrong key, another scenario or engine, each with one line; repeated wrong codes close the connection', async () => {
    const logged: string[] = [];
    const server = await hubServer({ limits: { failedJoinBurst: 3, failedJoinsPerSecond: 0.01 }, log: (line) => logged.push(line) });
    const { code } = await open(server);
    const page = await client(server);
    expect(await page.ask(join(code, 'Ana', { scenarioHashes: ['0000000000000000'] }), 'error')).toMatchObject({ code: 'other-scenario' });
    expect(await page.ask(join(code, 'Ana', { engineVersion: '0.0.1' }), 'error')).toMatchObject({ code: 'other-engine' });
    expect(await page.ask({ type: 'teach', code, key: '0'.repeat(32) }, 'error')).toMatchObject({ code: 'wrong-key' });
    const other = code === 'ABCDEFGH' ? 'ABCDEFGJ' : 'ABCDEFGH';
    expect(await page.ask(join(other, 'Ana'), 'error')).toMatchObject({ code: 'wrong-code', message: `no class has the code ${other.slice(0, 4)}-${other.slice(4)}` });
    expect(await page.ask(join(other, 'Ana'), 'error')).toMatchObject({ code: 'wrong-code' });
    // The address has used its attempts: told so, and closed; a new connection from it is refused too.
    const from = page.received.length;
    page.send(join(other, 'Ana'));
    expect((await page.next('error', from)).code).toBe('rate');
    await expect.poll(() => page.closed).toBe(true);
    const again = await client(server);
    expect((await again.ask(join(other, 'Ana'), 'error')).code).toBe('rate');
    // The right code still works from there: only failures are counted.
    const right = await client(server);
    expect((await right.ask(join(code, 'Ana'), 'welcome')).name).toBe('Ana');
    // Each refusal is one line in the hub's log, too.
    const refusals = logged.filter((line) => / refused \(/.test(line));
    expect(refusals.map((line) => /\((\S+)\)/.exec(line)![1])).toEqual(['other-scenario', 'other-engine', 'wrong-key', 'wrong-code', 'wrong-code', 'rate', 'rate']);
    expect(refusals[0]).toMatch(/^join from 127\.0\.0\.1 refused \(other-scenario\): this class plays another version/);
  });

  it('refuses messages over the limits (size, depth, counts, shape) without stopping', async () => {
    const server = await hubServer();
    const { code } = await open(server);
    const page = await client(server);
    expect((await page.ask('{"type":"join","name":"' + 'x'.repeat(17_000) + '"}', 'error')).code).toBe('too-large');
    // A frame over the socket's limit is cut by the socket layer; the hub stays up.
    const big = await client(server);
    big.send('x'.repeat(70_000));
    await expect.poll(() => big.closed).toBe(true);
    expect((await page.ask('['.repeat(50) + ']'.repeat(50), 'error')).message).toMatch(/deeper than/);
    expect((await page.ask('not json', 'error')).code).toBe('bad-message');
    const levers = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`lever${i}`, 1]));
    expect((await page.ask({ type: 'turn', turn: 1, decisions: { levers }, stateHash: statusQuo[0]!.stateHash }, 'error')).message).toBe('decisions.levers: at most 32 entries');
    expect((await page.ask(join(code, 'x'.repeat(41)), 'error')).message).toMatch(/^name: a name has at most 40 characters/);
    expect((await page.ask(turnMessage(statusQuo[0]!), 'error')).code).toBe('not-joined');
    await page.ask(join(code, 'Ana'), 'welcome');
    expect((await page.ask({ ...turnMessage(statusQuo[0]!), turn: info.turns + 1 }, 'error')).code).toBe('turn-out-of-range');
    expect((await page.ask(turnMessage(statusQuo[0]!), 'ack')).have).toBe(1);
  });

  it('closes a connection that does not join in time, and keeps one that did', async () => {
    const server = await hubServer({ joinTimeoutMs: 100 });
    const { code } = await open(server);
    const idle = await client(server);
    const joined = await client(server);
    await joined.ask(join(code, 'Ana'), 'welcome');
    await expect.poll(() => idle.closed).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(joined.closed).toBe(false);
  });

  it('limits the messages a connection sends', async () => {
    const server = await hubServer({ limits: { messageBurst: 5, messagesPerSecond: 1 } });
    const { code } = await open(server);
    const page = await client(server);
    await page.ask(join(code, 'Ana'), 'welcome');
    for (let i = 0; i < 10; i++) page.send(turnMessage(statusQuo[0]!));
    expect((await page.next('error')).code).toBe('rate');
    for (let i = 0; i < 60; i++) page.send(turnMessage(statusQuo[0]!));
    await expect.poll(() => page.closed).toBe(true);
  });

  it('says clearly when the hub or a class is full: classes, students, stored turns, connections', async () => {
    const server = await hubServer({ limits: { maxClasses: 1, maxStudentsPerClass: 2, maxTurnsStored: 3, maxConnections: 4 } });
    const { code } = await open(server);
    expect(await server.hub.openClass(info)).toEqual({ error: 'the hub is full: 1 classes open' });
    const pages = await Promise.all(['Ana', 'Ben'].map(async (name) => {
      const page = await client(server);
      await page.ask(join(code, name), 'welcome');
      return page;
    }));
    const third = await client(server);
    expect(await third.ask(join(code, 'Cleo'), 'error')).toEqual({ type: 'error', code: 'class-full', message: 'the class is full: 2 students' });
    await pages[0]!.ask(turnMessage(statusQuo[0]!), 'ack');
    await pages[0]!.ask(turnMessage(statusQuo[1]!), 'ack');
    await pages[1]!.ask(turnMessage(historical[0]!), 'ack');
    expect(await pages[1]!.ask(turnMessage(historical[1]!), 'error')).toMatchObject({ code: 'hub-full' });
    await client(server);
    const fifth = await client(server);
    expect((await fifth.next('error')).message).toBe('the hub is full: 4 connections');
  });

  it('skips a journal line cut short by a crash', async () => {
    const dir = tempDir('btf-hub-');
    const before = await hubServer({ journalDir: dir });
    const { code, key } = await open(before);
    const ana = await client(before);
    await ana.ask(join(code, 'Ana'), 'welcome');
    await ana.ask(turnMessage(statusQuo[0]!), 'ack');
    await before.close();
    appendFileSync(joinPath(dir, readdirSync(dir)[0]!), '{"k":"turn","s":"s1","t":{"tu');
    const logged: string[] = [];
    const after = await hubServer({ journalDir: dir, log: (line) => logged.push(line) });
    const { snapshot } = await teacher(after, code, key);
    expect(snapshot.students[0]!.turns).toHaveLength(1);
    expect(logged.some((l) => /last line incomplete/.test(l))).toBe(true);
    expect(existsSync(dir)).toBe(true);
  });
});

async function turnsSeenControl(page: TestClient, wanted: (c: { paused: boolean; releasedThrough: number | null; prompt: string | null }) => boolean) {
  await expect.poll(() => page.received.some((m) => m.type === 'control' && wanted(m.control))).toBe(true);
}
