/**
 * Changing a figure in the Assumptions panel and timing the band redrawn for the changed
 * scenario: shared by the panel's browser test and `npm run bench:web`.
 */
import type { Page } from 'playwright-core';

const CHARTS = '[data-testid=assumptions-band-charts]';

/** Waits for the final band drawn after the last change; answers ms from the change to the first band drawn, and to the final one. */
export async function bandAfterChange(page: Page): Promise<{ first: number; final: number }> {
  await page.waitForFunction((charts) => {
    const box = document.querySelector<HTMLElement>(charts)!;
    return box.dataset.refining === 'false' && Number(box.dataset.drawnAt) > Number(box.dataset.changedAt);
  }, CHARTS);
  return page.$eval(CHARTS, (el) => {
    const data = (el as HTMLElement).dataset;
    return { first: Number(data.firstDrawnAt) - Number(data.changedAt), final: Number(data.drawnAt) - Number(data.changedAt) };
  });
}

/** Types a value into a figure's field (`replantShare`, `recoveryRate`…) and leaves it, as a teacher would with the keyboard. */
export async function setFigure(page: Page, figure: string, value: string): Promise<void> {
  const field = `[data-testid=assumptions-${figure}]`;
  await page.focus(field);
  await page.fill(field, value);
  await page.keyboard.press('Tab');
}

/** Opens the Assumptions panel from an open Explore and waits for its first band. */
export async function openAssumptions(page: Page): Promise<void> {
  await page.click('[data-testid=open-assumptions]');
  await bandAfterChange(page);
}
