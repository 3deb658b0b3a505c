// A first game opens on a briefing and a guided tour of the play screen; both can be skipped and
// are reopened from Help; the glossary is reachable from the title and the play screen. Looked
// at on a 1024×768 projector and a 1920×1080 screen: every text at least 14 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { textBelow } from './pageChecks.ts';
import { screenshot, vraem } from './play.ts';

for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  describe(`onboarding at ${viewport.width}×${viewport.height}`, () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchChromium();
      page = await openGame(browser, inject('baseUrl'), viewport, true);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('opens the glossary from the title screen, with CADs and rondas told apart', async () => {
      await page.click('[data-testid=open-glossary]');
      const glossary = page.locator('dialog[data-testid=glossary]');
      await glossary.waitFor();
      expect(await glossary.getAttribute('aria-modal')).toBe('true');
      const terms = await page.locator('[data-testid=glossary] dt').allInnerTexts();
      // The chosen scenario's own entries (its valley, people and armed group) come first, then those true of every scenario.
      for (const term of ['VRAEM', 'Asháninka', 'Colono', 'MPCP', 'ENACO', 'CAD', 'Ronda campesina', 'DEVIDA', 'Sendero Luminoso', 'Cocalero']) expect(terms.some((t) => t.includes(term)), term).toBe(true);
      const text = await glossary.innerText();
      expect(text).toMatch(/Decreto Legislativo 741 \(1991\)/);
      expect(text).toMatch(/Ley 27908 \(2003\)/);
      expect(text).toMatch(/not the same as rondas campesinas/);
      expect(await textBelow(page, '[data-testid=glossary]')).toEqual([]);
      await screenshot(page, `glossary-${viewport.width}`);
      await page.keyboard.press('Escape');
      expect(await glossary.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-glossary');
    });

    it('briefs a first game page by page, then tours every part of the screen', async () => {
      await page.fill('[data-testid=seed]', '11');
      await page.click('[data-testid=new-game]');
      await waitForScene(page, 'Play');
      const briefing = page.locator('dialog[data-testid=briefing-dialog]');
      await briefing.waitFor();
      expect(await page.evaluate(() => document.activeElement?.closest('dialog, [role=dialog]') !== null)).toBe(true);
      expect(await page.locator('[data-testid=briefing-page] h2').innerText()).toBe('The VRAEM, early 2012');
      expect(await textBelow(page, '[data-testid=briefing-dialog]')).toEqual([]);
      await screenshot(page, `briefing-${viewport.width}`);
      await page.click('[data-testid=briefing-next]');
      expect(await page.locator('[data-testid=briefing-page] h2').innerText()).toBe('Between two fires');
      await page.click('[data-testid=briefing-next]');
      expect(await page.locator('[data-testid=briefing-page] h2').innerText()).toBe('Your role');
      expect(await page.locator('[data-testid=briefing-page]').innerText()).toContain('For 20 quarters (2012–2016)');
      await page.click('[data-testid=briefing-next]');
      // Every lever of the scenario, with its cost and its price for people.
      const levers = await page.locator('.lever-prices dt').allInnerTexts();
      expect(levers.map((l) => l.split(' — ')[0])).toEqual(vraem.levers.map((l) => l.label));
      expect(levers.every((l) => /Up to [\d,.]+ million soles a quarter/.test(l))).toBe(true);
      await screenshot(page, `briefing-levers-${viewport.width}`);
      await page.click('[data-testid=start-tour]');

      const steps: string[] = [];
      for (;;) {
        const card = page.locator('[data-testid=tour]');
        await card.waitFor();
        const step = (await card.getAttribute('data-step'))!;
        steps.push(step);
        // The part of the screen the step is about is outlined, and the card does not cover it.
        const target = page.locator('.tour-target');
        expect(await target.count()).toBe(1);
        const [a, b] = [(await card.boundingBox())!, (await target.boundingBox())!];
        const overlap = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
        expect(overlap / (b.width * b.height), step).toBeLessThan(0.5);
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y + a.height).toBeLessThanOrEqual(viewport.height);
        expect(await textBelow(page, '[data-testid=tour]')).toEqual([]);
        if (steps.length === 1) await screenshot(page, `tour-${viewport.width}`);
        const finish = (await page.locator('[data-testid=tour-next]').innerText()) === 'Start playing';
        await page.click('[data-testid=tour-next]');
        if (finish) break;
      }
      expect(steps).toEqual(['map', 'advisers', 'levers', 'budget', 'end-turn', 'report', 'help']);
      expect(await page.locator('.tour-target').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('why-heading');
    });

    it('does not brief again on the next game, and Help reopens it; Skip and Escape leave it at once', async () => {
      await page.click('[data-testid=save-quit]');
      await waitForScene(page, 'Title');
      await page.click('[data-testid=new-game]');
      await waitForScene(page, 'Play');
      await page.waitForTimeout(200);
      expect(await page.locator('[data-testid=briefing-dialog]:not([hidden])').count()).toBe(0);
      await page.click('[data-testid=help]');
      await page.locator('dialog[data-testid=briefing-dialog]').waitFor();
      await page.click('[data-testid=skip-briefing]');
      expect(await page.locator('[data-testid=briefing-dialog]:not([hidden])').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('why-heading');
      // The tour ends with Escape too.
      await page.click('[data-testid=help]');
      while ((await page.locator('[data-testid=start-tour]').count()) === 0) await page.click('[data-testid=briefing-next]');
      await page.click('[data-testid=start-tour]');
      await page.locator('[data-testid=tour]').waitFor();
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-testid=tour]').count()).toBe(0);
      // The glossary from the play screen.
      await page.click('[data-testid=open-glossary]');
      await page.locator('dialog[data-testid=glossary]').waitFor();
      await page.click('[data-testid=glossary-close]');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-glossary');
    });
  });
}
