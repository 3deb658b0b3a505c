/**
 * A whole classroom game visiting every screen — title, play, an event, the turn report, the
 * end and the debrief of the game's own replay — calling `visit` on each, so one walk serves
 * the checks that must hold on every screen (language, accessibility).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { waitForScene } from './browser.ts';
import { endTurn, hookSession } from './play.ts';

export type Screen = 'title' | 'play' | 'event' | 'report' | 'end' | 'debrief';

export const TOUR_SCENARIO = 'classroom-short';
/** A seed on which the classroom game draws an event card in its first turns. */
export const TOUR_SEED = '3';

export async function tour(page: Page, visit: (screen: Screen) => Promise<void>): Promise<Set<Screen>> {
  const seen = new Set<Screen>();
  const at = async (screen: Screen) => {
    seen.add(screen);
    await visit(screen);
  };
  await at('title');
  await page.check(`input[name=scenario][value=${TOUR_SCENARIO}]`);
  await page.fill('[data-testid=seed]', TOUR_SEED);
  await page.click('[data-testid=new-game]');
  await waitForScene(page, 'Play');
  await at('play');
  while (!(await hookSession(page))!.finished) {
    while (await page.locator('[data-testid=event-dialog]:not([hidden])').count()) {
      if (!seen.has('event')) await at('event');
      await page.locator('[data-testid=event-dialog] [data-option]').first().click();
    }
    await endTurn(page);
    if ((await hookSession(page))!.finished) break;
    if (!seen.has('report') && !(await page.locator('[data-testid=event-dialog]:not([hidden])').count())) {
      await page.click('[data-testid=tab-why]');
      await at('report');
      await page.click('[data-testid=tab-trends]');
    }
  }
  await waitForScene(page, 'End');
  await at('end');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-replay]')]);
  const replay = readFileSync((await download.path())!, 'utf8');
  await page.click('[data-testid=new-game]');
  await waitForScene(page, 'Title');
  await page.click('[data-testid=debrief]');
  await waitForScene(page, 'Debrief');
  await page.setInputFiles('[data-testid=replay-files]', [{ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(replay) }]);
  await page.locator('[data-testid=scrubber]').waitFor();
  await page.locator('[data-testid=next-turn]').click();
  await at('debrief');
  return seen;
}
