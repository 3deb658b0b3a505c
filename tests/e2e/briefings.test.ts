// Each shipped scenario opens on its own briefing, in English and in Spanish: the first page
// names its own place and years, never another scenario's. Looked at on a 1024×768 projector.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localizeScenario } from '../../src/scenario/translations.ts';
import { loadScenario } from '../engine/helpers.ts';
import { launchChromium, waitForScene } from './browser.ts';
import { textBelow } from './pageChecks.ts';
import { screenshot } from './play.ts';

const viewport = { width: 1024, height: 768 };
const shipped = ['vraem-2012', 'classroom-short', 'upper-huallaga-2005'].map((file) => loadScenario(`scenarios/${file}.json`));

describe('each scenario’s own briefing at 1024×768', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const scenario of shipped) {
    for (const lang of ['en', 'es']) {
      it(`${scenario.id} in ${lang}`, async () => {
        const page = await browser.newPage({ viewport });
        page.on('pageerror', (error) => {
          throw error;
        });
        await page.goto(`${inject('baseUrl')}/?test&lang=${lang}`);
        await waitForScene(page, 'Title');
        await page.check(`input[name=scenario][value=${scenario.id}]`);
        await page.fill('[data-testid=seed]', '1');
        await page.click('[data-testid=new-game]');
        await waitForScene(page, 'Play');
        await page.locator('dialog[data-testid=briefing-dialog]').waitFor();
        const own = localizeScenario(scenario, lang).briefing.pages![0]!;
        expect(await page.locator('[data-testid=briefing-page] h2').innerText()).toBe(own.heading);
        const text = await page.locator('[data-testid=briefing-page]').innerText();
        expect(text).toContain(own.paragraphs[0]);
        for (const other of shipped.filter((s) => s.id !== scenario.id)) expect(text).not.toContain(localizeScenario(other, lang).briefing.pages![0]!.heading);
        expect(await textBelow(page, '[data-testid=briefing-dialog]')).toEqual([]);
        // The advisers are the scenario's own, in the page's language.
        const names = await page.locator('[data-testid=advisers] label.adviser strong').allInnerTexts();
        expect(names).toEqual(localizeScenario(scenario, lang).advisers.map((a) => a.name));
        await screenshot(page, `briefing-first-${scenario.id}-${lang}-1024`);
        await page.close();
      });
    }
  }
});
