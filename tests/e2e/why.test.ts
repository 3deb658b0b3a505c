// After a turn the play screen leads with people: per community, how trust and security moved
// and the causes behind each (plain words, evidence, citation), exactly as the engine recorded;
// then the full ledger, every line reachable and searchable; the inspector on keyboard focus;
// and trend charts with axes in years.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { digestTurn } from '../../src/analysis/turnDigest.ts';
import { explainCommunities, groupLedger } from '../../src/analysis/why.ts';
import { leafPriceNow, summarizeRegion } from '../../src/engine/index.ts';
import { fmt } from '../../src/game/ui/format.ts';
import { causeWords } from '../../src/game/ui/whyView.ts';
import { launchChromium, openGame } from './browser.ts';
import { answerEvents, endTurn, headless, hookSession, newGame, screenshot, vraem } from './play.ts';

for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  describe(`the why of a turn at ${viewport.width}×${viewport.height}`, () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchChromium();
      page = await openGame(browser, inject('baseUrl'), viewport);
      await newGame(page, '7');
      await page.fill('[data-testid=lever-eradicationPace]', '100');
      await page.fill('[data-testid=lever-developmentFunding]', '0');
      await endTurn(page);
      await answerEvents(page);
    });
    afterAll(async () => {
      await browser?.close();
    });

    const played = async () => {
      const hook = (await hookSession(page))!;
      return headless(hook.seed, hook.decisions);
    };

    it('leads with each community\'s trust and security and the causes the engine recorded', async () => {
      const session = await played();
      const why = explainCommunities(vraem, session.history[0]!, session.state, session.lastReport!);
      expect(await page.locator('[data-testid=why-heading]').innerText()).toBe('After turn 1: what happened to people');
      // The default view: a headline counting the communities where trust and security rose or fell, and the three biggest moves with their main cause.
      const digest = digestTurn(why);
      const { tally } = digest;
      expect(await page.locator('[data-testid=why-headline]').innerText()).toBe(`Of ${tally.communities} communities, trust rose in ${tally.trustUp} and fell in ${tally.trustDown}; security rose in ${tally.securityUp} and fell in ${tally.securityDown}.`);
      const top = await page.locator('[data-testid=why-top] li').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-community')}.${li.getAttribute('data-metric')}`));
      expect(top).toEqual(digest.top.map((c) => `${c.community}.${c.metric}`));
      for (const [i, change] of digest.top.entries()) {
        const line = await page.locator('[data-testid=why-top] li').nth(i).innerText();
        const move = change.move;
        expect(line).toContain(`${change.metric === 'trust' ? 'Trust' : 'Security'} ${move.change < 0 ? 'fell' : 'rose'} ${fmt.index(move.before)} → ${fmt.index(move.after)}`);
        expect(line).toContain(`${causeWords(vraem, move.causes[0]!)} ${fmt.signed(move.causes[0]!.amount)}`);
      }
      // The rest one tap away, in its own tab: biggest movers first, as the analysis ranks them; four told in full.
      expect(await page.locator('[data-testid=why-summary] .people').count()).toBe(0);
      await page.click('[data-testid=tab-communities]');
      const shown = await page.locator('[data-testid=why-full] .people li').evaluateAll((items) => items.map((li) => li.getAttribute('data-community')));
      const moved = why.filter((c) => Math.max(Math.abs(c.trust.change), Math.abs(c.security.change)) >= 0.5);
      expect(shown).toEqual(moved.slice(0, 4).map((c) => c.id));
      // The others that moved are still named, with their changes.
      for (const c of moved.slice(4)) expect(await page.locator('[data-testid=why-also]').innerText()).toContain(c.name);
      // Each told community: its numbers and every cause in plain words, amount and citation.
      for (const c of moved.slice(0, 4)) {
        const line = await page.locator(`[data-testid=why-full] .people li[data-community=${c.id}]`).innerText();
        for (const [label, move] of [['Trust', c.trust], ['Security', c.security]] as const) {
          if (Math.abs(move.change) < 0.5) continue;
          expect(line).toContain(`${label} ${move.change < 0 ? 'fell' : 'rose'} ${fmt.index(move.before)} → ${fmt.index(move.after)}`);
          for (const cause of move.causes) expect(line).toContain(`${causeWords(vraem, cause)} ${fmt.signed(cause.amount)}`);
        }
      }
      // An eradication turn names eradication, with the passage it rests on.
      expect(await page.locator('[data-testid=why-full]').innerText()).toMatch(/eradication took families’ coca income with little to replace it −\d+\.\d \(stated · Zech 2014, endnote 38\)/);
      // The leaf price, which sets what coca pays, is said every turn as the engine has it.
      const market = await page.locator('[data-testid=why-market]').innerText();
      expect(market).toContain(`S/ ${fmt.price(leafPriceNow(session.state))} a kilo`);
      expect(market).toContain(`S/ ${fmt.price(leafPriceNow(session.history[0]!))} when the game began`);
      const words = (await page.locator('[data-testid=why-full]').innerText()).split(/\s+/).filter(Boolean).length;
      console.log(`every community, after an eradication turn: ${shown.length} communities, ${words} words`);
      await screenshot(page, `why-summary-${viewport.width}`);
    });

    it('lists every change in the ledger, grouped by community, and finds lines by search', async () => {
      const session = await played();
      const total = groupLedger(vraem, session.lastReport!).reduce((n, g) => n + g.lines.length, 0);
      await page.click('[data-testid=tab-ledger]');
      await page.locator('[data-testid=ledger] details').evaluateAll((groups) => groups.forEach((g) => ((g as HTMLDetailsElement).open = true)));
      expect(await page.locator('[data-testid=ledger] .ledger-groups li.report-line').count()).toBe(total);
      expect(await page.locator('[data-testid=ledger-count]').innerText()).toBe(`${total} of ${total} changes shown`);
      await page.fill('[data-testid=ledger-search]', 'Pichari trust');
      const groups = await page.locator('[data-testid=ledger] .ledger-groups details').evaluateAll((ds) => ds.map((d) => d.getAttribute('data-community')));
      expect(groups).toEqual(['pichari']);
      const metrics = await page.locator('[data-testid=ledger] .ledger-groups li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-metric')));
      expect(metrics.length).toBeGreaterThan(0);
      expect(metrics.every((m) => m === 'trust')).toBe(true);
      await screenshot(page, `why-ledger-${viewport.width}`);
      await page.fill('[data-testid=ledger-search]', '');
    });

    it('shows a community\'s last change, its causes and its history on keyboard focus', async () => {
      await page.locator('[data-testid=community-pichari]').focus();
      await page.keyboard.press('ArrowRight');
      const second = vraem.communities[1]!;
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(`community-${second.id}`);
      const details = page.locator('[data-testid=community-details]');
      expect(await details.isVisible()).toBe(true);
      expect(await details.locator('h3').innerText()).toContain(second.name);
      expect(await details.locator('[data-testid=inspector-why]').innerText()).toMatch(/^Trust (fell|rose|held) [\d.]+ → [\d.]+/);
      expect(await details.locator('svg').count()).toBe(1);
      const box = (await details.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await screenshot(page, `why-inspector-${viewport.width}`);
      await page.keyboard.press('Escape');
    });

    it('draws the trends with a value axis, years and the latest value of each series', async () => {
      const session = await played();
      const latest = summarizeRegion(vraem, session.state);
      await page.click('[data-testid=tab-trends]');
      const ticks = await page.locator('[data-testid=chart-meanTrust-figure] svg text.tick').allTextContents();
      expect(ticks).toEqual(expect.arrayContaining(['0', '100', '2012']));
      expect(ticks.filter((tick) => /^20\d\d$/.test(tick)).length).toBeGreaterThanOrEqual(2);
      expect(await page.locator('[data-testid=chart-meanTrust]').innerText()).toBe(latest.meanTrust.toFixed(1));
      expect(await page.locator('[data-testid=chart-cocaHectares]').innerText()).toBe(Math.round(latest.cocaHectares).toLocaleString('en'));
      expect(await page.locator('[data-testid=chart-meanTrust-figure] svg').getAttribute('aria-label')).toMatch(/^Trust: [\d.]+ at the start, [\d.]+ in Q2 2012$/);
      await screenshot(page, `why-trends-${viewport.width}`);
    });
  });
}
