// Two tabs of the game in one browser, as on a shared classroom computer: each game is saved
// apart, a tab's title screen names the game open in the other, and a game taken over (its
// tab gone quiet) is left alone by the tab it was taken from, which says so at once.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, skipBriefing, waitForScene } from './browser.ts';
import { answerEvents, endTurn, hookSession, newGame } from './play.ts';

/** Turns recorded in each saved game, by seed. */
const savedTurns = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => /^between-two-fires\.save\.g/.test(k))
        .map((k) => JSON.parse(localStorage.getItem(k)!) as { seed: string; decisions: unknown[] })
        .map((save) => [save.seed, save.decisions.length]),
    ),
  );

async function openTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${inject('baseUrl')}/?test`);
  await waitForScene(page, 'Title');
  return page;
}

async function play(page: Page, turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) {
    await answerEvents(page);
    await endTurn(page);
  }
  await answerEvents(page);
}

describe('two tabs, one storage', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await skipBriefing(context);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('never overwrites the other tab\'s game, names it, and says when it was taken over', async () => {
    const a = await openTab(context);
    await newGame(a, 'tab-a');
    await play(a, 3);

    // Tab B is told which game is open in A, and a game started there is saved apart.
    const b = await openTab(context);
    expect(await b.locator('[data-testid=open-elsewhere]').innerText()).toMatch(/^Open in another tab: .*, turn 3 of 20\./);
    expect(await b.locator('[data-testid=continue]').isDisabled()).toBe(true);
    await newGame(b, 'tab-b');
    await play(b, 1);
    await play(a, 1);
    await expect.poll(() => savedTurns(a)).toEqual({ 'tab-a': 4, 'tab-b': 1 });

    // B's game is over (its save cleared), and A's tab goes quiet (its mark stale, as after a
    // crash): B's Continue now takes A's game, and B saves it.
    await b.click('[data-testid=save-quit]');
    await waitForScene(b, 'Title');
    // A's page is still there and refreshes its mark every few seconds; on a busy machine that can
    // land between the mark going stale and B's title reading it, so B looks again until it sees
    // A's game as left.
    await expect
      .poll(
        async () => {
          await b.evaluate(() => {
            for (const key of Object.keys(localStorage).filter((k) => /^between-two-fires\.save\.g/.test(k) && localStorage.getItem(k)!.includes('"seed":"tab-b"'))) localStorage.removeItem(key);
            for (const key of Object.keys(localStorage).filter((k) => k.startsWith('between-two-fires.open.'))) localStorage.setItem(key, JSON.stringify({ tab: 'gone', at: 0 }));
          });
          await b.reload();
          await waitForScene(b, 'Title');
          return b.locator('[data-testid=continue]').innerText();
        },
        { timeout: 60_000 },
      )
      .toContain('turn 5 of 20');
    await b.click('[data-testid=continue]');
    await waitForScene(b, 'Play');
    expect((await hookSession(b))!.seed).toBe('tab-a');

    // A hears of it at once, and its next turn leaves the save to B.
    await a.locator('[data-testid=not-saved]:not([hidden])').waitFor({ timeout: 5000 });
    expect(await a.locator('[data-testid=not-saved]').innerText()).toContain('continued in another tab');
    await play(a, 1);
    expect((await hookSession(a))!.turn).toBe(5);
    expect(await savedTurns(a)).toEqual({ 'tab-a': 4 });
  });
});
