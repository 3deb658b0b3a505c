// Without a mouse: every lever and button is reached with Tab and used with the keyboard, and
// the focused control is visibly outlined.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { hookSession } from './play.ts';

describe('keyboard only', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Presses Tab until the focused element matches, failing after a full lap. */
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  };

  it('starts a game, sets every lever, ends a turn and answers events without a mouse', async () => {
    // A radio group is one Tab stop; arrow keys choose within it.
    await tabTo('input[name=scenario]:checked');
    for (let i = 0; i < 5 && !(await page.locator('input[name=scenario][value=vraem-2012]').isChecked()); i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('[data-testid=briefing] h2').innerText()).toBe('Between Two Fires: the VRAEM, 2012–2016');
    await tabTo('[data-testid=new-game]');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Play');

    for (const lever of ['eradicationPace', 'developmentFunding', 'committeeSupport', 'committeeOversight', 'militaryOperations']) {
      await tabTo(`[data-testid=lever-${lever}]`);
      const before = await page.locator(`[data-testid=lever-${lever}]`).inputValue();
      await page.keyboard.press(lever === 'militaryOperations' ? 'ArrowLeft' : 'ArrowRight');
      expect(await page.locator(`[data-testid=lever-${lever}]`).inputValue()).not.toBe(before);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
    }

    await tabTo('[data-testid=community-pichari]');
    expect(await page.locator('[data-testid=community-details]').isVisible()).toBe(true);

    await tabTo('[data-testid=end-turn]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const hook = (window as unknown as { __btf: { session(): { turn: number } | null; busy(): boolean } }).__btf;
      return hook.session()?.turn === 1 && !hook.busy();
    });
    // Event dialogs take the focus; Enter answers with the focused (first) option.
    while (await page.locator('[data-testid=event-dialog]:not([hidden])').count()) {
      expect(await page.evaluate(() => document.activeElement?.closest('dialog, [role=dialog]') !== null)).toBe(true);
      await page.keyboard.press('Enter');
    }
    const played = (await hookSession(page))!;
    expect(played.decisions[0]!.levers).toMatchObject({ eradicationPace: 15, developmentFunding: 70, committeeSupport: 15, committeeOversight: 15, militaryOperations: 35 });
  });
});
