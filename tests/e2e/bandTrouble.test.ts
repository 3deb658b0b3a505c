// Outcome bands when something is wrong: a lever setting the engine refuses draws nothing and
// says why in one line; where the analysis workers cannot run (their script refused by the
// host), the band is worked out on the page and the panel says so, never a frozen panel.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame, skipBriefing } from './browser.ts';
import { moveToBand, openExplore } from './exploreTiming.ts';

/** Sets a slider of the Explore panel as a drag would, one input event. */
const setLever = (page: Page, lever: string, value: number) =>
  page.$eval(`[data-testid=explore-${lever}]`, (input, v) => {
    (input as HTMLInputElement).value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);

describe('outcome bands in trouble', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws nothing for levers over the budget and says why, then draws again once they fit', async () => {
    const page = await openGame(browser, inject('baseUrl'));
    await openExplore(page);
    for (const [lever, value] of [['eradicationPace', 100], ['developmentFunding', 200], ['committeeSupport', 100], ['militaryOperations', 100]] as const) await setLever(page, lever, value);
    const status = page.locator('[data-testid=explore-status]');
    await expect.poll(() => status.textContent()).toBe('These levers cost more than the budget of some turn in some games: lower one to see the band.');
    expect(await page.locator('[data-testid=explore-charts] figure').count()).toBe(0);
    expect(await page.locator('[data-testid=explore-table] tr').count()).toBe(0);
    await setLever(page, 'developmentFunding', 0);
    await setLever(page, 'militaryOperations', 0);
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Band updated over 200 games.');
    expect(await page.locator('[data-testid=explore-charts] figure').count()).toBe(6);
  });

  it('works the band out on the page, and says so, where the workers cannot start', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await skipBriefing(page);
    await page.route(/\/worker-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${inject('baseUrl')}/?test`);
    await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
    await openExplore(page);
    expect(await page.getAttribute('[data-testid=explore-charts]', 'data-where')).toBe('page');
    expect(await page.textContent('[data-testid=explore-status]')).toBe('Band updated over 200 games. Worked out on this page, more slowly: the background workers could not run here.');
    await moveToBand(page, 'eradicationPace', 'ArrowRight');
    expect(await page.locator('[data-testid=explore-charts] figure').count()).toBe(6);
  });
});
