// The end screen in Chromium, reached by continuing a finished saved game where every lever
// moved every turn: ratings beside the reference path on the same seed, trajectories with axes,
// the map, the most consequential decisions (computed in a worker, as in Node), and a one-page
// printed report card.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { busyRun } from '../../src/analysis/busyRun.ts';
import { referencePath } from '../../src/analysis/comparison.ts';
import { scoreAdvisers } from '../../src/analysis/advisers.ts';
import { analyzeConsequences } from '../../src/analysis/consequences.ts';
import { seedLuck } from '../../src/analysis/luck.ts';
import { ownQuestions } from '../../src/analysis/reflection.ts';
import { assess, summarizeRegion } from '../../src/engine/index.ts';
import { outcomesOnSeeds } from '../../src/replay/analysis.ts';
import { describeDecision } from '../../src/game/ui/consequenceView.ts';
import { formatCriterion } from '../../src/game/ui/format.ts';
import { historicalPolicy } from '../../src/policy/historical.ts';
import { gameIdOf, saveKey, writeSave } from '../../src/game/save.ts';
import { Session } from '../../src/game/session.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { textBelow } from './pageChecks.ts';
import { screenshot, vraem } from './play.ts';

const SEED = 'end-7';
const run = busyRun(vraem, SEED);
const session = Session.replay(vraem, SEED, run.decisions)!;

function savedGame(): string {
  const store = new Map<string, string>();
  writeSave({ getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: (k) => void store.delete(k), keys: () => [...store.keys()] }, session);
  return store.get(saveKey(gameIdOf(session)))!;
}

async function openEnd(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const page = await openGame(browser, inject('baseUrl'), viewport);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [saveKey(gameIdOf(session)), savedGame()]);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
  await page.click('[data-testid=continue]');
  await waitForScene(page, 'End');
  await page.locator('[data-testid=consequence-list]').waitFor({ timeout: 60_000 });
  return page;
}

