// What a screen reader gets on the play screen: the canvas hidden in favour of DOM equivalents
// (the map as a list, the trends as a table), each turn announced in a polite live region, event
// cards as modal dialogs that keep and return the focus; and no animation when asked for less motion.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { summarizeCommunities } from '../../src/engine/index.ts';
import { loadScenario } from '../engine/helpers.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { hookSession, headless, screenshot } from './play.ts';
import { Session } from '../../src/game/session.ts';
import { TOUR_SCENARIO, TOUR_SEED } from './tour.ts';

const classroom = loadScenario(`scenarios/${TOUR_SCENARIO}.json`);

describe('screen reader and reduced motion', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'));
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.check(`input[name=scenario][value=${TOUR_SCENARIO}]`);
    await page.fill('[data-testid=seed]', TOUR_SEED);
    await page.click('[data-testid=new-game]');
    await waitForScene(page, 'Play');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('hides the canvas and mirrors the map as a list of communities with their figures', async () => {
    expect(await page.locator('canvas').getAttribute('aria-hidden')).toBe('true');
    const items = page.locator('[data-testid=map-mirror] li');
    expect(await items.count()).toBe(classroom.communities.length);
    const start = summarizeCommunities(classroom, Session.start(classroom, TOUR_SEED).state);
    for (const [i, c] of start.entries()) {
      const line = await items.nth(i).innerText();
      expect(line).toContain(c.name);
      expect(line).toContain(`Trust ${c.trust.toFixed(1)} (unchanged)`);
    }
  });

  it('passes the turn at once with reduced motion and announces it, with the region\'s figures', async () => {
    await page.click('[data-testid=end-turn]');
    // No animation: the turn is over by the time the click returns.
    expect(await page.evaluate(() => (window as unknown as { __btf: { busy(): boolean } }).__btf.busy())).toBe(false);
    const announcer = page.locator('[data-testid=announcer]');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => document.querySelector('[data-testid=announcer]')?.textContent !== '');
    const said = await announcer.innerText();
    const { startYear, startQuarter, turnMonths } = classroom.calendar;
    const months = (startQuarter - 1) * 3 + turnMonths;
    const now = `Q${Math.floor((months % 12) / 3) + 1} ${startYear + Math.floor(months / 12)}`;
    expect(said).toMatch(new RegExp(`^Turn 1 of ${classroom.calendar.turns} played\\. Now ${now}\\. Mean trust [\\d.]+ \\((unchanged|[+−][\\d.]+)\\)`));
    const played = (await hookSession(page))!;
    const after = summarizeCommunities(classroom, headless(played.seed, played.decisions, classroom).state);
    expect(await page.locator('[data-testid=map-mirror] li').first().innerText()).toContain(`Trust ${after[0]!.trust.toFixed(1)}`);
  });

  it('backs the trend charts with a table, shown on request', async () => {
    await page.click('[data-testid=tab-trends]');
    const table = page.locator('[data-testid=chart-table]');
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('caption').innerText()).toBe('Trends by turn (region-wide)');
    const toggle = page.locator('[data-testid=table-toggle]');
    // Visually hidden (a 1-pixel clipped box) until asked for, yet read by screen readers.
    const holder = page.locator('.trend-table');
    expect((await holder.boundingBox())!.width).toBeLessThanOrEqual(1);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect((await holder.boundingBox())!.width).toBeGreaterThan(300);
    await screenshot(page, 'trend-table');
    await toggle.click();
  });

  it('opens event cards as modal dialogs: focus inside, Tab kept in, the screen behind inert, focus returned', async () => {
    // Play on until a card comes up.
    while (!(await page.locator('[data-testid=event-dialog]:not([hidden])').count())) {
      await page.focus('[data-testid=end-turn]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !(window as unknown as { __btf: { busy(): boolean } }).__btf.busy());
      if ((await hookSession(page))!.finished) throw new Error('no event card in the whole game');
    }
    const dialog = page.locator('dialog[open]');
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    const labelledBy = (await dialog.getAttribute('aria-labelledby'))!;
    expect(await page.locator(`#${labelledBy}`).innerText()).not.toBe('');
    const inDialog = () => page.evaluate(() => document.activeElement?.closest('dialog, [role=dialog]') !== null);
    expect(await inDialog()).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog()).toBe(true);
    }
    // Opened as the browser's modal dialog: the rest of the page is inert while it is open.
    expect(await page.evaluate(() => document.querySelector('dialog[open]')!.matches(':modal'))).toBe(true);
    while (await page.locator('[data-testid=event-dialog]:not([hidden])').count()) await page.locator('[data-testid=event-dialog] [data-option]').first().click();
    // Focus goes back to the summary of the turn just played (End turn is two Tab presses on).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('why-heading');
    expect(await page.evaluate(() => document.querySelector('dialog[open]'))).toBeNull();
  });
});
