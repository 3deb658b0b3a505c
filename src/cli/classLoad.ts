/**
 * npm run class:load -- [--classes N] [--students N] [--turns N] [--think MS] [--hosted] [--json]
 * The live class under load, on loopback, with real messages: a hub in its own process (whose
 * memory is measured; its journal in a temporary folder, deleted at the end) — or, with --hosted,
 * two hub processes sharing a Redis of their own (each class's teacher on one process and its
 * students on the other, so every turn crosses from one to the other; the memory of each and of
 * Redis measured) — the classes' teachers in another process, each re-simulating every turn that
 * reaches it, and simulated students here, each joining, then sending its turns one at a time
 * (after a think time averaging --think ms) and waiting for the hub's answer. Prints the
 * throughput, the turn-to-teacher latency (from a student's send to the teacher having the
 * turn verified, and to the turn reaching the teacher's socket: p50, p99, max), the hub's peak memory
 * and processor time per turn, and whether every teacher saw every
 * turn exactly once, all verified. Exit code 1 if not.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { quantile } from '../analysis/stats.ts';
import { ENGINE_VERSION, hashState } from '../engine/index.ts';
import { StudentGame } from '../hub/classVerifier.ts';
import { startHubServer } from '../hub/server.ts';
import type { ClassInfo, HubMessage, LiveTurn } from '../hub/protocol.ts';
import { playPolicy } from '../policy/run.ts';
import { contentHash } from '../replay/record.ts';
import type { Scenario } from '../scenario/schema.ts';
import { loadPolicyFile, positiveInt, runCli, shippedScenarios, UserError } from './common.ts';
import { peakRssMb, redisInstalled, REDIS_SERVER, startLocalRedis, type LocalRedis } from './localRedis.ts';

const SCENARIO = 'vraem-2012';
const SEED = '2026';
/** Policies whose games the simulated students play (each student one of them, in turn). */
const POLICIES = ['status-quo', 'historical', 'paired', 'eradication-only', 'committees-without-oversight', 'development-only', 'committees-with-oversight'];

const now = () => performance.timeOrigin + performance.now();
const scenario = (): Scenario => shippedScenarios().find((s) => s.id === SCENARIO)!;

/** Every turn of each policy's game, as a student's page sends them. */
function games(s: Scenario, turns: number): LiveTurn[][] {
  const folder = fileURLToPath(new URL('../../policies/', import.meta.url));
  return POLICIES.map((name) => {
    const game = playPolicy(s, loadPolicyFile(`${folder}${name}.json`, s), SEED, { explain: false, turns });
    return game.decisions.map((decisions, i) => ({ turn: i + 1, decisions, stateHash: hashState(game.states[i + 1]!) }));
  });
}

type Room = { code: string; key: string; teacherPort: number; studentPort: number };
type Ask = { kind: 'open'; classes: number; info: ClassInfo } | { kind: 'port' } | { kind: 'watch'; classes: Room[]; expected: number } | { kind: 'report' };

/** A hub's process: opens the classes (journalled on disk as in a lesson, or in Redis when hosted), samples its memory, answers with its peak. */
async function hubProcess(redisUrl: string | undefined): Promise<void> {
  const journalDir = mkdtempSync(join(tmpdir(), 'btf-class-load-'));
  const store = redisUrl ? { redisUrl } : { journalDir };
  const server = await startHubServer({ host: '127.0.0.1', port: 0, ...store, limits: { maxClasses: 1000, maxStudentsPerClass: 1000, maxConnections: 100_000, maxTurnsStored: 10_000_000 } });
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  process.on('message', (ask: Ask) => {
    if (ask.kind === 'port') process.send!({ port: server.port });
    else if (ask.kind === 'open') {
      void Promise.all(Array.from({ length: ask.classes }, () => server.hub.openClass(ask.info))).then((classes) => process.send!({ port: server.port, classes }));
    } else if (ask.kind === 'report') {
      clearInterval(sample);
      const cpu = process.cpuUsage();
      process.send!({ peakRss: Math.max(peak, process.memoryUsage().rss), cpuMs: (cpu.user + cpu.system) / 1000, stats: server.hub.stats() });
      void server.close().then(() => {
        rmSync(journalDir, { recursive: true, force: true });
        process.exit(0);
      });
    }
  });
}

/** What the teachers saw: when each turn was verified (by class code, student name and turn), and what was wrong. */
interface Seen {
  readonly done: true;
  /** Turn, when it reached the teacher, when it was verified. */
  readonly verifiedAt: [string, number, number][];
  readonly duplicates: number;
  readonly flagged: number;
  readonly verified: number;
}

