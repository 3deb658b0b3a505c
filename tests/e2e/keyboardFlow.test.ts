// A whole game with the keyboard alone, counting Tab presses: after each End turn the focus is
// on the turn's summary heading, and the advisers, End turn and the first lever are at most
// three Tab presses away. Event dialogs take the focus themselves (no Tab at all).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { headless, hookSession, screenshot, vraem } from './play.ts';

describe('keyboard flow through a full game', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const focused = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

  /** Presses Tab until the selector has the focus; returns how many presses it took. */
  const tabsTo = async (selector: string, limit = 40): Promise<number> => {
    for (let presses = 0; presses <= limit; presses++) {
      if (await focused(selector)) return presses;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  };

  const turnPassed = (turn: number) =>
    page.waitForFunction((n) => {
      const hook = (window as unknown as { __btf: { session(): { turn: number } | null; busy(): boolean; scene(): string } }).__btf;
      return hook.scene() === 'End' || (hook.session()?.turn === n && !hook.busy());
    }, turn);

  it('opens on the VRAEM and plays twenty quarters with at most three Tab presses to each next action', async () => {
    // The title screen opens on the game the README describes, with New game focused.
    expect(await page.locator('input[name=scenario]:checked').getAttribute('value')).toBe('vraem-2012');
    expect(await focused('[data-testid=new-game]')).toBe(true);
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Play');

    const perTurn: number[] = [];
    const summaryWords: number[] = [];
    for (let turn = 1; turn <= vraem.calendar.turns; turn++) {
      // Events first: each dialog has the focus, Enter answers with its first option.
      while (await page.locator('[data-testid=event-dialog]:not([hidden])').count()) {
        expect(await page.evaluate(() => document.activeElement?.closest('dialog, [role=dialog]') !== null)).toBe(true);
        await page.keyboard.press('Enter');
      }
      expect(await focused('[data-testid=why-heading]')).toBe(true);
      if (turn > 1) summaryWords.push((await page.locator('[data-testid=why]').innerText()).split(/\s+/).filter(Boolean).length);
      let tabs = 0;
      // Heed an adviser on alternate turns: the radio group is one Tab stop with "Nobody" checked;
      // Arrow Down wraps round to the first adviser.
      const heed = await tabsTo('input[name=heed]');
      tabs += heed;
      expect(heed).toBeLessThanOrEqual(3);
      if (turn % 2 === 1) await page.keyboard.press('ArrowDown');
      // Move a lever on every third turn: End turn, then the first lever.
      if (turn % 3 === 0) {
        const toLever = await tabsTo('[data-testid=lever-eradicationPace]');
        tabs += toLever;
        expect(heed + toLever).toBeLessThanOrEqual(3);
        await page.keyboard.press(turn % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
        // The documented shortcut ends the turn from wherever the focus is.
        await page.keyboard.press('Control+Enter');
      } else {
        const toEnd = await tabsTo('[data-testid=end-turn]');
        tabs += toEnd;
        expect(heed + toEnd).toBeLessThanOrEqual(3);
        await page.keyboard.press('Enter');
      }
      perTurn.push(tabs);
      await turnPassed(turn);
      if (turn === 2) await screenshot(page, 'keyboard-flow-turn-2');
    }
    await waitForScene(page, 'End');
    const played = (await hookSession(page))!;
    expect(played.decisions).toHaveLength(vraem.calendar.turns);
    expect(played.hash).toBe(headless(played.seed, played.decisions).hash());
    // Whom the student heeded is kept beside the decisions and changes no outcome.
    const heeded = (played as unknown as { heeded: (string | null)[] }).heeded;
    expect(heeded.filter((h, i) => (i % 2 === 0 ? h === 'commander' : h === null))).toHaveLength(vraem.calendar.turns);
    // The end screen says whose advice the outcome bore out, counting the turns heeded.
    expect(await page.locator('[data-testid=adviser-score] li[data-adviser=commander]').innerText()).toMatch(/heeded 10 times/);
    expect(await page.locator('[data-testid=adviser-score] li[data-adviser]').count()).toBe(vraem.advisers.length);
    await screenshot(page, 'keyboard-flow-end');
    const total = perTurn.reduce((a, b) => a + b, 0);
    console.log(`words in the people-first summary per quarter: mean ${Math.round(summaryWords.reduce((a, b) => a + b, 0) / summaryWords.length)}, max ${Math.max(...summaryWords)}`);
    console.log(`Tab presses per quarter: ${perTurn.join(', ')} (total ${total} over ${perTurn.length} quarters; max ${Math.max(...perTurn)})`);
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(3);
  });
});
