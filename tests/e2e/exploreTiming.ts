/**
 * Opening Explore and timing a lever move to the redrawn band: shared by the e2e tests of
 * Explore and of the debrief's what-if band, and `npm run bench:web`.
 */
import type { Page } from 'playwright-core';

/**
 * Presses a key on a lever of the band panel `panel` (`explore`, `whatif-band`) and waits for
 * the final band drawn after it (over every seed, not the first look): milliseconds from the move
 * to that redraw. `firstBandMs` then tells when the first band was drawn.
 */
export async function moveToBand(page: Page, lever: string, key: string, panel = 'explore'): Promise<number> {
  const charts = `[data-testid=${panel}-charts]`;
  const before = await page.getAttribute(charts, 'data-drawn-at');
  await page.focus(`[data-testid=${panel}-${lever}]`);
  await page.keyboard.press(key);
  await page.waitForFunction(
    ({ charts, before }) => {
      const box = document.querySelector<HTMLElement>(charts)!;
      return box.dataset.drawnAt !== before && Number(box.dataset.drawnAt) > Number(box.dataset.movedAt) && box.dataset.refining === 'false';
    },
    { charts, before },
  );
  return page.$eval(charts, (el) => Number((el as HTMLElement).dataset.drawnAt) - Number((el as HTMLElement).dataset.movedAt));
}

/** Of the last move: milliseconds from it to the first band drawn (a first look, or the final band where one was kept). */
export function firstBandMs(page: Page, panel = 'explore'): Promise<number> {
  return page.$eval(`[data-testid=${panel}-charts]`, (el) => Number((el as HTMLElement).dataset.firstDrawnAt) - Number((el as HTMLElement).dataset.movedAt));
}

/** Of the last redraw: milliseconds drawing the band on the page, after it arrived from the workers. */
export function drawingTime(page: Page, panel = 'explore'): Promise<number> {
  return page.$eval(`[data-testid=${panel}-charts]`, (el) => Number((el as HTMLElement).dataset.drawnAt) - Number((el as HTMLElement).dataset.arrivedAt));
}

/** Waits until the band panel `panel` has drawn its final charts. */
export async function bandDrawn(page: Page, panel = 'explore'): Promise<void> {
  await page.waitForFunction((p) => document.querySelector<HTMLElement>(`[data-testid=${p}-charts]`)?.dataset.refining === 'false', panel);
}

export async function openExplore(page: Page): Promise<void> {
  await page.click('[data-testid=open-explore]');
  await bandDrawn(page);
}
