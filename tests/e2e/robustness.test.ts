// Saves, reloads, bad input and a restless classroom: the state must never be corrupted.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { loadReplayText } from '../../src/replay/verify.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { answerEvents, endTurn, headless, hookSession, newGame } from './play.ts';

describe('robustness', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await page?.close();
    page = await openGame(browser, inject('baseUrl'));
  });

  const reload = async () => {
    await page.reload();
    await waitForScene(page, 'Title');
  };

  it('continues a game exactly after a reload mid-game', async () => {
    await newGame(page, 'reload-me');
    for (let i = 0; i < 3; i++) {
      await answerEvents(page);
      await endTurn(page);
    }
    const before = (await hookSession(page))!;
    // Open event cards are modal (the screen behind is inert): answered first, as a player would.
    await answerEvents(page);
    // A replay can be downloaded mid-game too (the bell rang): it verifies as an unfinished game.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-replay]')]);
    const loaded = loadReplayText(readFileSync((await download.path())!, 'utf8'));
    expect(loaded.ok && loaded.divergence === null && !loaded.replay.finished && loaded.replay.turns.length === 3).toBe(true);
    await reload();
    expect(await page.locator('[data-testid=continue]').innerText()).toBe('Continue (turn 4 of 20)');
    await page.click('[data-testid=continue]');
    await waitForScene(page, 'Play');
    const after = (await hookSession(page))!;
    expect(after.turn).toBe(3);
    expect(after.hash).toBe(before.hash);
    expect(after.hash).toBe(headless('reload-me', after.decisions).hash());
  });

  it('sets a corrupt save aside with a message, and still starts a new game', async () => {
    // The only save left, cut short (the games of the tests above removed).
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage).filter((k) => /^between-two-fires\.save\.g/.test(k))) localStorage.removeItem(key);
      localStorage.setItem('between-two-fires.save', '{"format":"between-two-fires-save","version":1,"seed":');
    });
    await reload();
    expect(await page.locator('[data-testid=save-message]').innerText()).toContain('could not be restored');
    expect(await page.locator('[data-testid=continue]').isDisabled()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('between-two-fires.save.discarded'))).toContain('between-two-fires-save');
    await newGame(page, 'after-corruption');
    expect((await hookSession(page))!.turn).toBe(0);
  });

  it('sets aside a save whose decisions were tampered with', async () => {
    await newGame(page, 'tamper');
    await answerEvents(page);
    await endTurn(page);
    await page.evaluate(() => {
      // The game just played: the save written last.
      const key = Object.keys(localStorage)
        .filter((k) => /^between-two-fires\.save\.g/.test(k))
        .sort((a, b) => JSON.parse(localStorage.getItem(b)!).savedAt - JSON.parse(localStorage.getItem(a)!).savedAt)[0]!;
      const save = JSON.parse(localStorage.getItem(key)!);
      save.decisions[0].levers.militaryOperations = 95;
      localStorage.setItem(key, JSON.stringify(save));
    });
    await reload();
    expect(await page.locator('[data-testid=save-message]').innerText()).toContain('replaying it did not give the same game');
  });

  it('takes a double End turn and a resize mid-animation as one turn, with the state intact', async () => {
    await newGame(page, 'double');
    await answerEvents(page);
    await page.locator('[data-testid=end-turn]').dblclick();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => !(window as unknown as { __btf: { busy(): boolean } }).__btf.busy());
    const played = (await hookSession(page))!;
    expect(played.turn).toBe(1);
    expect(played.hash).toBe(headless('double', played.decisions).hash());
  });

  it('survives a lost WebGL context', async () => {
    await newGame(page, 'context');
    const lost = await page.evaluate(async () => {
      const canvas = document.querySelector('canvas')!;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) return false;
      extension.loseContext();
      await new Promise((resolve) => setTimeout(resolve, 200));
      extension.restoreContext();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return true;
    });
    await answerEvents(page);
    await endTurn(page);
    const played = (await hookSession(page))!;
    expect(played.turn).toBe(1);
    expect(played.hash).toBe(headless('context', played.decisions).hash());
    // Headless Chromium renders WebGL in software, so the context really was lost and restored.
    expect(lost).toBe(true);
  });

  it('refuses an invalid scenario file on the title screen, naming the file and the problem', async () => {
    const scenario = JSON.parse(readFileSync('scenarios/vraem-2012.json', 'utf8'));
    for (let i = 0; i < 8; i++) scenario.communities[i].cocaHectares = -5;
    await page.setInputFiles('[data-testid=scenario-file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario, null, 2)) });
    const message = await page.locator('[data-testid=invalid-scenario]').innerText();
    expect(message).toContain('broken.json cannot be played: 8 problems.');
    expect(message).toContain('communities[3].cocaHectares: expected a number >= 0, got -5');
    // Every problem, each with its place in the file, in a list that scrolls.
    const items = page.locator('[data-testid=file-errors] li');
    expect(await items.count()).toBe(8);
    for (const item of await items.all()) expect(await item.innerText()).toMatch(/^line \d+, column \d+\n/);
    expect(await page.locator('[data-testid=file-errors]').evaluate((list) => getComputedStyle(list).overflowY)).toBe('auto');
    await page.setInputFiles('[data-testid=scenario-file]', { name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": ') });
    expect(await page.locator('[data-testid=invalid-scenario]', { hasText: 'not-json.json' }).innerText()).toMatch(/not valid JSON at line 1, column \d+/);
    expect(await hookSession(page)).toBeNull();
  });

  it('plays a valid scenario file loaded from disk', async () => {
    const scenario = JSON.parse(readFileSync('scenarios/vraem-2012.json', 'utf8'));
    scenario.id = 'my-vraem';
    scenario.title = 'My own VRAEM';
    await page.setInputFiles('[data-testid=scenario-file]', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await page.locator('[data-testid=briefing] h2', { hasText: 'My own VRAEM' }).waitFor();
    await newGame(page, '3', 'my-vraem');
    expect((await hookSession(page))!.scenarioId).toBe('my-vraem');
  });
});
