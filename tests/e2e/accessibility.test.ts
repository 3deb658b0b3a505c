// Every screen checked with axe-core in Chromium: no serious or critical violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, type Violation } from './axe.ts';
import { launchChromium, openGame } from './browser.ts';
import { openExplore } from './exploreTiming.ts';
import { tour, type Screen } from './tour.ts';

describe('accessibility', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no serious or critical axe violation on any screen', async () => {
    const found: Record<string, Violation[]> = {};
    const counts: Record<string, Record<string, number>> = {};
    await tour(page, async (screen: Screen) => {
      const violations = await axeViolations(page);
      counts[screen] = Object.fromEntries(['critical', 'serious', 'moderate', 'minor'].map((impact) => [impact, violations.filter((v) => v.impact === impact).length]));
      if (violations.length > 0) console.log(`${screen}: ${violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.join(' | ')}`).join('\n')}`);
      found[screen] = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    });
    console.log(`axe violations by screen: ${JSON.stringify(counts)}`);
    expect(found).toEqual({ title: [], play: [], event: [], report: [], end: [], debrief: [] });
  });

  it('has no serious or critical axe violation in Explore', async () => {
    const explore = await openGame(browser, inject('baseUrl'));
    await openExplore(explore);
    const violations = await axeViolations(explore);
    if (violations.length > 0) console.log(`explore: ${violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.join(' | ')}`).join('\n')}`);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await explore.close();
  });
});
