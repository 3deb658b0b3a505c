// The game under a storage that refuses: full, disabled, or full with a broken save. The game
// starts and plays, the screen agrees with the engine, and the player is told at once that the
// game is not being saved, beside the button that downloads the replay.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, skipBriefing, waitForScene } from './browser.ts';
import { answerEvents, endTurn, hookSession, newGame, screenshot } from './play.ts';

const FULL = () => {
  Storage.prototype.setItem = function setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};
const DISABLED = () => {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
};

describe('storage that refuses', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(setup: () => void, viewport = { width: 1280, height: 720 }, before?: string): Promise<Page> {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (before !== undefined) {
      // A save already in storage, written before the storage became full. Written once the
      // title screen has read the storage: written earlier, this first visit could find it and set
      // it aside before the visit under test.
      await page.goto(`${inject('baseUrl')}/?test`);
      await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
      await page.evaluate((text) => localStorage.setItem('between-two-fires.save', text), before);
    }
    // Remembered before storage breaks; where storage is disabled the briefing opens anyway.
    await skipBriefing(page);
    await page.addInitScript(setup);
    await page.goto(`${inject('baseUrl')}/?test`);
    await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
    expect(errors).toEqual([]);
    return page;
  }

  async function playsWithNotice(page: Page, name: string): Promise<void> {
    await newGame(page, 'no-storage');
    // Without storage the game cannot remember that the briefing was read: it opens, and is skipped.
    const skip = page.locator('[data-testid=skip-briefing]');
    await skip.waitFor({ timeout: 5000 }).then(
      () => skip.click(),
      () => undefined,
    );
    const notice = page.locator('[data-testid=not-saved]');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/^Not being saved: download your replay/);
    for (let turn = 1; turn <= 3; turn++) {
      await answerEvents(page);
      await endTurn(page);
      // The screen says what the engine says.
      expect((await hookSession(page))!.turn).toBe(turn);
      await page.locator('[data-testid=turn]', { hasText: `Turn ${turn + 1} of 20` }).waitFor();
      expect(await notice.isVisible()).toBe(true);
    }
    await answerEvents(page);
    await screenshot(page, name);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-replay]')]);
    expect(download.suggestedFilename()).toMatch(/turn-3\.json$/);
  }

  it('storage full: New game plays, every turn shows, and the notice says it is not saved', async () => {
    const page = await open(FULL);
    await playsWithNotice(page, 'storage-full-1280');
    await page.close();
  });

  it('storage disabled: the title screen opens and the game plays', async () => {
    const page = await open(DISABLED, { width: 1024, height: 768 });
    await playsWithNotice(page, 'storage-disabled-1024');
    await page.close();
  });

  it('storage full with an unreadable save: set aside with a message, and a new game plays', async () => {
    const page = await open(FULL, { width: 1920, height: 1080 }, '{"format":"between-two-fires-save","version":1,"seed":');
    expect(await page.locator('[data-testid=save-message]').innerText()).toContain('could not be restored');
    await playsWithNotice(page, 'storage-full-broken-save-1920');
    await page.close();
  });

  it('a game on a scenario loaded from a file continues after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await skipBriefing(page);
    await page.goto(`${inject('baseUrl')}/?test`);
    await waitForScene(page, 'Title');
    const scenario = JSON.parse(readFileSync('scenarios/vraem-2012.json', 'utf8'));
    scenario.id = 'my-vraem';
    scenario.title = 'My own VRAEM';
    scenario.communities[0].trust = 60;
    await page.setInputFiles('[data-testid=scenario-file]', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(`\uFEFF${JSON.stringify(scenario)}`) });
    await newGame(page, '3', 'my-vraem');
    await answerEvents(page);
    await endTurn(page);
    const before = (await hookSession(page))!;
    await page.reload();
    await waitForScene(page, 'Title');
    expect(await page.locator('[data-testid=continue]').innerText()).toBe('Continue (turn 2 of 20)');
    await page.click('[data-testid=continue]');
    await waitForScene(page, 'Play');
    const after = (await hookSession(page))!;
    expect(after.scenarioId).toBe('my-vraem');
    expect(after.hash).toBe(before.hash);
    await page.close();
  });
});
