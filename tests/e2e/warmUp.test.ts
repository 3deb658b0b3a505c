// The analysis workers warm their hot paths on the scenario the title screen shows, and on one
// the player picks there (first, before the rest of the other's warm-up): Explore, a game or a
// class on it is likely next. The page's body names the scenarios every worker has warmed.
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame } from './browser.ts';

describe('the workers warm on the scenario picked on the title', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('warms a scenario picked on the title, ahead of the rest of the one it opened on', async () => {
    browser = await launchChromium();
    const page = await openGame(browser, inject('baseUrl'));
    const warm = () => page.evaluate(() => (document.body.dataset.workersWarm ?? '').split(' ').filter(Boolean));
    await page.check('input[name=scenario][value=upper-huallaga-2005]');
    await page.waitForFunction(() => (document.body.dataset.workersWarm ?? '').split(' ').includes('upper-huallaga-2005'), undefined, { timeout: 60_000 });
    // Picked once the title was up, it was warmed before what was left of the scenario the title opened on.
    expect(await warm()).toEqual(['upper-huallaga-2005']);
    await page.waitForFunction(() => (document.body.dataset.workersWarm ?? '').split(' ').includes('vraem-2012'), undefined, { timeout: 60_000 });
    expect((await warm()).sort()).toEqual(['upper-huallaga-2005', 'vraem-2012']);
  }, 120_000);
});
