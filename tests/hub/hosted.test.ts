/**
 * The hosted hub on this machine: Redis from Debian's packages and two hub processes on loopback,
 * the teacher on one and the students on the other; turns played; a process killed (SIGKILL)
 * mid-lesson, its pages reconnecting to the other; then the teacher's process killed too, its
 * page reconnecting to a restarted one. The teacher's view (rebuilt from each snapshot, then fed
 * turn by turn, every turn re-simulated) must end with every student's game, nothing missing,
 * nothing twice, every turn verified. Before that, the rules that span processes: a seat moved
 * from one process to the other with its seat code (never the name alone), a duplicate counted
 * once and a changed turn flagged once to a teacher on the other process.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisInstalled, REDIS_SERVER, startLocalRedis, type LocalRedis } from '../../src/cli/localRedis.ts';
import { StudentGame } from '../../src/hub/classVerifier.ts';
import type { HubMessage, LiveTurn } from '../../src/hub/protocol.ts';
import type { SocketLike } from '../../src/hub/hubSocket.ts';
import { StudentLink } from '../../src/hub/studentLink.ts';
import { TeacherLink } from '../../src/hub/teacherLink.ts';
import { TestClient } from './client.ts';
import { historical, info, join, scenario, SEED, statusQuo, turnMessage } from './fixture.ts';
import { hubProcess, openHostedClass, type HubProcess } from './hostedNodes.ts';

const installed = redisInstalled();
if (!installed) console.warn(`hosted hub tests skipped: ${REDIS_SERVER} is missing (apt-get install redis-server)`);

/** Tries each address in turn, as a load balancer in front of the hub processes would. */
function balancer(urls: string[]) {
  let next = 0;
  return () => new WebSocket(urls[next++ % urls.length]!) as unknown as SocketLike;
}

/** The teacher's page as far as the test needs it: the class view, every turn re-simulated on arrival. */
class TeacherView {
  readonly games = new Map<string, StudentGame>();
  readonly names = new Map<string, string>();
  duplicates = 0;
  gaps = 0;
  flagged = 0;
  snapshots = 0;

  receive(message: HubMessage): void {
    if (message.type === 'class') {
      this.snapshots++;
      this.games.clear();
      for (const s of message.students) {
        this.names.set(s.id, s.name);
        const game = new StudentGame(scenario, SEED, false);
        for (const turn of s.turns) if (game.check(turn).kind !== 'verified') this.flagged++;
        this.games.set(s.id, game);
      }
    } else if (message.type === 'student') this.names.set(message.student, message.name);
    else if (message.type === 'turn') {
      let game = this.games.get(message.student);
      if (!game) this.games.set(message.student, (game = new StudentGame(scenario, SEED, false)));
      if (message.turn <= game.verified) this.duplicates++;
      else if (message.turn !== game.verified + 1) this.gaps++;
      else if (game.check(message).kind !== 'verified') this.flagged++;
    }
  }

  verified(name: string): number {
    const id = [...this.names].find(([, n]) => n === name)?.[0];
    return (id && this.games.get(id)?.verified) || 0;
  }
}

