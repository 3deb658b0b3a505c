// A student's game in real Chromium: keyboard and mouse, events, every turn to the end, and the
// figures on screen checked against the engine run headless with the same decisions.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adviceOverGame } from '../../src/analysis/advisers.ts';
import { assess, summarizeCommunities } from '../../src/engine/index.ts';
import { formatCriterion } from '../../src/game/ui/format.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { answerEvents, endTurn, headless, hookSession, newGame, screenshot, vraem } from './play.ts';


describe('playing a game', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the title screen with every shipped scenario and the brief of the one chosen', async () => {
    expect(await page.locator('input[name=scenario]').count()).toBe(3);
    await page.check('input[name=scenario][value=vraem-2012]');
    expect(await page.locator('[data-testid=briefing]').innerText()).toContain('You have 20 quarters');
    expect(await page.locator('[data-testid=continue]').isDisabled()).toBe(true);
    await screenshot(page, 'title');
  });

  it('sets levers with the keyboard and the mouse', async () => {
    await page.fill('[data-testid=player]', 'Ana');
    await newGame(page, '7');
    const slider = page.locator('[data-testid=lever-eradicationPace]');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-testid=lever-eradicationPace-value]').innerText()).toBe('20 %');

    const military = page.locator('[data-testid=lever-militaryOperations]');
    await military.scrollIntoViewIfNeeded();
    const box = (await military.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    const value = Number((await page.locator('[data-testid=lever-militaryOperations-value]').innerText()).replace(/[^\d.]/g, ''));
    expect(value).toBeGreaterThanOrEqual(10);
    expect(value).toBeLessThanOrEqual(30);
    expect(await page.locator('[data-testid=budget]').innerText()).toMatch(/^[\d.,]+ of [\d.,]+ million soles$/);
    await screenshot(page, 'play');
  });

  it('plays every turn to the end, answering events, with the engine\'s figures on screen', async () => {
    let sawEvent = false;
    let checkedMidGame = false;
    // What each adviser said before each turn, as shown.
    const shown: Record<string, string>[] = [];
    for (let turn = 1; turn <= vraem.calendar.turns; turn++) {
      await answerEvents(page, async () => {
        if (!sawEvent) await screenshot(page, 'event');
        sawEvent = true;
      });
      shown.push(
        Object.fromEntries(
          await page.locator('[data-testid^=advice-]').evaluateAll((lines) => lines.map((l) => [l.getAttribute('data-testid')!.slice('advice-'.length), l.getAttribute('data-line')!])),
        ),
      );
      await endTurn(page);
      if (turn === 6) {
        // The turn report and the map show exactly what the engine computed.
        await answerEvents(page);
        await page.click('[data-testid=tab-why]');
        expect(await page.locator('[data-testid=why-heading]').innerText()).toBe('After turn 6: what happened to people');
        await screenshot(page, 'report');
        const played = (await hookSession(page))!;
        const engine = summarizeCommunities(vraem, headless(played.seed, played.decisions).state);
        for (const c of engine) {
          expect(await page.locator(`[data-testid=trust-${c.id}]`).innerText()).toBe(Math.round(c.trust).toLocaleString('en'));
          expect(await page.locator(`[data-testid=security-${c.id}]`).innerText()).toBe(Math.round(c.security).toLocaleString('en'));
        }
        await page.click('[data-testid=tab-trends]');
        checkedMidGame = true;
      }
    }
    await waitForScene(page, 'End');
    expect(sawEvent).toBe(true);
    expect(checkedMidGame).toBe(true);

    const played = (await hookSession(page))!;
    expect(played.finished).toBe(true);
    expect(played.decisions).toHaveLength(vraem.calendar.turns);
    const engine = headless(played.seed, played.decisions);
    expect(played.hash).toBe(engine.hash());
    // The advisers said what the analysis says they would, and each said at least six different things.
    const said = adviceOverGame(vraem, engine.history.slice(0, vraem.calendar.turns));
    expect(shown).toEqual(said.map((turn) => Object.fromEntries(turn.map((a) => [a.adviser, a.line.id]))));
    for (const adviser of vraem.advisers) expect(new Set(shown.map((turn) => turn[adviser.id])).size, adviser.id).toBeGreaterThanOrEqual(6);
    for (const criterion of assess(vraem, engine.state)) {
      expect(await page.locator(`[data-testid=criterion-${criterion.id}-value]`).innerText()).toBe(formatCriterion(criterion.measure, criterion.value));
      expect((await page.locator(`[data-testid=criterion-${criterion.id}-rating]`).innerText()).toLowerCase()).toBe(criterion.rating);
    }
    expect(await page.locator('[data-testid=prompts-all] li').count()).toBe(vraem.debriefPrompts.length);
    await screenshot(page, 'end');

    // The replay downloaded from the end screen verifies against the engine in Node.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-replay]')]);
    const loaded = loadReplayText(readFileSync((await download.path())!, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.divergence).toBeNull();
    expect(loaded.replay.player).toBe('Ana');
    expect(loaded.replay.turns).toHaveLength(vraem.calendar.turns);
    expect(loaded.replay.turns.at(-1)!.stateHash).toBe(played.hash);
  });
});
