// The debrief's what-if band in Chromium: a replay scrubbed to a turn, the band opened from the
// keyboard, a lever moved with the keyboard, and the band's figures (the end of the game and turn
// by turn) read against the engine's own outcomeBand computed here in Node for the same inputs.
// The time from the move to the redraw is printed. Looked at on a 1024×768 projector and a
// 1920×1080 screen: every text at least 14 px.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bandSeeds, outcomeBand, runSeries, type OutcomeBand } from '../../src/analysis/outcomeBand.ts';
import type { Levers } from '../../src/analysis/plans.ts';
import { formatCriterion } from '../../src/game/ui/format.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { axeViolations } from './axe.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { bandDrawn, drawingTime, moveToBand } from './exploreTiming.ts';
import { textBelow } from './pageChecks.ts';
import { screenshot, vraem } from './play.ts';

const TURN = 8;
const text = readFileSync('examples/replays/paired.json', 'utf8');
const loaded = loadReplayText(text, { shipped: [vraem] });
if (!loaded.ok) throw new Error(loaded.error);
const { game } = loaded;
const played = game.decisions.slice(0, TURN);
const held = game.states[TURN]!.lastLevers;
const actual = runSeries(vraem, game.states);

/** What the panel's tables must say for a band: per criterion, the end-of-game row and every turn's row. */
function expected(band: OutcomeBand) {
  return band.criteria.map((c, i) => {
    const f = (v: number) => formatCriterion(vraem.assessment[i]!.measure, v);
    const last = c.band.median.length - 1;
    return {
      id: c.id,
      end: [f(actual[i]!.at(-1)!), f(c.band.low[last]!), f(c.band.median[last]!), f(c.band.high[last]!)],
      byTurn: c.band.median.map((_, k) => [k + TURN === 0 ? 'Start' : String(k + TURN), f(actual[i]![k + TURN]!), f(c.band.low[k]!), f(c.band.median[k]!), f(c.band.high[k]!)]),
    };
  });
}

/** The same figures as the page shows them. */
function shownOnPage(page: Page) {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-testid=whatif-band]')!;
    const end = [...panel.querySelectorAll<HTMLTableRowElement>('[data-testid=whatif-band-table] tbody tr')].map((row) => ({
      id: row.dataset.criterion!,
      end: [...row.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    }));
    const byTurn = [...panel.querySelectorAll('.band-by-turn table')].map((table) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
    return end.map((row, i) => ({ ...row, byTurn: byTurn[i] }));
  });
}

/** The debrief with two example replays loaded (the paired one first, so selected). */
async function openDebrief(page: Page): Promise<void> {
  await page.click('[data-testid=debrief]');
  await waitForScene(page, 'Debrief');
  await page.setInputFiles('[data-testid=replay-files]', [
    { name: 'paired.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    { name: 'eradication-only.json', mimeType: 'application/json', buffer: readFileSync('examples/replays/eradication-only.json') },
  ]);
  await page.locator('[data-testid=debrief-messages] p').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=class-table] tbody tr').length === 2);
}

