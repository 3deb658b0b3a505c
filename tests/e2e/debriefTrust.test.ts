// A debrief a teacher can trust, in Chromium: a tampered copy sharing seed and player with its
// original stays flagged, only an identical copy counts once, unfinished games stay out of the
// rankings unless brought in, few runs come with a warning and the counts behind each claim;
// text is 14 px or more and every part one click away at 1024×768; bad input is said plainly;
// the class handout prints (looked at as PNG pages), and with no runs prints the prompts alone.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session } from '../../src/game/session.ts';
import { recordReplay } from '../../src/replay/record.ts';
import { loadScenario } from '../engine/helpers.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { textBelow, withinViewport } from './pageChecks.ts';
import { screenshot, vraem } from './play.ts';
import { forgedEasierReplay } from '../hostile/build.ts';

const example = (name: string) => readFileSync(`examples/replays/${name}`, 'utf8');
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** The status-quo example with one decision altered: same seed, same player, recorded hashes kept. */
function tamperedCopy(): string {
  const replay = JSON.parse(example('status-quo.json'));
  replay.turns[5].decisions.levers = { ...replay.turns[5].decisions.levers, eradicationPace: 90 };
  return JSON.stringify(replay);
}

/** A finished game of another scenario, for the mixed-scenario message. */
function otherScenarioReplay(): string {
  const scenario = loadScenario('scenarios/classroom-short.json');
  const session = Session.start(scenario, '3');
  while (!session.state.finished) {
    const choices = Object.fromEntries(session.state.pendingChoices.map((p) => [p.key, scenario.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id]));
    if (!session.play({ choices }).ok) throw new Error('classroom game refused');
  }
  return JSON.stringify(recordReplay(session.played(), 'Other scenario'));
}

async function openDebrief(browser: Browser, viewport = { width: 1024, height: 768 }): Promise<Page> {
  const page = await openGame(browser, inject('baseUrl'), viewport);
  await page.click('[data-testid=debrief]');
  await waitForScene(page, 'Debrief');
  return page;
}

function pdfPages(pdf: Buffer, name: string): { pages: number; text: string } {
  for (const old of readdirSync('test-results').filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(`test-results/${old}`);
  writeFileSync(`test-results/${name}.pdf`, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', `test-results/${name}.pdf`, `test-results/${name}`]);
  const text = execFileSync('pdftotext', [`test-results/${name}.pdf`, '-']).toString().replace(/\s+/g, ' ');
  return { pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`test-results/${name}.pdf`]).toString())![1]), text };
}

