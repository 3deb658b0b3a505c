// A live class in Chromium: `npm run class` on loopback, a teacher page and three student pages.
// Students join and play; the teacher pauses, plays together, sends a prompt; a forged turn is
// flagged at once; a student reloads and resumes; every game downloads in one archive whose
// files verify; the session ends on every screen. Then the hosted hub (npm run class:hosted): a
// teacher's page on one hub process and a student's on another, sharing a Redis of their own.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.ts';
import { contentHash } from '../../src/replay/record.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { buildIfNeeded } from '../../src/cli/classBuild.ts';
import { redisInstalled, startLocalRedis, type LocalRedis } from '../../src/cli/localRedis.ts';
import { loadScenario } from '../engine/helpers.ts';
import { hubProcess, openHostedClass, type HubProcess } from '../hub/hostedNodes.ts';
import { axeViolations } from './axe.ts';
import { launchChromium, skipBriefing, waitForScene } from './browser.ts';
import { answerEvents, endTurn, hookSession, screenshot } from './play.ts';

interface Class {
  readonly process: ChildProcess;
  readonly base: string;
  readonly code: string;
  readonly teacherPath: string;
  output(): string;
}

function startClass(journal: string, port = 0): Promise<Class> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/class.ts', '--port', String(port), '--host', '127.0.0.1', '--journal', journal, '--scenario', 'classroom-short', '--seed', '77'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run class did not start:\n${out}`)), 120_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const teacher = /http:\/\/127\.0\.0\.1:(\d+)(\/\?teach=\w+#key=[0-9a-f]+)/.exec(out);
      const code = /Class code:\s+(\w{4}-\w{4})/.exec(out);
      if (teacher && code) {
        clearTimeout(timer);
        resolve({ process: child, base: `http://127.0.0.1:${teacher[1]}`, code: code[1]!, teacherPath: teacher[2]!, output: () => out });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (status) => reject(new Error(`npm run class exited (${status}):\n${out}`)));
  });
}

const classroom = loadScenario('scenarios/classroom-short.json');

const studentRow = (teacher: Page, name: string) => teacher.locator(`[data-testid=live-students] tr[data-student="${name}"]`);