describe('end screen', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openEnd(browser, { width: 1024, height: 768 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ranks the decisions that mattered most, as the analysis in Node does, off the page\'s thread', async () => {
    const analysis = analyzeConsequences(vraem, run);
    const items = page.locator('[data-testid=consequence-list] > li');
    expect(await items.count()).toBe(5);
    for (let i = 0; i < 5; i++) expect(await items.nth(i).innerText()).toContain(describeDecision(vraem, analysis.ranked[i]!.decision));
    const timing = page.locator('[data-testid=consequence-timing]');
    expect(await timing.getAttribute('data-where')).toBe('worker');
    const computeMs = Number(await timing.getAttribute('data-compute-ms'));
    const totalMs = Number(await timing.getAttribute('data-total-ms'));
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/consequences-timing.json', JSON.stringify({ decisions: analysis.ranked.length + analysis.refused.length, computeMs, totalMs }));
    console.log(`consequences of a 20-turn game in the page (worker): ${computeMs} ms computing, ${totalMs} ms from request to answer`);
  });

  it('says how lucky the seed was: where it sits among the same decisions played on 100 other seeds', async () => {
    await page.locator('[data-testid=luck-note]', { hasText: 'Luck:' }).waitFor({ timeout: 60_000 });
    const outcomes = outcomesOnSeeds(vraem, session.decisionLog, Array.from({ length: 100 }, (_, i) => `luck-${i}`));
    for (const c of assess(vraem, session.state)) {
      const luck = seedLuck(outcomes.get(c.id)!, c.value, vraem.assessment.find((a) => a.id === c.id)!.better);
      const line = page.locator(`[data-testid=criterion-${c.id}-luck]`);
      expect(await line.getAttribute('data-luckier')).toBe(String(luck.luckier));
      expect(await line.innerText()).toContain(`Your seed was luckier than ${luck.luckier} of 100 other seeds`);
    }
    await screenshot(page, 'end-luck-1024');
  });

  it('asks no question of the player\'s own when no lever was held high or still, only the scenario\'s', async () => {
    // This game moves every lever every turn, around the middle: nothing stands out.
    expect(ownQuestions(vraem, session.decisionLog)).toEqual([]);
    expect(await page.locator('[data-testid=prompts-own]').count()).toBe(0);
    expect(await page.locator('[data-testid=prompts-all] li').count()).toBe(vraem.debriefPrompts.length);
  });

  it('records whose predictions held, with counts that add up and one verdict drawn from them', async () => {
    const records = scoreAdvisers(vraem, session.history, session.decisionLog, session.heeded);
    const items = page.locator('[data-testid=adviser-score] li[data-adviser]');
    expect(await items.count()).toBe(vraem.advisers.length);
    for (const record of records) {
      const item = page.locator(`[data-testid=adviser-score] li[data-adviser=${record.adviser}]`);
      expect([await item.getAttribute('data-held'), await item.getAttribute('data-failed'), await item.getAttribute('data-open')]).toEqual([record.held, record.failed, record.open].map(String));
      const text = await item.innerText();
      expect(text).toContain(`you did as they advised ${record.judged.length} time`);
      if (record.held > record.failed) expect(text).toContain('mostly held');
      if (record.held < record.failed) expect(text).toContain('mostly failed');
      expect(text).not.toMatch(/as they wanted|against what they wanted/);
    }
    await page.locator('[data-testid=adviser-score]').scrollIntoViewIfNeeded();
    await screenshot(page, 'end-advisers-1024');
  });

  it('shows each rating beside the reference path played on the same seed', async () => {
    const reference = referencePath(vraem, historicalPolicy(vraem), SEED);
    if (!reference.ok) throw new Error(reference.reason);
    for (const c of reference.assessment) {
      expect(await page.locator(`[data-testid=criterion-${c.id}-reference]`).innerText()).toContain(formatCriterion(c.measure, c.value));
    }
    expect(await page.locator('[data-testid=trajectories] h2').innerText()).toContain(reference.policy.name);
  });

  it('draws four trajectories with dated and valued axes, and the map at the end', async () => {
    const charts = page.locator('[data-testid=trajectories] figure svg');
    expect(await charts.count()).toBe(4);
    const ticks = await charts.first().locator('text.tick').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['2012', '2014']));
    // The value axis is fitted to the data and labelled at round steps that enclose it.
    const values = ticks.filter((x) => !/^20\d\d$/.test(x)).map((x) => Number(x.replace(/,/g, '')));
    expect(values.length).toBeGreaterThanOrEqual(3);
    const trust = session.history.map((s) => summarizeRegion(vraem, s).meanTrust);
    expect(Math.min(...values)).toBeLessThanOrEqual(Math.min(...trust));
    expect(Math.max(...values)).toBeGreaterThanOrEqual(Math.max(...trust));
    expect(await page.locator('[data-testid=mini-map]').count()).toBe(1);
    expect(await page.locator('.chart-legend').first().innerText()).toContain('Your game');
  });

  it('keeps the region names clear of the communities\' labels on the map, and keys T and S only where the map shows them', async () => {
    for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(200);
      const clashes = await page.locator('[data-testid=mini-map]').evaluate((svg) => {
        const regions = [...svg.querySelectorAll('text[data-region]')].map((t) => ({ name: t.textContent, r: t.getBoundingClientRect() }));
        const labels = [...svg.querySelectorAll('text:not([data-region])')].map((t) => ({ name: t.textContent, r: t.getBoundingClientRect() }));
        return regions.flatMap((a) => labels.filter((b) => a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom).map((b) => `${a.name} / ${b.name}`));
      });
      expect(clashes, `${viewport.width}×${viewport.height}`).toEqual([]);
      const figures = await page.locator('[data-testid=mini-map] tspan:not([font-weight])').count();
      expect(await page.locator('[data-testid=map-note]').innerText()).toContain(figures > 0 ? 'T: trust, S: security' : 'Halo');
      if (figures === 0) expect(await page.locator('[data-testid=map-note]').innerText()).not.toContain('T: trust');
    }
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('keeps every text at 14 px or more, at 1024×768 and 1920×1080', async () => {
    expect(await textBelow(page, '.end-screen')).toEqual([]);
    await screenshot(page, 'end-1024');
    await page.locator('.end-screen').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await screenshot(page, 'end-1024-bottom');
    const large = await openEnd(browser, { width: 1920, height: 1080 });
    expect(await textBelow(large, '.end-screen')).toEqual([]);
    await screenshot(large, 'end-1920');
    await large.close();
  });

  it('prints a one-page report card on A4 and on Letter, ratings, reference and questions included', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const name = `test-results/report-card-${format.toLowerCase()}`;
      writeFileSync(`${name}.pdf`, await page.pdf({ format, printBackground: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${name}.pdf`]).toString())![1]);
      expect(pages, format).toBe(1);
      const text = execFileSync('pdftotext', [`${name}.pdf`, '-']).toString().replace(/\s+/g, ' ');
      for (const part of ['Your ratings', 'Historical path, same seed', 'Your most consequential decisions', 'Questions to think about', vraem.debriefPrompts.at(-1)!.slice(0, 30)]) expect(text, format).toContain(part);
      // The PNG is for a person to look at.
      execFileSync('pdftoppm', ['-png', '-r', '70', `${name}.pdf`, name]);
    }
    await page.emulateMedia({ media: 'screen' });
  });
});
