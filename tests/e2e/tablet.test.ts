// A portrait tablet (768×1024, touch only): a whole 20-turn game by taps. Every turn, every
// control of the play screen is reachable (the element under its centre is the control), the
// map and its community labels sit together wherever the page has scrolled, the turn's default
// view reads in a minute (120 words at most) and each event card in 70 words at most.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { coveredControls, visibleWords } from './pageChecks.ts';
import { hookSession, screenshot, vraem } from './play.ts';

const SUMMARY_WORDS = 120;
const CARD_WORDS = 70;

/**
 * How far the map as drawn stands from where its area puts it (or how much of it the window shows
 * with no canvas under it), and how far each community's label stands from its place on the map.
 */
function mapDrift(page: Page): Promise<{ map: number; labels: number }> {
  return page.evaluate((positions) => {
    const drawn = (window as unknown as { __btf: { mapOnScreen(): { left: number; top: number; width: number; height: number } | null } }).__btf.mapOnScreen()!;
    const area = document.querySelector('.play-page .map-area')!.getBoundingClientRect();
    // The map is fitted and centred in its area.
    const map = Math.max(Math.abs(drawn.left + drawn.width / 2 - (area.left + area.width / 2)), Math.abs(drawn.top + drawn.height / 2 - (area.top + area.height / 2)), Math.max(0, drawn.width - area.width - 1), Math.max(0, drawn.height - area.height - 1));
    let labels = 0;
    for (const { id, x, y } of positions) {
      const r = document.querySelector(`[data-testid=community-${id}]`)!.getBoundingClientRect();
      labels = Math.max(labels, Math.abs(r.left + r.width / 2 - (drawn.left + x * drawn.width)), Math.abs(r.top + r.height / 2 - (drawn.top + y * drawn.height)));
    }
    // The canvas lies under every part of the map the window shows, so the map is drawn there, not cut off.
    const canvas = document.querySelector('canvas')!.getBoundingClientRect();
    const shown = { top: Math.max(0, drawn.top), bottom: Math.min(window.innerHeight, drawn.top + drawn.height), left: Math.max(0, drawn.left), right: Math.min(window.innerWidth, drawn.left + drawn.width) };
    const uncovered = shown.bottom <= shown.top ? 0 : Math.max(canvas.top - shown.top, shown.bottom - canvas.bottom, canvas.left - shown.left, shown.right - canvas.right, 0);
    return { map: Math.max(map, uncovered), labels };
  }, vraem.communities.map((c) => ({ id: c.id, x: c.position.x / vraem.map.width, y: c.position.y / vraem.map.height })));
}

describe('a whole game by touch on a portrait tablet', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'), { width: 768, height: 1024 }, false, { hasTouch: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays 20 turns by taps with every control reachable, the map whole and each turn short to read', async () => {
    await page.locator('input[name=scenario][value=vraem-2012]').tap();
    await page.locator('[data-testid=seed]').fill('tablet');
    await page.locator('[data-testid=new-game]').tap();
    await waitForScene(page, 'Play');
    const summaryWords: number[] = [];
    const cardWords: number[] = [];
    for (let turn = 1; turn <= vraem.calendar.turns; turn++) {
      while (await page.locator('[data-testid=event-dialog]:not([hidden])').count()) {
        const words = await visibleWords(page, 'dialog[data-testid=event-dialog]');
        cardWords.push(words);
        expect(words, `event card before turn ${turn}`).toBeLessThanOrEqual(CARD_WORDS);
        if (cardWords.length === 1) await screenshot(page, 'tablet-event');
        await page.locator('[data-testid=event-dialog] [data-option]').first().tap();
      }
      if (turn > 1) {
        const words = await visibleWords(page, '[data-testid=why-summary]');
        summaryWords.push(words);
        expect(words, `the default view after turn ${turn - 1}`).toBeLessThanOrEqual(SUMMARY_WORDS);
      }
      expect(await coveredControls(page, '.play-page'), `turn ${turn}`).toEqual([]);
      // The map and its labels together, at the top of the page and scrolled half down it.
      for (const y of [0, 400]) {
        await page.evaluate((top) => document.querySelector('.play-page')!.scrollTo(0, top), y);
        await page.waitForTimeout(50);
        const drift = await mapDrift(page);
        expect(drift.map, `map at scroll ${y}, turn ${turn}`).toBeLessThan(2);
        expect(drift.labels, `labels at scroll ${y}, turn ${turn}`).toBeLessThan(2);
      }
      if (turn === 4) await screenshot(page, 'tablet-play');
      await page.locator('[data-testid=end-turn]').tap();
      await page.waitForFunction((n) => {
        const hook = (window as unknown as { __btf: { session(): { turn: number } | null; busy(): boolean } }).__btf;
        return hook.session()?.turn === n && !hook.busy();
      }, turn);
    }
    await waitForScene(page, 'End');
    expect((await hookSession(page))!.finished).toBe(true);
    // Twenty turns without moving a lever: the end screen's first question is about holding still.
    expect(await page.locator('[data-testid=prompts-own] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-question')))).toEqual(['heldStill']);
    await screenshot(page, 'tablet-end');
    const stats = (xs: number[]) => `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(0)}, ${Math.min(...xs)}–${Math.max(...xs)}, total ${xs.reduce((a, b) => a + b, 0)}`;
    console.log(`default view of a turn: ${stats(summaryWords)} words over ${summaryWords.length} turns; event cards: ${stats(cardWords)} words over ${cardWords.length} cards`);
    expect(summaryWords).toHaveLength(vraem.calendar.turns - 1);
  });
});