for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  describe(`the debrief's what-if band at ${viewport.width}×${viewport.height}`, () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchChromium();
      page = await openGame(browser, inject('baseUrl'), viewport);
      await openDebrief(page);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('bands the rest of the game from the scrubbed turn, beside the run, as the engine computes it', async () => {
      await page.click('[data-testid=class-table] button[data-run="0"]');
      await page.locator('[data-testid=scrubber]').fill(String(TURN));
      expect(await page.locator('[data-testid=scrub-turn]').innerText()).toBe(`Turn ${TURN} of 20`);
      // Opened from the keyboard.
      await page.focus('[data-testid=what-if-band]');
      await page.keyboard.press('Enter');
      await bandDrawn(page, 'whatif-band');
      expect(await page.locator('#whatif-band-title').innerText()).toBe(`What could have happened: ${loaded.replay.player} after turn ${TURN}`);
      for (const lever of vraem.levers) expect(await page.inputValue(`[data-testid=whatif-band-${lever.id}]`)).toBe(String(held[lever.id]));
      expect(await page.locator('[data-testid=whatif-band-charts] figure').count()).toBe(vraem.assessment.length);
      // Each chart: the band, its median and the run's own line.
      expect(await page.locator('[data-testid=whatif-band-charts] figure').first().locator('path.band').count()).toBe(1);
      expect(await page.locator('[data-testid=whatif-band-charts] figure').first().locator('path[stroke="#f0e442"]').count()).toBe(1);

      const seeds = bandSeeds(200);
      const before = expected(outcomeBand(vraem, played, held, seeds));
      expect(await shownOnPage(page)).toEqual(before);
      expect(await page.textContent('[data-testid=whatif-band-status]')).toBe('Band updated over 200 games.');

      // Moves of the eradication lever, down three steps and up one (never above where it started,
      // so always within the budget).
      const times: number[] = [];
      const drawing: number[] = [];
      for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']) {
        times.push(await moveToBand(page, 'eradicationPace', key, 'whatif-band'));
        drawing.push(await drawingTime(page, 'whatif-band'));
      }
      const moved: Partial<Levers> = { ...held, eradicationPace: held.eradicationPace - 10 };
      expect(await page.inputValue('[data-testid=whatif-band-eradicationPace]')).toBe(String(moved.eradicationPace));
      expect(await page.textContent('[data-testid=whatif-band-eradicationPace-value]')).toBe(String(moved.eradicationPace));
      const after = expected(outcomeBand(vraem, played, moved, seeds));
      expect(after).not.toEqual(before);
      expect(await shownOnPage(page)).toEqual(after);
      expect(await page.getAttribute('[data-testid=whatif-band-charts]', 'data-where')).toBe('workers');
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      console.log(`what-if band move-to-redraw at ${viewport.width}×${viewport.height}: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms (of which drawing on the page ${drawing.map((ms) => ms.toFixed(0)).join(', ')} ms; ${cores} cores)`);

      // The turn-by-turn tables open from the keyboard too.
      await page.focus('[data-testid=whatif-band] details summary');
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-testid=whatif-band] details').getAttribute('open')).not.toBeNull();
      expect(await textBelow(page, '[data-testid=whatif-band]')).toEqual([]);
      const violations = await axeViolations(page);
      if (violations.length > 0) console.log(`what-if band: ${violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.join(' | ')}`).join('\n')}`);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await page.locator('.band-by-turn table').first().scrollIntoViewIfNeeded();
      await screenshot(page, `whatif-band-${viewport.width}-by-turn`);
      await page.keyboard.press('Enter');
      await page.evaluate(() => document.querySelector('dialog[data-testid=whatif-band]')!.scrollTo(0, 0));
      await screenshot(page, `whatif-band-${viewport.width}`);
      await page.evaluate(() => document.querySelector('dialog[data-testid=whatif-band]')!.scrollTo(0, 10_000));
      await screenshot(page, `whatif-band-${viewport.width}-end`);

      await page.keyboard.press('Escape');
      expect(await page.locator('[data-testid=whatif-band]').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('what-if-band');
    });
  });
}

describe("the debrief's what-if band in Spanish", () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('speaks Spanish throughout, at 1024×768 with every text at least 14 px', async () => {
    browser = await launchChromium();
    const page = await openGame(browser, inject('baseUrl'), { width: 1024, height: 768 });
    await page.goto(`${inject('baseUrl')}/?test&lang=es`);
    await waitForScene(page, 'Title');
    await openDebrief(page);
    await page.locator('[data-testid=scrubber]').fill('1');
    await page.click('[data-testid=what-if-band]');
    await bandDrawn(page, 'whatif-band');
    expect(await page.locator('#whatif-band-title').innerText()).toBe(`Qué pudo haber pasado: ${loaded.replay.player} después del turno 1`);
    expect(await page.locator('[data-testid=whatif-band] .band-panel > p').first().innerText()).toMatch(/^El primer turno se juega como lo jugó esta partida, en 200 partidas/);
    expect(await page.locator('[data-testid=whatif-band-table] caption').innerText()).toBe('Al final de la partida');
    expect(await page.textContent('[data-testid=whatif-band-status]')).toBe('Franja actualizada con 200 partidas.');
    expect(await textBelow(page, '[data-testid=whatif-band]')).toEqual([]);
    await screenshot(page, 'whatif-band-es-1024');
    // Levers the budget cannot pay for: the engine refuses them, and the panel says so.
    await page.focus('[data-testid=whatif-band-developmentFunding]');
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.querySelector('[data-testid=whatif-band-status]')!.textContent!.startsWith('Estas medidas cuestan más'));
  });
});
