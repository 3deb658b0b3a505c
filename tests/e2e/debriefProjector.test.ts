// The debrief on a classroom projector: ten students' files, two of them the very same game.
// At 1024×768 the class table shows at least eight whole rows and at 800×600 at least five;
// the rank follows the criterion chosen (the first one before any choice); the chart's key
// names every run; the game two students share keeps both names in the table and the CSV.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { playPolicy } from '../../src/policy/run.ts';
import { recordReplay } from '../../src/replay/record.ts';
import { makePolicy } from '../engine/helpers.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { screenshot, vraem } from './play.ts';

/** Nine students' games, each its own levers and seed, and a tenth student's file holding the first one's game. */
function classFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const games = Array.from({ length: 9 }, (_, i) => {
    const policy = makePolicy({ eradicationPace: 5 + 5 * i, developmentFunding: 40 + 8 * i, committeeSupport: 10 + 5 * (i % 3), committeeOversight: 10 * (i % 3), militaryOperations: 20 + 4 * i });
    return { scenario: vraem, seed: `class-${i}`, ...playPolicy(vraem, policy, `class-${i}`, { explain: false }) };
  });
  const files = games.map((game, i) => ({ name: `student-${i + 1}.json`, text: JSON.stringify(recordReplay(game, `Student ${i + 1}`)) }));
  files.push({ name: 'student-10.json', text: JSON.stringify(recordReplay(games[0]!, 'Student 10')) });
  return files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) }));
}

/** Rows of the class table seen whole without scrolling anything. */
function wholeRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.querySelector('[data-testid=panel-table]')!.getBoundingClientRect();
    const bottom = Math.min(window.innerHeight, scroller.bottom);
    return [...document.querySelectorAll('[data-testid=class-table] tbody tr')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= scroller.top && r.bottom <= bottom + 0.5;
    }).length;
  });
}

/** Each ranked row's rank and its value on a criterion, top to bottom. */
function ranked(page: Page, criterion: string): Promise<{ rank: number; value: number }[]> {
  return page.locator('[data-testid=class-table] tbody tr').evaluateAll(
    (rows, id) =>
      rows
        .map((r) => ({ rank: Number(r.querySelector('td')!.textContent), value: parseFloat(r.querySelector(`td[data-criterion="${id}"]`)!.textContent!.replace('−', '-').replace(',', '')) }))
        .filter((r) => Number.isFinite(r.rank)),
    criterion,
  );
}

describe('the debrief on a projector', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'), { width: 1024, height: 768 });
    await page.click('[data-testid=debrief]');
    await waitForScene(page, 'Debrief');
    await page.setInputFiles('[data-testid=replay-files]', classFiles());
    await page.locator('[data-testid=scrubber]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows 8 whole rows at 1024×768 and 5 at 800×600', async () => {
    const at1024 = await wholeRows(page);
    await screenshot(page, 'debrief-projector-1024');
    await page.setViewportSize({ width: 800, height: 600 });
    const at800 = await wholeRows(page);
    await screenshot(page, 'debrief-projector-800');
    await page.setViewportSize({ width: 1024, height: 768 });
    console.log(`class table: ${at1024} whole rows at 1024×768, ${at800} at 800×600`);
    expect(at1024).toBeGreaterThanOrEqual(8);
    expect(at800).toBeGreaterThanOrEqual(5);
  });

  it('ranks on the first criterion until another is chosen, then on that one', async () => {
    const [first, second] = vraem.assessment;
    expect(await page.locator('[data-testid=rank-by]').innerText()).toBe(`by ${first!.label}`);
    const inOrder = (rows: { rank: number; value: number }[], better: 'higher' | 'lower') => {
      expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
      for (const [i, row] of rows.entries()) if (i > 0) expect(better === 'higher' ? rows[i - 1]!.value >= row.value : rows[i - 1]!.value <= row.value).toBe(true);
    };
    inOrder(await ranked(page, first!.id), first!.better);
    await page.click(`button[data-sort="${second!.id}"]`);
    inOrder(await ranked(page, second!.id), second!.better);
    expect(await page.locator('[data-testid=rank-by]').innerText()).toBe(`by ${second!.label}`);
  });

  it('keeps both names of one game played by two students, in the table and the CSV', async () => {
    expect(await page.locator('[data-testid=class-table] tbody tr').count()).toBe(9);
    const row = await page.locator('tr[data-file="student-1.json"]').innerText();
    expect(row).toContain('Student 1 · Student 10');
    expect(row).toContain('one game, 2 students');
    expect(await page.locator('[data-testid=debrief-messages]').innerText()).toContain('student-10.json: the same game as student-1.json, played by Student 1 · Student 10');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(11);
    const first = lines.find((l) => l.startsWith('student-1.json,'))!;
    const tenth = lines.find((l) => l.startsWith('student-10.json,'))!;
    expect(tenth).toContain(',Student 10,');
    expect(tenth).toContain('same game as student-1.json');
    // The same figures on both students' lines.
    expect(tenth.split(',').slice(-vraem.assessment.length)).toEqual(first.split(',').slice(-vraem.assessment.length));
  });

  it('names every run in the chart\'s key', async () => {
    await page.click('[data-tab=chart]');
    const legend = await page.locator('[data-testid=class-chart] .chart-legend').innerText();
    for (let i = 2; i <= 9; i++) expect(legend).toContain(`Student ${i}`);
    expect(legend).toContain('Student 1 · Student 10');
    expect(await page.locator('[data-testid=class-chart] .chart-legend').evaluate((ul) => ul.scrollHeight <= ul.clientHeight + 1)).toBe(true);
    await screenshot(page, 'debrief-projector-chart');
  });
});