describe('live class', () => {
  let browser: Browser;
  let room: Class;
  let journal: string;
  let teacher: Page;
  const students: Record<string, Page> = {};

  async function join(name: string, locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale });
    await skipBriefing(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${room.base}/?class=${room.code}&test`);
    await page.waitForSelector('[data-testid=class-name]');
    expect(await page.locator('#join-heading').textContent()).toBe(locale.startsWith('es') ? 'Unirse a una clase' : 'Join a class');
    await page.fill('[data-testid=class-name]', name);
    await page.click('[data-testid=join]');
    await waitForScene(page, 'Play');
    return page;
  }

  async function play(page: Page, turns: number) {
    for (let i = 0; i < turns; i++) {
      await answerEvents(page);
      await endTurn(page);
    }
  }

  beforeAll(async () => {
    journal = mkdtempSync(joinPath(tmpdir(), 'btf-class-'));
    room = await startClass(journal);
    browser = await launchChromium();
    teacher = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await teacher.goto(`${room.base}${room.teacherPath.replace('#', '&test#')}`);
    await waitForScene(teacher, 'Debrief');
    await teacher.waitForFunction((code) => document.querySelector('[data-testid=live-code]')?.textContent === code, room.code);
  });
  afterAll(async () => {
    await browser?.close();
    room?.process.kill();
    rmSync(journal, { recursive: true, force: true });
  });

  it('students join and play; every turn reaches the teacher verified', async () => {
    // Ben's browser speaks Spanish: the join screen and the banner do too.
    for (const name of ['Ana', 'Ben', 'Cleo']) students[name] = await join(name, name === 'Ben' ? 'es-PE' : 'en-US');
    expect(await students.Ben!.locator('[data-testid=live-status]').textContent()).toBe('Conectado');
    for (const page of Object.values(students)) await play(page, 2);
    for (const name of ['Ana', 'Ben', 'Cleo']) {
      await expect.poll(() => studentRow(teacher, name).getAttribute('data-verified')).toBe('2');
    }
    expect(await studentRow(teacher, 'Ana').textContent()).toContain('Turn 2 of 8');
    // The debrief below follows: three runs in its class table.
    await expect.poll(() => teacher.locator('[data-testid=class-table] tbody tr').count(), { timeout: 20_000 }).toBe(3);
    await screenshot(teacher, 'live-teacher-1024x768');
    await screenshot(students.Ana!, 'live-student-1024x768');
  });

  it('fits a projector and a tablet: nothing of the live panel or the banner runs off the side', async () => {
    for (const size of [{ width: 1024, height: 768 }, { width: 768, height: 1024 }]) {
      for (const [page, selector] of [[teacher, '[data-testid=live-panel]'], [students.Ben!, '[data-testid=live-banner]']] as const) {
        await page.setViewportSize(size);
        const box = (await page.locator(selector).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        expect(await page.locator(selector).evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
      }
      await screenshot(teacher, `live-teacher-${size.width}x${size.height}`);
    }
    await teacher.setViewportSize({ width: 1024, height: 768 });
    await students.Ben!.setViewportSize({ width: 1024, height: 768 });
  });

  it('has no serious or critical axe violation on the teacher\'s live view, the join screen or a student\'s banner', async () => {
    const serious = async (page: Page) => (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.join(' | ')}`);
    expect(await serious(teacher)).toEqual([]);
    expect(await serious(students.Ana!)).toEqual([]);
    const joining = await browser.newPage();
    await joining.goto(`${room.base}/?class=${room.code}`);
    await joining.waitForSelector('[data-testid=class-name]');
    expect(await serious(joining)).toEqual([]);
    await joining.close();
  });

  it('a name already taken is refused with one line', async () => {
    const page = await browser.newPage();
    await page.goto(`${room.base}/?class=${room.code}`);
    await page.fill('[data-testid=class-name]', 'ana');
    await page.click('[data-testid=join]');
    await expect.poll(() => page.locator('[data-testid=join-message]').textContent()).toMatch(/already uses this name/);
    await page.close();
  });

  it('pauses the class, then plays together turn by turn, with a prompt on every screen', async () => {
    const ana = students.Ana!;
    await teacher.click('[data-testid=live-pause]');
    await expect.poll(() => ana.locator('[data-testid=live-state]').textContent()).toMatch(/paused/);
    await answerEvents(ana);
    await ana.click('[data-testid=end-turn]');
    await expect.poll(() => ana.locator('[data-testid=live-held]').textContent()).toMatch(/paused/);
    expect((await hookSession(ana))!.turn).toBe(2);
    await teacher.click('[data-testid=live-pause]');
    await teacher.click('[data-testid=live-together]');
    await expect.poll(() => teacher.locator('[data-testid=live-release]').textContent()).toBe('Open turn 3');
    await expect.poll(() => ana.locator('[data-testid=live-state]').textContent()).toMatch(/turn 3 opens/);
    await teacher.click('[data-testid=live-release]');
    await expect.poll(() => ana.locator('[data-testid=live-state]').count()).toBe(0);
    await play(ana, 1);
    await expect.poll(() => studentRow(teacher, 'Ana').getAttribute('data-verified')).toBe('3');
    await teacher.click('[data-testid=live-play-on]');
    await teacher.fill('[data-testid=live-prompt-text]', 'Who do the committees answer to?');
    await teacher.click('[data-testid=live-prompt-send]');
    for (const page of Object.values(students)) await expect.poll(() => page.locator('[data-testid=live-prompt]').textContent()).toMatch(/committees answer to/);
  });

  it('flags a forged turn at once, with its turn', async () => {
    // A page that joins like a student and sends Ana's first decisions with a state hash they do not give.
    const decisions = (await hookSession(students.Ana!))!.decisions[0];
    const answers = await students.Cleo!.evaluate(
      async ({ code, scenarioHash, engineVersion, decisions }) => {
        const received: string[] = [];
        const socket = new WebSocket(`ws://${location.host}/hub`);
        socket.onmessage = (event) => received.push(String(event.data));
        await new Promise((resolve) => (socket.onopen = resolve));
        socket.send(JSON.stringify({ type: 'join', code, name: 'Mallory', scenarioHashes: [scenarioHash], engineVersion }));
        socket.send(JSON.stringify({ type: 'turn', turn: 1, decisions, stateHash: 'ffffffffffffffff' }));
        await new Promise((resolve) => setTimeout(resolve, 500));
        socket.close();
        return received.map((m) => JSON.parse(m) as { type: string });
      },
      { code: room.code.replace('-', ''), scenarioHash: contentHash(classroom), engineVersion: ENGINE_VERSION, decisions },
    );
    expect(answers.map((m) => m.type)).toEqual(['welcome', 'ack']);
    await expect.poll(() => studentRow(teacher, 'Mallory').getAttribute('data-flag-turn')).toBe('1');
    expect(await studentRow(teacher, 'Mallory').textContent()).toContain('flagged at turn 1: the state the page reported is not the one its decisions give');
    // Mallory's page said nothing of other students' games.
    expect(JSON.stringify(answers)).not.toContain('Ana');
  });

  it('a student who reloads the page resumes where they were and goes on', async () => {
    const ben = students.Ben!;
    const before = (await hookSession(ben))!;
    await ben.reload();
    await ben.waitForSelector('[data-testid=join]');
    expect(await ben.inputValue('[data-testid=class-name]')).toBe('Ben');
    await ben.click('[data-testid=join]');
    await waitForScene(ben, 'Play');
    const after = (await hookSession(ben))!;
    expect(after.turn).toBe(before.turn);
    expect(after.hash).toBe(before.hash);
    await play(ben, 1);
    await expect.poll(() => studentRow(teacher, 'Ben').getAttribute('data-verified')).toBe(String(before.turn + 1));
  });

  it('a student moves to another computer while the old page is still open: the seat code on the banner moves the game there', async () => {
    const old = students.Ben!;
    const before = (await hookSession(old))!;
    const seat = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec((await old.locator('[data-testid=live-seat]').textContent()) ?? '')?.[1];
    expect(seat).toBeDefined();
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'es-PE' });
    await skipBriefing(context);
    const laptop = await context.newPage();
    await laptop.goto(`${room.base}/?class=${room.code}&test`);
    // The name alone is refused (a classmate could type it)...
    await laptop.fill('[data-testid=class-name]', 'Ben');
    await laptop.click('[data-testid=join]');
    await expect.poll(() => laptop.locator('[data-testid=join-message]').textContent()).toMatch(/código de asiento/);
    // ...the name and the seat code take the game over, where it was; the old page stops sending.
    await laptop.fill('[data-testid=class-seat]', seat!.toLowerCase());
    await laptop.click('[data-testid=join]');
    await waitForScene(laptop, 'Play');
    const after = (await hookSession(laptop))!;
    expect([after.turn, after.hash]).toEqual([before.turn, before.hash]);
    await expect.poll(() => old.locator('[data-testid=live-banner]').getAttribute('data-status')).toBe('refused');
    await expect.poll(() => studentRow(teacher, 'Ben').getAttribute('data-verified')).toBe(String(before.turn));
    students.Ben = laptop;
  });

  it('a hub stopped mid-lesson and started again loses nothing: pages reconnect by themselves and play on', async () => {
    const port = new URL(room.base).port;
    const stopped = new Promise((resolve) => room.process.once('exit', resolve));
    room.process.kill('SIGKILL');
    await stopped;
    const cleo = students.Cleo!;
    await expect.poll(() => cleo.locator('[data-testid=live-status]').textContent()).toMatch(/Offline/);
    // Played while the hub is down: kept on the page.
    await play(cleo, 1);
    await expect.poll(() => cleo.locator('[data-testid=live-pending]').textContent()).toBe('1 turn waiting to be sent');
    const again = await startClass(journal, Number(port));
    expect(again.output()).toContain('taken back after a restart');
    expect(again.code).toBe(room.code);
    room = again;
    await expect.poll(() => cleo.locator('[data-testid=live-pending]').textContent(), { timeout: 20_000 }).toBe('Every turn sent');
    await expect.poll(() => studentRow(teacher, 'Cleo').getAttribute('data-verified'), { timeout: 20_000 }).toBe('3');
    expect(await studentRow(teacher, 'Ana').getAttribute('data-verified')).toBe('3');
  });

  it('downloads every game in one archive of replay files that verify, then ends the session on every screen', async () => {
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.click('[data-testid=live-download]')]);
    const zip = joinPath(journal, 'class.zip');
    await download.saveAs(zip);
    const out = joinPath(journal, 'archive');
    execFileSync('unzip', ['-q', zip, '-d', out], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    const listing = execFileSync('unzip', ['-Z1', zip]).toString().trim().split('\n').sort();
    expect(listing).toEqual(['classroom-short-Ana-seed-77-turn-3.json', 'classroom-short-Ben-seed-77-turn-3.json', 'classroom-short-Cleo-seed-77-turn-3.json', 'flagged.txt']);
    for (const name of listing.filter((n) => n.endsWith('.json'))) {
      const loaded = loadReplayText(readFileSync(joinPath(out, name), 'utf8'));
      if (!loaded.ok) throw new Error(loaded.error);
      expect(loaded.divergence).toBeNull();
    }
    expect(readFileSync(joinPath(out, 'flagged.txt'), 'utf8')).toContain('Mallory: flagged at turn 1');

    teacher.once('dialog', (dialog) => void dialog.accept());
    const [last] = await Promise.all([teacher.waitForEvent('download'), teacher.click('[data-testid=live-end]')]);
    expect(last.suggestedFilename()).toMatch(/^class-.*\.zip$/);
    for (const page of Object.values(students)) await expect.poll(() => page.locator('[data-testid=live-status]').textContent()).toMatch(/class has ended|La clase terminó/);
    await expect.poll(() => teacher.locator('[data-testid=live-teacher-status]').textContent()).toMatch(/session has ended/);
    // The class's data is gone from the hub's journal.
    expect(readdirSync(journal).filter((n) => n.endsWith('.jsonl'))).toEqual([]);
  });
});

