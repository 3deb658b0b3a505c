// A whole game with a finger and nothing else, in Chromium's touch emulation at a tablet's and a
// Chromebook's size: sliders, the allocation, a community's details (shown on tap, not only on
// hover), event cards, the end screen and the debrief's scrubber.
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, waitForScene } from './browser.ts';
import { hookSession, screenshot } from './play.ts';
import { TOUR_SCENARIO } from './tour.ts';

/** Taps a range input at a fraction of its track. */
async function tapSlider(slider: Locator, fraction: number): Promise<void> {
  const box = (await slider.boundingBox())!;
  await slider.tap({ position: { x: box.width * fraction, y: box.height / 2 } });
}

async function waitTurn(page: Page, turn: number): Promise<void> {
  await page.waitForFunction((n) => {
    const hook = (window as unknown as { __btf: { session(): { turn: number } | null; busy(): boolean } }).__btf;
    return hook.session()?.turn === n && !hook.busy();
  }, turn);
}

describe.each([
  { device: 'tablet', viewport: { width: 1024, height: 768 } },
  { device: 'chromebook', viewport: { width: 1366, height: 768 } },
])('touch only on a $device', ({ device, viewport }) => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport, hasTouch: true, isMobile: false, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${inject('baseUrl')}/?test`);
    await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays a whole game and debriefs it by touch', async () => {
    await page.locator(`input[name=scenario][value=${TOUR_SCENARIO}]`).tap();
    await page.locator('[data-testid=new-game]').tap();
    await waitForScene(page, 'Play');

    // A slider set by a tap on its track.
    const pace = page.locator('[data-testid=lever-eradicationPace]');
    await tapSlider(pace, 0.9);
    expect(Number(await pace.inputValue())).toBeGreaterThanOrEqual(70);
    await tapSlider(pace, 0.05);
    expect(Number(await pace.inputValue())).toBeLessThanOrEqual(10);

    // The allocation opens with a tap, and its sliders answer taps too.
    await page.locator('[data-testid=allocation] summary').tap();
    const share = page.locator('[data-testid^=allocation-]').first();
    await share.scrollIntoViewIfNeeded();
    await tapSlider(share, 0.95);
    expect(await share.inputValue()).toBe('4');

    // A community's details come up on a tap, not only on hover.
    const community = page.locator('[data-testid^=community-]:not([data-testid=community-details])').first();
    await community.tap();
    expect(await page.locator('[data-testid=community-details]').isVisible()).toBe(true);
    await screenshot(page, `touch-${device}-details`);

    for (let turn = 1; !(await hookSession(page))!.finished; turn++) {
      await page.locator('[data-testid=end-turn]').tap();
      await waitTurn(page, turn);
      while (await page.locator('[data-testid=event-dialog]:not([hidden])').count()) {
        await page.locator('[data-testid=event-dialog] [data-option]').first().tap();
      }
    }
    await waitForScene(page, 'End');
    const played = (await hookSession(page))!;
    expect(played.decisions[0]!.levers?.eradicationPace).toBeLessThanOrEqual(10);
    expect(played.decisions[0]!.allocation).toMatchObject({ [Object.keys(played.decisions[0]!.allocation!)[0]!]: 4 });
    await screenshot(page, `touch-${device}-end`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=download-replay]').tap()]);
    const replay = readFileSync((await download.path())!, 'utf8');
    await page.locator('[data-testid=new-game]').tap();
    await waitForScene(page, 'Title');
    await page.locator('[data-testid=debrief]').tap();
    await waitForScene(page, 'Debrief');
    await page.setInputFiles('[data-testid=replay-files]', [{ name: 'touch.json', mimeType: 'application/json', buffer: Buffer.from(replay) }]);
    const scrubber = page.locator('[data-testid=scrubber]');
    await scrubber.waitFor();
    await page.locator('[data-testid=next-turn]').tap();
    expect(await scrubber.inputValue()).toBe('1');
    await tapSlider(scrubber, 0.97);
    expect(Number(await scrubber.inputValue())).toBe(Number(await scrubber.getAttribute('max')));
    await screenshot(page, `touch-${device}-debrief`);
  });
});
