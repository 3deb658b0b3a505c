// The record beside the player on the end screen: the VRAEM's published coca hectares and the
// armed group's published size, each with its source, beside the player's own area at the end of
// each year (the states of the game the page played, replayed from the decisions its test hook
// reports) and the historical path's; nothing for a scenario whose file has no record.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { busyRun } from '../../src/analysis/busyRun.ts';
import { referencePath } from '../../src/analysis/comparison.ts';
import { yearEndTurn } from '../../src/analysis/history.ts';
import { summarizeRegion, type Decisions } from '../../src/engine/index.ts';
import { referencePolicy } from '../../src/game/referencePolicy.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { gameIdOf, saveKey, writeSave } from '../../src/game/save.ts';
import { Session } from '../../src/game/session.ts';
import { historicalPolicy } from '../../src/policy/historical.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadScenario } from '../engine/helpers.ts';
import { launchChromium, skipBriefing, waitForScene } from './browser.ts';
import { textBelow } from './pageChecks.ts';
import { headless, hookSession, screenshot, vraem } from './play.ts';

const SEED = 'record-3';

/** A game where every lever moves every turn (the VRAEM), or the reference plan's (a scenario whose budget is too small for that). */
function decisionsOf(scenario: Scenario, seed: string): readonly Decisions[] {
  if (scenario === vraem) return busyRun(scenario, seed).decisions;
  const policy = parsePolicy(referencePolicy(scenario), scenario);
  if (!policy.ok) throw new Error(policy.errors.join('; '));
  return playPolicy(scenario, policy.value, seed, { explain: false }).decisions;
}

function savedGame(scenario: Scenario, seed: string): { key: string; value: string } {
  const session = Session.replay(scenario, seed, decisionsOf(scenario, seed))!;
  const store = new Map<string, string>();
  writeSave({ getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k), keys: () => [...store.keys()] }, session);
  const key = saveKey(gameIdOf(session));
  return { key, value: store.get(key)! };
}

/** A finished game continued from its save, on the end screen, in a context of the given language and size. */
async function openEnd(browser: Browser, scenario: Scenario, locale: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport });
  await skipBriefing(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  const { key, value } = savedGame(scenario, SEED);
  await page.goto(`${inject('baseUrl')}/?test`);
  await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
  await page.click('[data-testid=continue]');
  await waitForScene(page, 'End');
  return { context, page };
}

describe('the record beside the player on the end screen', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page } = await openEnd(browser, vraem, 'en-US', { width: 1024, height: 768 }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sets each year\'s published coca area beside the player\'s at the end of that year and the historical path\'s', async () => {
    const hook = (await hookSession(page))!;
    expect(hook.finished).toBe(true);
    const played = headless(hook.seed, hook.decisions);
    const reference = referencePath(vraem, historicalPolicy(vraem), hook.seed);
    if (!reference.ok) throw new Error(reference.reason);
    const series = vraem.history.find((s) => s.measure === 'cocaHectares')!;
    // Years before the game (the record that set coca's spread) have no player's figure to stand beside.
    const inGame = series.points.filter((point) => yearEndTurn(vraem, point.year) !== null);
    expect(inGame.length).toBeLessThan(series.points.length);
    const rows = page.locator('[data-testid=record-coca] tbody tr');
    expect(await rows.count()).toBe(inGame.length);
    for (const point of inGame) {
      const turn = yearEndTurn(vraem, point.year)!;
      const row = page.locator(`[data-testid=record-coca] tr[data-year="${point.year}"]`);
      expect(await row.getAttribute('data-turn')).toBe(String(turn));
      const record = row.locator('[data-record]');
      expect(Number(await record.getAttribute('data-record'))).toBe(point.value);
      expect(await record.innerText()).toBe(point.value!.toLocaleString('en-US') + (point.checked ? '' : ' (unchecked)'));
      const yours = summarizeRegion(vraem, played.history[turn]!).cocaHectares;
      expect(Number(await row.locator('[data-yours]').getAttribute('data-yours'))).toBe(yours);
      expect(await row.locator('[data-yours]').innerText()).toBe(Math.round(yours).toLocaleString('en-US'));
      expect(Number(await row.locator('[data-reference]').getAttribute('data-reference'))).toBe(summarizeRegion(vraem, reference.states[turn]!).cocaHectares);
      const source = vraem.sources.find((s) => s.id === point.source)!;
      expect(await row.locator('td.source').innerText()).toBe(`${source.title}, ${source.date}`);
    }
    expect(await page.locator('[data-testid=record-coca] thead').innerText()).toContain(reference.policy.name);
  });

  it('gives the armed group\'s published size for the years of the game, ranges as ranges, with their sources', async () => {
    const series = vraem.history.find((s) => s.measure === 'clanStrength')!;
    const rows = page.locator('[data-testid=record-armed-group] tbody tr');
    expect(await rows.count()).toBe(series.points.length);
    for (const point of series.points) {
      const cell = page.locator(`[data-testid=record-armed-group] tr[data-year="${point.year}"] [data-record]`);
      expect(await cell.innerText()).toBe(point.range ? `${point.range[0]}–${point.range[1]}` : String(point.value));
      expect(await page.locator(`[data-testid=record-armed-group] tr[data-year="${point.year}"] td.source`).innerText()).toContain(vraem.sources.find((s) => s.id === point.source)!.title);
    }
    expect(await page.locator('[data-testid=record-armed-group] caption').innerText()).toContain(vraem.clan.name);
  });

  it('keeps its text at 14 px or more and within the screen, in English and Spanish, at 1024×768 and 800×600', async () => {
    for (const locale of ['en-US', 'es-PE']) {
      for (const viewport of [{ width: 1024, height: 768 }, { width: 800, height: 600 }]) {
        const opened = locale === 'en-US' && viewport.width === 1024 ? { context, page } : await openEnd(browser, vraem, locale, viewport);
        const record = opened.page.locator('[data-testid=record]');
        await record.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        expect(await textBelow(opened.page, '[data-testid=record]')).toEqual([]);
        const overflow = await record.evaluate((el) => [...el.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().right > el.getBoundingClientRect().right + 1).length);
        expect(overflow, `${locale} ${viewport.width}`).toBe(0);
        if (locale === 'es-PE') expect(await record.locator('h2').innerText()).toBe('El registro junto a tu partida');
        await screenshot(opened.page, `end-record-${locale.slice(0, 2)}-${viewport.width}`);
        if (opened.page !== page) await opened.context.close();
      }
    }
  });

  it('shows nothing new for a scenario whose file has no record', async () => {
    const huallaga = loadScenario('scenarios/upper-huallaga-2005.json');
    expect(huallaga.history).toEqual([]);
    const opened = await openEnd(browser, huallaga, 'en-US', { width: 1024, height: 768 });
    expect(await opened.page.locator('[data-testid=ratings-heading], #ratings-heading').count()).toBe(1);
    expect(await opened.page.locator('[data-testid=record], table.record-table').count()).toBe(0);
    await opened.context.close();
  });
});
