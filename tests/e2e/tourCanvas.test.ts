// The guided tour moves from the map to the next part of the screen without leaving a blank
// block on the map: Chromium's software renderer (no GPU, as on many classroom laptops) showed
// a white rectangle there from the tour's second step on, where the card's sticky row of
// buttons was composited but never painted (it hid the canvas beneath).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame, waitForScene } from './browser.ts';

/**
 * The largest block of near-white pixels in a PNG, in rows × columns: per row the longest run of
 * near-white (or transparent) pixels, then the most consecutive rows whose runs are at least `minWidth` long.
 * Decoded in the page (the browser reads PNG; Node would need another package). The whole page
 * is shot and the area cut out afterwards: a clipped screenshot has Chromium draw a fresh frame,
 * which hides a stale one.
 */
async function whiteBlock(page: Page, png: Buffer, area: Area, minWidth: number): Promise<{ rows: number; width: number }> {
  return page.evaluate(
    async ({ data, area, minWidth }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      // Where nothing is drawn the shot is transparent, and a window shows white there.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, bitmap.width, bitmap.height);
      context.drawImage(bitmap, 0, 0);
      const { data: px, width, height } = context.getImageData(Math.round(area.x), Math.round(area.y), Math.round(area.width), Math.round(area.height));
      let best = 0;
      let bestWidth = 0;
      let rows = 0;
      let narrowest = Infinity;
      for (let y = 0; y < height; y++) {
        let run = 0;
        let longest = 0;
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          run = px[i]! >= 245 && px[i + 1]! >= 245 && px[i + 2]! >= 245 ? run + 1 : 0;
          if (run > longest) longest = run;
        }
        if (longest >= minWidth) {
          rows++;
          narrowest = Math.min(narrowest, longest);
          if (rows > best) {
            best = rows;
            bestWidth = narrowest;
          }
        } else {
          rows = 0;
          narrowest = Infinity;
        }
      }
      return { rows: best, width: bestWidth };
    },
    { data: png.toString('base64'), area, minWidth },
  );
}

type Area = { x: number; y: number; width: number; height: number };

describe('the guided tour on a canvas drawn without a GPU', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'), { width: 1280, height: 720 }, true);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves no white block on the map between its first and second steps', async () => {
    await page.fill('[data-testid=seed]', '11');
    await page.click('[data-testid=new-game]');
    await waitForScene(page, 'Play');
    await page.locator('dialog[data-testid=briefing-dialog]').waitFor();
    while ((await page.locator('[data-testid=start-tour]').count()) === 0) await page.click('[data-testid=briefing-next]');
    await page.click('[data-testid=start-tour]');
    await page.locator('[data-testid=tour][data-step=map]').waitFor();
    // As a reader would: the card read, the render loop asleep.
    await page.waitForTimeout(1500);
    const map = (await page.locator('.map-area').boundingBox())!;
    await page.click('[data-testid=tour-next]');
    await page.locator('[data-testid=tour]:not([data-step=map])').waitFor();
    // Over the next two seconds, the map shows no blank block of a tenth of its width and height.
    const blocks: { rows: number; width: number }[] = [];
    for (let shot = 0; shot < 8; shot++) {
      const png = await page.screenshot();
      blocks.push(await whiteBlock(page, png, map, Math.round(map.width / 10)));
      await page.waitForTimeout(250);
    }
    expect(blocks.filter((b) => b.rows >= map.height / 10), JSON.stringify(blocks)).toEqual([]);
  });
});