describe.skipIf(!installed)('the hosted hub: two processes on one Redis', () => {
  let redis: LocalRedis;
  const hubs: HubProcess[] = [];
  const links: { stop(): void }[] = [];

  beforeAll(async () => {
    redis = await startLocalRedis();
    hubs.push(...(await Promise.all([hubProcess(redis.url), hubProcess(redis.url)])));
  }, 60_000);

  afterAll(async () => {
    for (const link of links) link.stop();
    await Promise.all(hubs.map((h) => h.kill()));
    await redis?.stop();
  });

  it('moves a seat, acknowledges a duplicate once and flags a changed turn across processes', async () => {
    const [a, b] = hubs as [HubProcess, HubProcess];
    const opened = await openHostedClass(redis.url, info.scenarioId, SEED);
    const teacher = await TestClient.open(b.port);
    await teacher.ask({ type: 'teach', code: opened.code, key: opened.key }, 'class');
    const first = await TestClient.open(b.port);
    const welcome = await first.ask(join(opened.code, 'Ana'), 'welcome');
    // The name alone, on the other process, is refused; the seat code moves the game there and the first page is told.
    const second = await TestClient.open(a.port);
    expect((await second.ask(join(opened.code, 'Ana'), 'error')).code).toBe('name-taken');
    await second.ask(join(opened.code, 'Ana', { seat: welcome.seat }), 'welcome');
    expect((await first.next('error')).message).toMatch(/another page/);
    await expect.poll(() => first.closed).toBe(true);
    // A turn sent twice counts once; sent again with other decisions, it is flagged to the teacher on the other process, once.
    expect((await second.ask(turnMessage(statusQuo[0]!), 'ack')).have).toBe(1);
    expect((await second.ask(turnMessage(statusQuo[0]!), 'ack')).have).toBe(1);
    const changed = { ...statusQuo[0]!, decisions: historical[0]!.decisions };
    expect((await second.ask(turnMessage(changed), 'error')).code).toBe('turn-conflict');
    await second.ask(turnMessage(changed), 'ack');
    await teacher.next('conflict');
    await expect.poll(() => teacher.received.filter((m) => m.type === 'turn').length).toBe(1);
    expect(teacher.received.filter((m) => m.type === 'conflict')).toEqual([{ type: 'conflict', student: 's1', turn: 1 }]);
    for (const c of [teacher, second]) await c.close();
  }, 60_000);

  it('keeps every turn, once and verified, when the students\' process and then the teacher\'s are killed mid-lesson', async () => {
    const [a, b] = hubs as [HubProcess, HubProcess];
    const opened = await openHostedClass(redis.url, info.scenarioId, SEED);
    const view = new TeacherView();
    // The teacher on process A (B next, should A go); the students on B (A next).
    const teacherUrls = [a.url, b.url];
    const teacher = new TeacherLink({ url: a.url, code: opened.code, key: opened.key, open: balancer(teacherUrls), onMessage: (m) => view.receive(m), onStatus: () => undefined, retryMs: () => 100 });
    links.push(teacher);
    teacher.start();
    await expect.poll(() => teacher.status, { timeout: 10_000 }).toBe('online');

    const studentUrls = [b.url, a.url];
    const games: Record<string, LiveTurn[]> = { Ana: statusQuo, Ben: historical, Cleo: statusQuo };
    const students = Object.keys(games).map((name) => {
      const link = new StudentLink({
        url: b.url,
        code: opened.code,
        name,
        scenarioHashes: [info.scenarioHash],
        engineVersion: info.engineVersion,
        open: balancer(studentUrls),
        onWelcome: () => undefined,
        onChange: () => undefined,
        retryMs: () => 100,
      });
      links.push(link);
      link.start();
      return { name, link, turns: games[name]! };
    });
    const playThrough = (turn: number) => {
      for (const s of students) for (const t of s.turns.slice(0, turn)) s.link.push(t);
    };
    const allVerified = (turn: number) => students.every((s) => view.verified(s.name) >= turn);

    playThrough(3);
    await expect.poll(() => allVerified(3), { timeout: 15_000 }).toBe(true);

    // Process B (the students') is killed while turns 4–6 are on their way.
    playThrough(6);
    await new Promise((r) => setTimeout(r, 5));
    await b.kill();
    await expect.poll(() => allVerified(6), { timeout: 20_000 }).toBe(true);
    expect(students.every((s) => s.link.status === 'online')).toBe(true);

    // A process started again takes B's place; then A (the teacher's, now also the students') is killed.
    const c = await hubProcess(redis.url);
    hubs.push(c);
    teacherUrls[1] = c.url;
    studentUrls[0] = c.url;
    const snapshotsBefore = view.snapshots;
    const last = statusQuo.length;
    playThrough(last);
    await a.kill();
    await expect.poll(() => allVerified(last), { timeout: 30_000 }).toBe(true);
    expect(view.snapshots).toBeGreaterThan(snapshotsBefore);

    // Nothing missing, nothing twice, nothing flagged; each student's game is the one played.
    expect({ duplicates: view.duplicates, gaps: view.gaps, flagged: view.flagged }).toEqual({ duplicates: 0, gaps: 0, flagged: 0 });
    for (const s of students) {
      expect(view.verified(s.name)).toBe(s.turns.length);
      expect(s.link.have).toBe(s.turns.length);
    }
  }, 120_000);
});
