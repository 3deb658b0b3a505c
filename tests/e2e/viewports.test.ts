// Projectors, laptops and zoom: the title, end and debrief pages are laid out at the window's
// size, so at 1024×768 they fill the screen with no text under 14 px, and at 200% zoom their
// text doubles and nothing overlaps or runs off the side. Screenshots at each size.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, zoomedContext } from './browser.ts';
import { smallestText } from './pageChecks.ts';
import { screenshot } from './play.ts';

/** Pairs of visible controls and headings on the title page whose boxes overlap. */
function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>('.title-page h1, .title-page h2, .title-page p, .title-page button, .title-page input, .title-page select, .title-page label, .title-page li')]
      .filter((e) => !e.closest('.visually-hidden') && e.getBoundingClientRect().width > 1)
      .map((e) => ({ e, r: e.getBoundingClientRect() }));
    const found: string[] = [];
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1)) {
        if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) found.push(`${a.e.tagName} "${a.e.textContent?.slice(0, 20)}" / ${b.e.tagName} "${b.e.textContent?.slice(0, 20)}"`);
      }
    }
    return found;
  });
}

describe('viewports and zoom', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (viewport: { width: number; height: number }, zoom = 1) => {
    const context = await zoomedContext(browser, viewport, zoom);
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?test`);
    await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
    return page;
  };

  it.each([
    { name: '1024x768', width: 1024, height: 768 },
    { name: '1366x768', width: 1366, height: 768 },
    { name: '1920x1080', width: 1920, height: 1080 },
  ])('fills a $name screen with the title page, text at 14 px or more', async ({ name, width, height }) => {
    const page = await open({ width, height });
    const page_ = (await page.locator('.title-page').boundingBox())!;
    expect(page_).toMatchObject({ x: 0, y: 0, width, height });
    const smallest = await smallestText(page);
    expect(smallest.size, smallest.text).toBeGreaterThanOrEqual(14);
    expect(await overlaps(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('.title-page')!.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, `title-${name}`);
    await page.context().close();
  });

  it('grows the title page\'s text with 200% zoom, with nothing overlapping or cut off at the side', async () => {
    const normal = await open({ width: 1366, height: 768 });
    const base = await normal.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.title-page h1')!).fontSize) * devicePixelRatio);
    await normal.context().close();
    const zoomed = await open({ width: 1366, height: 768 }, 2);
    const doubled = await zoomed.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.title-page h1')!).fontSize) * devicePixelRatio);
    expect(doubled).toBeGreaterThanOrEqual(base * 1.6);
    expect(await overlaps(zoomed)).toEqual([]);
    expect(await zoomed.evaluate(() => document.querySelector('.title-page')!.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(zoomed, 'title-zoom-200');
    await zoomed.context().close();
  });
});