/** The teachers' process: one connection per class, every turn re-simulated on arrival. */
function teachersProcess(): void {
  const s = scenario();
  process.on('message', (ask: Ask) => {
    if (ask.kind !== 'watch') return;
    const verifiedAt: [string, number, number][] = [];
    let duplicates = 0;
    let flagged = 0;
    let verified = 0;
    let left = ask.classes.length;
    let ready = 0;
    for (const room of ask.classes) {
      const games = new Map<string, StudentGame>();
      const names = new Map<string, string>();
      const seen = new Set<string>();
      const socket = new WebSocket(`ws://127.0.0.1:${room.teacherPort}/hub`);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'teach', code: room.code, key: room.key })));
      socket.on('message', (data) => {
        const arrived = now();
        const message = JSON.parse(data.toString()) as HubMessage;
        if (message.type === 'class' && ++ready === ask.classes.length) process.send!({ ready: true });
        if (message.type === 'student') names.set(message.student, message.name);
        if (message.type !== 'turn') return;
        const id = `${room.code}:${names.get(message.student) ?? message.student}:${message.turn}`;
        if (seen.has(id)) duplicates++;
        seen.add(id);
        let game = games.get(message.student);
        if (!game) games.set(message.student, (game = new StudentGame(s, SEED, false)));
        const checked = game.check({ turn: message.turn, decisions: message.decisions, stateHash: message.stateHash });
        if (checked.kind === 'verified') verified++;
        else if (checked.kind === 'flagged') flagged++;
        verifiedAt.push([id, arrived, now()]);
        if (seen.size === ask.expected) {
          socket.close();
          if (--left === 0) process.send!({ done: true, verifiedAt, duplicates, flagged, verified } satisfies Seen);
        }
      });
    }
  });
}

interface Options {
  classes: number;
  students: number;
  turns: number;
  think: number;
}

function ask<T>(child: ChildProcess, message: Ask, until: (reply: unknown) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const listener = (reply: unknown) => {
      if (!until(reply)) return;
      child.off('message', listener);
      resolve(reply as T);
    };
    child.on('message', listener);
    child.send(message);
  });
}

