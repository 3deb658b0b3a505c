// The play screen on a projector, a laptop, a large screen and at 200% zoom: a page at the window's
// real size, text at 14 px or more, panels side by side without overlapping, nothing cut off.
// Screenshots at each size.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, skipBriefing, zoomedContext } from './browser.ts';
import { smallestText } from './pageChecks.ts';
import { endTurn, newGame, screenshot } from './play.ts';

/** Pairs of the play screen's panels whose boxes overlap. */
function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panels = ['.play-page .topbar', '.play-page .map-area', '.play-page .tabs', '.play-page .advisers', '.play-page .levers'].map((selector) => ({ selector, r: document.querySelector(selector)!.getBoundingClientRect() }));
    const found: string[] = [];
    for (const [i, a] of panels.entries()) {
      for (const b of panels.slice(i + 1)) {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) found.push(`${a.selector} / ${b.selector}`);
      }
    }
    return found;
  });
}

/** Texts of the lever panel's top row (heading, budget, status) that run under the End turn button. */
function underEndTurn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const button = document.querySelector('[data-testid=end-turn]')!.getBoundingClientRect();
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.play-page .budget-row > *')) {
      const r = element.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const x = Math.min(r.right, button.right) - Math.max(r.left, button.left);
      const y = Math.min(r.bottom, button.bottom) - Math.max(r.top, button.top);
      if (x > 1 && y > 1) found.push(`under End turn: ${element.textContent?.slice(0, 40)}`);
    }
    return found;
  });
}

/** Visible elements whose content runs past their own box sideways, or past the page's right edge; and markers outside the map. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const page_ = document.querySelector('.play-page')!;
    for (const element of page_.querySelectorAll<HTMLElement>('button, h2, h3, label, .date, [data-testid=turn]')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || element.closest('.visually-hidden, [hidden], .trend-table:not(.shown)')) continue;
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible') found.push(`overflows: ${element.textContent?.slice(0, 30)}`);
      if (box.right > page_.clientWidth + 1) found.push(`past the edge: ${element.textContent?.slice(0, 30)}`);
    }
    const map = document.querySelector('.play-page .map-area')!.getBoundingClientRect();
    for (const marker of document.querySelectorAll<HTMLElement>('.community')) {
      const r = marker.getBoundingClientRect();
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      if (x < map.left || x > map.right || y < map.top || y > map.bottom) found.push(`marker off the map: ${marker.dataset.testid}`);
    }
    return found;
  });
}

describe('the play screen at each size and zoom', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (viewport: { width: number; height: number }, zoom = 1, locale = 'en-US') => {
    const context = await zoomedContext(browser, viewport, zoom, locale);
    await skipBriefing(context);
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/?test`);
    await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
    await newGame(page, 'viewports');
    return page;
  };

  it.each([
    { name: '1024x768', width: 1024, height: 768 },
    { name: '1366x768', width: 1366, height: 768 },
    { name: '1920x1080', width: 1920, height: 1080 },
  ])('fills a $name screen, text at 14 px or more, panels apart and nothing cut off', async ({ name, width, height }) => {
    const page = await open({ width, height });
    expect(await page.locator('.play-page').boundingBox()).toMatchObject({ x: 0, y: 0, width, height });
    const smallest = await smallestText(page);
    console.log(`play ${name}: smallest text ${smallest.size} px ("${smallest.text}")`);
    expect(smallest.size, smallest.text).toBeGreaterThanOrEqual(14);
    expect(await overlaps(page)).toEqual([]);
    expect(await clipped(page)).toEqual([]);
    expect(await underEndTurn(page)).toEqual([]);
    // The panels take the window: the levers reach its right side, the report its bottom.
    const levers = (await page.locator('.play-page .levers').boundingBox())!;
    expect(levers.x + levers.width).toBeGreaterThan(width - 16);
    const tabs = (await page.locator('.play-page .tabs').boundingBox())!;
    expect(tabs.y + tabs.height).toBeGreaterThan(height - 16);
    await screenshot(page, `play-${name}`);
    await page.click('[data-testid=tab-trends]');
    await screenshot(page, `play-trends-${name}`);
    await page.context().close();
  });

  // The map on a 4:3 projector: its names (rivers, regions) 12 px or more on screen, and the map
  // filling its area rather than sitting between empty bands.
  it.each([
    { name: '1024x768', width: 1024, height: 768 },
    { name: '800x600', width: 800, height: 600 },
  ])('draws the map on a $name screen with names of 12 px or more and no empty bands', async ({ name, width, height }) => {
    const page = await open({ width, height });
    const map = (await page.evaluate(() => (window as unknown as { __btf: { mapOnScreen(): { width: number; height: number; labelPx: number } | null } }).__btf.mapOnScreen()))!;
    const area = (await page.locator('.play-page .map-area').boundingBox())!;
    console.log(`map ${name}: names at ${map.labelPx.toFixed(1)} px; map ${map.width.toFixed(0)}×${map.height.toFixed(0)} in an area of ${area.width.toFixed(0)}×${area.height.toFixed(0)}`);
    expect(map.labelPx).toBeGreaterThanOrEqual(12);
    // Fitted to its area: at most a couple of pixels short of it, across and down, on a 4:3 screen.
    expect(Math.max(area.width - map.width, area.height - map.height)).toBeLessThan(3);
    await page.context().close();
  });

  // Spanish headings and budget lines are longer: the lever panel's top row must still fit.
  it.each([
    { name: '1024x768', width: 1024, height: 768 },
    { name: '1280x720', width: 1280, height: 720 },
  ])('fits its Spanish texts on a $name screen, nothing under End turn or cut off', async ({ name, width, height }) => {
    const page = await open({ width, height }, 1, 'es-PE');
    expect(await page.locator('[data-testid=end-turn]').innerText()).toContain('Terminar');
    expect(await overlaps(page)).toEqual([]);
    expect(await clipped(page)).toEqual([]);
    expect(await underEndTurn(page)).toEqual([]);
    await screenshot(page, `play-es-${name}`);
    await page.context().close();
  });

  it('grows the play screen\'s text with 200% zoom, with panels apart and nothing cut off', async () => {
    const size = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid=end-turn]')!).fontSize) * devicePixelRatio);
    const normal = await open({ width: 1366, height: 768 });
    const base = await size(normal);
    await normal.context().close();
    const zoomed = await open({ width: 1366, height: 768 }, 2);
    expect(await size(zoomed)).toBeGreaterThanOrEqual(base * 1.6);
    const smallest = await smallestText(zoomed);
    console.log(`play 200%: smallest text ${smallest.size} CSS px ("${smallest.text}")`);
    expect(smallest.size, smallest.text).toBeGreaterThanOrEqual(14);
    expect(await overlaps(zoomed)).toEqual([]);
    expect(await clipped(zoomed)).toEqual([]);
    await screenshot(zoomed, 'play-zoom-200');
    // Still playable: a turn passes from the zoomed page.
    await endTurn(zoomed);
    await zoomed.locator('.play-page .levers').scrollIntoViewIfNeeded();
    await screenshot(zoomed, 'play-zoom-200-levers');
    await zoomed.context().close();
  });
});