describe.skipIf(!redisInstalled())('live class, hosted on two hub processes', () => {
  let browser: Browser;
  let redis: LocalRedis;
  const hubs: HubProcess[] = [];

  beforeAll(async () => {
    const dist = await buildIfNeeded(process.cwd(), () => undefined);
    redis = await startLocalRedis();
    hubs.push(...(await Promise.all([hubProcess(redis.url, dist), hubProcess(redis.url, dist)])));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all(hubs.map((h) => h.kill()));
    await redis?.stop();
  });

  it('a student\'s page on one process, the teacher\'s on the other: every turn arrives verified', async () => {
    const [a, b] = hubs as [HubProcess, HubProcess];
    const opened = await openHostedClass(redis.url, 'classroom-short', '77');
    const teacher = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await teacher.goto(`http://127.0.0.1:${a.port}/?teach=${opened.code}&test#key=${opened.key}`);
    await waitForScene(teacher, 'Debrief');
    // No class.json on a hosted hub: the page names its own address and draws its QR code.
    await expect.poll(() => teacher.locator('[data-testid=live-join-url]').textContent()).toBe(`http://127.0.0.1:${a.port}/?class=${opened.code}`);
    await expect.poll(() => teacher.locator('[data-testid=live-qr]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:'))).toBe(true);
    expect(await teacher.locator('[data-testid=live-qr]').getAttribute('alt')).toContain(`/?class=${opened.code}`);
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await skipBriefing(context);
    const student = await context.newPage();
    await student.goto(`http://127.0.0.1:${b.port}/?class=${opened.code}&test`);
    await student.fill('[data-testid=class-name]', 'Ana');
    await student.click('[data-testid=join]');
    await waitForScene(student, 'Play');
    expect(await student.locator('[data-testid=live-seat]').textContent()).toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}/);
    for (let i = 0; i < 2; i++) {
      await answerEvents(student);
      await endTurn(student);
    }
    await expect.poll(() => studentRow(teacher, 'Ana').getAttribute('data-verified'), { timeout: 20_000 }).toBe('2');
    await expect.poll(() => student.locator('[data-testid=live-pending]').textContent()).toBe('Every turn sent');
  }, 120_000);
});

