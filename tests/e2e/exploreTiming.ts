/** Opening Explore and timing a lever move to the redrawn band: shared by its e2e test and `npm run bench:web`. */
import type { Page } from 'playwright-core';

/** Presses a key on a lever and waits for the band drawn after it: milliseconds from the move to the redraw. */
export async function moveToBand(page: Page, lever: string, key: string): Promise<number> {
  const before = await page.getAttribute('[data-testid=explore-charts]', 'data-drawn-at');
  await page.focus(`[data-testid=explore-${lever}]`);
  await page.keyboard.press(key);
  await page.waitForFunction((b) => {
    const charts = document.querySelector<HTMLElement>('[data-testid=explore-charts]')!;
    return charts.dataset.drawnAt !== b && Number(charts.dataset.drawnAt) > Number(charts.dataset.movedAt);
  }, before);
  return page.$eval('[data-testid=explore-charts]', (el) => Number((el as HTMLElement).dataset.drawnAt) - Number((el as HTMLElement).dataset.movedAt));
}

export async function openExplore(page: Page): Promise<void> {
  await page.click('[data-testid=open-explore]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=explore-charts] figure svg').length > 0);
}