describe('a debrief a teacher can trust', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openDebrief(browser);
    await page.setInputFiles('[data-testid=replay-files]', [
      file('paired.json', example('paired.json')),
      file('status-quo.json', example('status-quo.json')),
      file('status-quo-copy.json', tamperedCopy()),
      file('paired-again.json', example('paired.json')),
      file('unfinished.json', example('development-only-unfinished.json')),
    ]);
    await page.locator('[data-testid=debrief-counts]').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('flags a tampered copy that shares seed and player, and counts only an identical copy once', async () => {
    expect(await page.locator('tr[data-file="status-quo-copy.json"] td.flagged').innerText()).toBe('⚠ does not verify from turn 6');
    expect(await page.locator('tr[data-file="status-quo.json"]').innerText()).toContain('✓ verified');
    expect(await page.locator('[data-testid=debrief-messages]').innerText()).toContain('paired-again.json: the same game as paired.json; counted once.');
    expect(await page.locator('[data-testid=class-table] tbody tr').count()).toBe(4);
    expect(await page.locator('[data-testid=debrief-counts]').innerText()).toBe('3 verified files (1 unfinished) · 1 that does not verify · 2 runs in the rankings and class figures.');
  });

  it('leaves unfinished and unverified games out of the ranking until the teacher brings unfinished ones in', async () => {
    await page.click('button[data-sort="trust"]');
    const ranks = () => page.locator('[data-testid=class-table] tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-file'), r.querySelector('td')!.textContent]));
    expect(await ranks()).toEqual([
      [expect.any(String), '1'],
      [expect.any(String), '2'],
      ['status-quo-copy.json', 'not ranked'],
      ['unfinished.json', 'not ranked'],
    ]);
    expect(await page.locator('tr[data-file="unfinished.json"]').innerText()).toContain('unfinished (8 of 20 turns)');
    await page.check('[data-testid=include-unfinished]');
    expect((await ranks()).find(([f]) => f === 'unfinished.json')![1]).toMatch(/^[123]$/);
    expect(await page.locator('[data-testid=debrief-counts]').innerText()).toContain('3 runs in the rankings');
    await page.uncheck('[data-testid=include-unfinished]');
  });

  it('warns that 2 runs are too few, and shows the group sizes and ranges behind each lever', async () => {
    await page.click('[data-tab=separating]');
    expect(await page.locator('[data-testid=few-runs]').innerText()).toContain('Only 2 runs counted: with fewer than 10');
    expect(await page.locator('[data-testid=separating] p').nth(1).innerText()).toMatch(/on average in the best 1 run \(all [\d.,]+\), [\d.,]+ in the worst 1 \(all [\d.,]+\)/);
  });

  it('draws the class chart with dated, valued axes and a name on every line', async () => {
    await page.click('[data-tab=chart]');
    // The chart is drawn once its tab shows (it needs its width): read it when it is there.
    await page.locator('[data-testid=class-chart] svg text.tick').first().waitFor();
    const ticks = await page.locator('[data-testid=class-chart] svg text.tick').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['2012', '2016']));
    expect(ticks.filter((x) => /^\d+$/.test(x) && !/^20\d\d$/.test(x)).length).toBeGreaterThanOrEqual(3);
    const legend = await page.locator('[data-testid=class-chart] .chart-legend').innerText();
    for (const label of ['Example: eradication paired with development', 'Example: status quo', 'Class median', 'Range of the counted runs']) expect(legend).toContain(label);
    expect(await page.locator('[data-testid=class-chart] svg text.end-label').count()).toBe(3);
  });

  it('keeps text at 14 px or more and the prompts one click away without scrolling, at 1024×768', async () => {
    await page.click('[data-tab=table]');
    expect(await textBelow(page, '.debrief-screen')).toEqual([]);
    expect(await page.locator('.debrief-screen').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await screenshot(page, 'debrief-trust-1024');
    expect(await withinViewport(page, '[data-tab=prompts]')).toBe(true);
    await page.click('[data-tab=prompts]');
    expect(await withinViewport(page, '[data-testid=prompts] li')).toBe(true);
    expect(await page.locator('[data-testid=prompts] li').count()).toBe(vraem.debriefPrompts.length);
    await screenshot(page, 'debrief-prompts-1024');
  });

  it('ranks the selected run\'s most consequential decisions', async () => {
    await page.click('[data-tab=table]');
    await page.click('button[data-run="0"]');
    await page.click('[data-testid=consequences-button]');
    await page.locator('[data-testid=run-consequences] [data-testid=consequence-list] li').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=run-consequences] h3').innerText()).toContain('Example: eradication paired with development');
    expect(await textBelow(page, '.debrief-screen')).toEqual([]);
    await page.locator('[data-testid=run-panel]').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await screenshot(page, 'debrief-consequences-1024');
  });

  it('lays out at 1920×1080 with the same guarantees', async () => {
    const large = await openDebrief(browser, { width: 1920, height: 1080 });
    await large.setInputFiles('[data-testid=replay-files]', [file('paired.json', example('paired.json')), file('status-quo.json', example('status-quo.json')), file('unfinished.json', example('development-only-unfinished.json'))]);
    await large.locator('[data-testid=debrief-counts]').waitFor();
    expect(await textBelow(large, '.debrief-screen')).toEqual([]);
    expect(await large.locator('.debrief-screen').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await screenshot(large, 'debrief-trust-1920');
    await large.close();
  });

  it('prints a class handout: the table, the chart and the prompts, on A4 and on Letter', async () => {
    await page.emulateMedia({ media: 'print' });
    const a4 = pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'handout-a4');
    const letter = pdfPages(await page.pdf({ format: 'Letter', printBackground: true }), 'handout-letter');
    await page.emulateMedia({ media: 'screen' });
    for (const printed of [a4, letter]) {
      expect(printed.pages).toBeGreaterThanOrEqual(1);
      // Four runs: the chart, table, levers and prompts take about a page (the prompts move to the
      // second on Letter); the 27 dated events with their sources, two columns at 9 pt, take up to three more.
      expect(printed.pages).toBeLessThanOrEqual(4);
      for (const text of ['Class debrief', 'Class table', 'Levers that separate', 'What really happened', 'Discussion prompts', 'Example: status quo', '⚠ does not', 'unfinished (8', vraem.debriefPrompts[0]!.slice(0, 40)]) expect(printed.text).toContain(text);
    }
  });
});