async function main(): Promise<number> {
  const role = process.argv[2];
  if (role === '--hub-process') {
    await hubProcess(process.argv[3]);
    return 0;
  }
  if (role === '--teachers-process') {
    teachersProcess();
    return 0;
  }
  const { values } = parseArgs({ options: { classes: { type: 'string' }, students: { type: 'string' }, turns: { type: 'string' }, think: { type: 'string' }, hosted: { type: 'boolean' }, json: { type: 'boolean' } } });
  const options: Options = {
    classes: positiveInt(values.classes, '--classes', 40),
    students: positiveInt(values.students, '--students', 40),
    turns: positiveInt(values.turns, '--turns', 20),
    think: values.think === '0' ? 0 : positiveInt(values.think, '--think', 2000),
  };
  const s = scenario();
  if (options.turns > s.calendar.turns) throw new UserError(`--turns: the scenario has ${s.calendar.turns} turns`);
  const played = games(s, options.turns);
  const info: ClassInfo = { scenarioId: s.id, scenarioHash: contentHash(s), engineVersion: ENGINE_VERSION, seed: SEED, turns: s.calendar.turns };
  if (values.hosted && !redisInstalled()) throw new UserError(`--hosted: ${REDIS_SERVER} is missing (apt-get install redis-server)`);
  const redis: LocalRedis | null = values.hosted ? await startLocalRedis() : null;
  const self = fileURLToPath(import.meta.url);
  const child = (...args: string[]) => fork(self, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const hubs = redis ? [child('--hub-process', redis.url), child('--hub-process', redis.url)] : [child('--hub-process')];
  const teachers = child('--teachers-process');
  const ports = await Promise.all(hubs.map((h) => ask<{ port: number }>(h, { kind: 'port' }).then((r) => r.port)));
  const opened = await ask<{ classes: { code: string; key: string }[] }>(hubs[0]!, { kind: 'open', classes: options.classes, info });
  // Hosted: class i's teacher on one process, its students on the other.
  const classes: Room[] = opened.classes.map((c, i) => ({ ...c, teacherPort: ports[i % ports.length]!, studentPort: ports[(i + 1) % ports.length]! }));
  const expected = options.students * options.turns;
  const done = ask<Seen>(teachers, { kind: 'watch', classes, expected }, (r) => (r as { done?: boolean }).done === true);
  await new Promise<void>((resolve) => teachers.on('message', (r: { ready?: boolean }) => r.ready && resolve()));

  // The students: each joins, then sends its turns one at a time, waiting for each answer.
  const sentAt = new Map<string, number>();
  const started = now();
  let refused = 0;
  const student = (room: Room, index: number, turns: LiveTurn[]) =>
    new Promise<void>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${room.studentPort}/hub`);
      const name = `Student ${index + 1}`;
      const send = (next: number) => {
        const turn = turns[next]!;
        sentAt.set(`${room.code}:${name}:${turn.turn}`, now());
        socket.send(JSON.stringify({ type: 'turn', ...turn }));
      };
      const later = (next: number) => setTimeout(() => send(next), options.think * 2 * Math.random());
      // Joins spread over a second, as a class arrives.
      socket.on('open', () => setTimeout(() => socket.send(JSON.stringify({ type: 'join', code: room.code, name, scenarioHashes: [info.scenarioHash], engineVersion: info.engineVersion })), Math.random() * 1000));
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as HubMessage;
        if (message.type === 'welcome') return later(message.turns.length);
        if (message.type === 'error') {
          refused++;
          return socket.close();
        }
        if (message.type !== 'ack') return;
        if (message.have >= turns.length) {
          socket.close();
          return resolve();
        }
        later(message.have);
      });
      socket.on('close', () => resolve());
    });
  await Promise.all(classes.flatMap((room) => Array.from({ length: options.students }, (_, i) => student(room, i, played[i % played.length]!))));
  // Turns still on their way get 30 s to arrive; after that they count as lost.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seen = await Promise.race([done, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 30_000)))]);
  clearTimeout(timer);
  const seconds = (now() - started) / 1000;
  const redisPeakMb = redis ? peakRssMb(redis.pid) : null;
  const memory = await Promise.all(hubs.map((h) => ask<{ peakRss: number; cpuMs: number; stats: { turns: number } }>(h, { kind: 'report' })));
  teachers.kill();
  // The hubs close their Redis connections before Redis stops (a process that does not within 10 s is stopped).
  await Promise.all(hubs.map((h) => new Promise((resolve) => {
    if (h.exitCode !== null) return resolve(null);
    const timer = setTimeout(() => h.kill('SIGKILL'), 10_000);
    h.once('exit', () => resolve(clearTimeout(timer)));
  })));
  await redis?.stop();

  const since = (i: 1 | 2) => (seen?.verifiedAt ?? []).flatMap((entry) => (sentAt.has(entry[0]) ? [entry[i] - sentAt.get(entry[0])!] : [])).sort((a, b) => a - b);
  const relayed = since(1);
  const latencies = since(2);
  const spread = (sorted: number[]) => ({ p50: round(quantile(sorted, 0.5)), p99: round(quantile(sorted, 0.99)), max: round(sorted[sorted.length - 1] ?? NaN) });
  const total = options.classes * expected;
  const received = seen?.verifiedAt.length ?? 0;
  const ok = seen !== null && refused === 0 && received === total && seen.duplicates === 0 && seen.flagged === 0 && seen.verified === total;
  const figures = {
    classes: options.classes,
    studentsPerClass: options.students,
    turns: options.turns,
    thinkMs: options.think,
    turnsSent: sentAt.size,
    turnsAtTeachers: received,
    verified: seen?.verified ?? 0,
    duplicates: seen?.duplicates ?? 0,
    flagged: seen?.flagged ?? 0,
    refused,
    seconds: Math.round(seconds * 10) / 10,
    turnsPerSecond: Math.round(received / seconds),
    latencyMs: spread(latencies),
    relayMs: spread(relayed),
    hosted: redis !== null,
    /** The largest over the hub processes; each one's in hubsPeakRssMb. */
    hubPeakRssMb: Math.max(...memory.map((m) => Math.round(m.peakRss / 1024 / 1024))),
    hubsPeakRssMb: memory.map((m) => Math.round(m.peakRss / 1024 / 1024)),
    redisPeakRssMb: redisPeakMb,
    // The hub's own processor time (start-up included) per turn: what the machine's other work does not change.
    hubCpuMsPerTurn: Math.round((memory.reduce((sum, m) => sum + m.cpuMs, 0) / Math.max(1, received)) * 1000) / 1000,
    ok,
  };
  if (values.json) console.log(JSON.stringify(figures));
  else
    console.log(`${figures.classes} classes × ${figures.studentsPerClass} students × ${figures.turns} turns (think time ${options.think} ms on average), loopback
turns sent ${figures.turnsSent}, at the teachers ${figures.turnsAtTeachers}, verified ${figures.verified}; duplicates ${figures.duplicates}, flagged ${figures.flagged}, refused ${figures.refused}
${figures.seconds} s, ${figures.turnsPerSecond} turns/s verified
turn-to-teacher latency (send to verified): p50 ${figures.latencyMs.p50} ms, p99 ${figures.latencyMs.p99} ms, max ${figures.latencyMs.max} ms
  of which through the hub (send to the teacher's socket): p50 ${figures.relayMs.p50} ms, p99 ${figures.relayMs.p99} ms, max ${figures.relayMs.max} ms
${figures.hosted ? `two hub processes on one Redis: peak memory (RSS) ${figures.hubsPeakRssMb.join(' MB and ')} MB, Redis ${figures.redisPeakRssMb} MB` : `hub peak memory (RSS) ${figures.hubPeakRssMb} MB`}, hub processor time ${figures.hubCpuMsPerTurn} ms per turn (start-up included${figures.hosted ? ', both processes' : ''})
${ok ? 'every turn reached its teacher once and verified' : 'NOT every turn reached its teacher once and verified'}`);
  return ok ? 0 : 1;
}

const round = (x: number) => Math.round(x * 10) / 10;

runCli(main);
