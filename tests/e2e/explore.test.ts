// Explore, opened from the title screen: a lever moved with the keyboard redraws every
// criterion's band of outcomes over 200 seeds (computed in the analysis workers). The time from
// the move to the redraw is recorded for `npm run bench:web`. Looked at on a 1024×768 projector
// and a 1920×1080 screen: every text at least 14 px.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame } from './browser.ts';
import { textBelow } from './pageChecks.ts';
import { moveToBand, openExplore } from './exploreTiming.ts';
import { bandSeeds, outcomeBand } from '../../src/analysis/outcomeBand.ts';
import { formatCriterion } from '../../src/game/ui/format.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';
import { screenshot } from './play.ts';

for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  describe(`explore at ${viewport.width}×${viewport.height}`, () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchChromium();
      page = await openGame(browser, inject('baseUrl'), viewport);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('redraws the band of outcomes when a lever moves with the keyboard', async () => {
      await openExplore(page);
      const figures = page.locator('[data-testid=explore-charts] figure');
      expect(await figures.count()).toBe(6);
      const cocaPath = () => page.$eval('[data-criterion=coca] svg', (svg) => svg.innerHTML);
      const before = await cocaPath();
      // Every line the status says, in order: a move first shows a band over the first seeds, then refines it.
      await page.evaluate(() => {
        const status = document.querySelector('[data-testid=explore-status]')!;
        const said: string[] = ((window as unknown as { __said: string[] }).__said = []);
        new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
      });
      const times: number[] = [];
      for (let i = 0; i < 4; i++) times.push(await moveToBand(page, 'eradicationPace', 'ArrowRight'));
      expect(await page.inputValue('[data-testid=explore-eradicationPace]')).toBe('30');
      expect(await cocaPath()).not.toBe(before);
      // A shipped scenario's band comes from the workers, never from the page's own thread.
      expect(await page.getAttribute('[data-testid=explore-charts]', 'data-where')).toBe('workers');
      console.log(`explore move-to-band at ${viewport.width}: ${times.map((ms) => ms.toFixed(0)).join(', ')} ms`);
      expect(await page.textContent('[data-testid=explore-status]')).toBe('Band updated over 200 games.');
      // A jump to a setting far from any seen or worked out ahead: a first look, then the final band.
      await page.$eval('[data-testid=explore-militaryOperations]', (input) => {
        (input as HTMLInputElement).value = '90';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.waitForFunction(() => {
        const box = document.querySelector<HTMLElement>('[data-testid=explore-charts]')!;
        return box.dataset.refining === 'false' && Number(box.dataset.drawnAt) > Number(box.dataset.movedAt);
      });
      expect(await page.getAttribute('[data-testid=explore-charts]', 'data-kept')).toBe('false');
      const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
      expect(said).toContain('A first look over 50 games; refining to 200…');
      expect(said.lastIndexOf('A first look over 50 games; refining to 200…')).toBeLessThan(said.lastIndexOf('Band updated over 200 games.'));
      expect(await textBelow(page, '[data-testid=explore]')).toEqual([]);
      await screenshot(page, `explore-${viewport.width}`);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-explore');
    });
  });
}

describe('explore on a scenario loaded from a file', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('works out its band in the workers too, from the loaded scenario', async () => {
    browser = await launchChromium();
    const page = await openGame(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const shippedBand = async () => {
      await openExplore(page);
      const charts = await page.$eval('[data-testid=explore-charts]', (el) => el.innerHTML);
      await page.keyboard.press('Escape');
      return charts;
    };
    const shipped = await shippedBand();
    const scenario = JSON.parse(readFileSync('scenarios/vraem-2012.json', 'utf8'));
    scenario.id = 'my-vraem';
    scenario.title = 'My own VRAEM';
    scenario.communities[0].trust = 60;
    await page.setInputFiles('[data-testid=scenario-file]', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await page.check('input[name=scenario][value=my-vraem]');
    await openExplore(page);
    expect(await page.getAttribute('[data-testid=explore-charts]', 'data-where')).toBe('workers');
    expect(await page.$eval('[data-testid=explore-charts]', (el) => el.innerHTML)).not.toBe(shipped);
    await moveToBand(page, 'eradicationPace', 'ArrowRight');
    expect(await page.getAttribute('[data-testid=explore-charts]', 'data-where')).toBe('workers');
  });
});

describe('explore while the panel waits', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('works out the settings one step either side ahead, and draws a move back to a setting seen before without playing it again', async () => {
    browser = await launchChromium();
    const page = await openGame(browser, inject('baseUrl'), { width: 1280, height: 720 });
    await openExplore(page);
    const kept = () => page.getAttribute('[data-testid=explore-charts]', 'data-kept');
    // A teacher reads the charts; the workers work out the neighbouring settings meanwhile.
    await page.waitForTimeout(4000);
    await moveToBand(page, 'eradicationPace', 'ArrowRight');
    expect(await kept()).toBe('true');
    await page.waitForTimeout(3000);
    await moveToBand(page, 'eradicationPace', 'ArrowRight');
    expect(await kept()).toBe('true');
    // Back where it started: the band seen first, kept.
    await moveToBand(page, 'eradicationPace', 'ArrowLeft');
    await moveToBand(page, 'eradicationPace', 'ArrowLeft');
    expect(await kept()).toBe('true');
    expect(await page.textContent('[data-testid=explore-status]')).toBe('Band updated over 200 games.');
  });
});

describe('explore, the first move after a page load', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('draws a first look worked out ahead at once, then the very band of all 200 seeds', async () => {
    browser = await launchChromium();
    const page = await openGame(browser, inject('baseUrl'), { width: 1280, height: 720 });
    await openExplore(page);
    // While the panel waits: a first look at every neighbouring setting of the opening one (each lever one step either side).
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-testid=explore-charts]')!.dataset.aheadSeeds) >= 50);
    await page.evaluate(() => {
      const status = document.querySelector('[data-testid=explore-status]')!;
      const said: string[] = ((window as unknown as { __said: string[] }).__said = []);
      new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    // The last lever's step down: the last of the neighbours to be given a first look.
    await moveToBand(page, 'militaryOperations', 'ArrowLeft');
    expect(Number(await page.getAttribute('[data-testid=explore-charts]', 'data-played-ahead'))).toBeGreaterThanOrEqual(50);
    // Drawn with the move, so the status never says it is working: a first look, then the final band.
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said[0]).toMatch(/^A first look over \d+ games; refining to 200…$/);
    expect(said[said.length - 1]).toBe('Band updated over 200 games.');
    // The final band is the one 200 seeds played in one go give.
    const parsed = parseScenarioText(readFileSync('scenarios/vraem-2012.json', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const scenario = parsed.value;
    const band = outcomeBand(scenario, [], { militaryOperations: 35 }, bandSeeds(200));
    const medians = await page.$$eval('[data-testid=explore-table] td[data-value=median]', (cells) => cells.map((c) => c.textContent));
    expect(medians).toEqual(band.criteria.map((c, i) => formatCriterion(scenario.assessment[i]!.measure, c.band.median[c.band.median.length - 1]!)));
  });
});
