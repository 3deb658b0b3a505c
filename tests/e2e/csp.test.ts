// The built page under its Content-Security-Policy: the game, the debrief and downloads work
// with no violation, and a script injected inline is refused.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { collectViolations, injectInlineScript, violations } from './policyViolations.ts';
import { answerEvents, endTurn, newGame } from './play.ts';

describe('Content-Security-Policy', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is served with the page', async () => {
    const html = await (await fetch(`${inject('baseUrl')}/`)).text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
  });

  it('lets the game, the debrief and downloads work without a violation, and refuses an injected inline script', async () => {
    // Violations are collected from the first script on.
    await collectViolations(page);
    await page.reload();
    await waitForScene(page, 'Title');
    await newGame(page, 'csp');
    await answerEvents(page);
    await endTurn(page);
    await answerEvents(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-replay]')]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).format).toBe('between-two-fires-replay');
    await page.click('[data-testid=save-quit]');
    await waitForScene(page, 'Title');
    await page.click('[data-testid=debrief]');
    await waitForScene(page, 'Debrief');
    await page.setInputFiles('[data-testid=replay-files]', 'examples/replays/paired.json');
    await page.locator('tr[data-file="paired.json"]').waitFor();
    expect(await violations(page)).toEqual([]);

    const injected = await injectInlineScript(page);
    expect(injected.ran).toBe(false);
    expect(injected.firstViolation).toMatch(/^script-src/);
  });
});