describe('a debrief given bad input', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('with no readable file says so, shows the prompts, and prints the prompts only', async () => {
    const page = await openDebrief(browser);
    await page.setInputFiles('[data-testid=replay-files]', [file('broken.json', '{"format": '), file('notes.json', '{"hello": 1}')]);
    await page.locator('[data-testid=debrief-summary] .debrief-warning').waitFor();
    expect(await page.locator('[data-testid=debrief-summary]').innerText()).toContain('None of the 2 files could be read as a replay');
    expect(await page.locator('[data-testid=prompts] li').count()).toBeGreaterThan(0);
    expect(await withinViewport(page, '[data-testid=prompts] li')).toBe(true);
    await screenshot(page, 'debrief-no-valid');
    await page.emulateMedia({ media: 'print' });
    const printed = pdfPages(await page.pdf({ format: 'A4', printBackground: true }), 'handout-prompts-only');
    expect(printed.pages).toBe(1);
    expect(printed.text).toContain('Discussion prompts');
    expect(printed.text).toContain(vraem.debriefPrompts[0]!.slice(0, 40));
    expect(printed.text).not.toContain('Class table');
    expect(printed.text).not.toContain('broken.json');
    await page.close();
  });

  it('with only unfinished games says none is ranked, and still lists them', async () => {
    const page = await openDebrief(browser);
    await page.setInputFiles('[data-testid=replay-files]', [file('unfinished.json', example('development-only-unfinished.json'))]);
    await page.locator('[data-testid=debrief-warning]').waitFor();
    expect(await page.locator('[data-testid=debrief-warning]').innerText()).toContain('Every verified game loaded is unfinished');
    expect(await page.locator('tr[data-file="unfinished.json"]').innerText()).toContain('not ranked');
    await page.close();
  });

  it('with files of different scenarios says which, and compares within one', async () => {
    const page = await openDebrief(browser);
    await page.setInputFiles('[data-testid=replay-files]', [file('paired.json', example('paired.json')), file('status-quo.json', example('status-quo.json')), file('other.json', otherScenarioReplay())]);
    await page.locator('[data-testid=debrief-warning]').waitFor();
    const warning = await page.locator('[data-testid=debrief-warning]').innerText();
    expect(warning).toContain('These files come from different scenarios');
    expect(warning).toContain(`${vraem.title}: 2 files`);
    await page.click('[data-tab=chart]');
    expect(await page.locator('[data-testid=class-chart] .chart-legend').innerText()).not.toContain('Other scenario');
    await page.click('[data-tab=table]');
    expect(warning).toContain(`one scenario: “${vraem.title}”, a shipped one`);
    await page.click('button[data-run="2"]');
    expect(await page.locator('[data-testid=debrief-warning]').innerText()).toContain(`one scenario: “${loadScenario('scenarios/classroom-short.json').title}”`);
    await screenshot(page, 'debrief-mixed');
    await page.close();
  });

  it('never ranks a look-alike custom scenario among the class\'s, even loaded first and selected', async () => {
    const page = await openDebrief(browser);
    const forged = JSON.stringify(forgedEasierReplay('vraem-2012-revised'));
    await page.setInputFiles('[data-testid=replay-files]', [file('forger.json', forged), file('paired.json', example('paired.json')), file('status-quo.json', example('status-quo.json'))]);
    await page.locator('[data-testid=debrief-warning]').waitFor();
    const warning = await page.locator('[data-testid=debrief-warning]').innerText();
    // Two groups under one title, told apart by id and content hash.
    expect(warning).toMatch(new RegExp(`${vraem.title} \\[vraem-2012\\]: 2 files; ${vraem.title} \\[vraem-2012-revised, custom scenario [0-9a-f]{8}\\]: 1 file`));
    const forger = page.locator('tr[data-file="forger.json"]');
    expect(await forger.locator('td').first().innerText()).toBe('not ranked');
    expect(await forger.innerText()).toContain('another scenario');
    expect(await page.locator('tr[data-file="paired.json"] td').first().innerText()).toMatch(/^[12]$/);
    await page.close();
  });
});
