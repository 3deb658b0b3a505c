// A large class in the debrief (300 files): handed to the analysis workers a part at a time and
// drawn into the class table a part at a time, the table ends whole and in the order Node
// computes, the load's message comes only once it is, and the export holds every run.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatCriterion } from '../../src/game/ui/format.ts';
import { parsePolicyText } from '../../src/policy/load.ts';
import { playPolicy } from '../../src/policy/run.ts';
import { classRow } from '../../src/replay/classTable.ts';
import { recordReplay } from '../../src/replay/record.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { vraem } from './play.ts';

const POLICIES = ['status-quo', 'paired', 'eradication-only', 'development-only', 'committees-with-oversight', 'committees-without-oversight'].map((name) => {
  const parsed = parsePolicyText(readFileSync(`policies/${name}.json`, 'utf8'), vraem);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
});

/** A class's files: 298 games of six policies on their own seeds, then a copy of one file and the same game under another student's name. */
function classFiles(): { name: string; text: string }[] {
  const files = Array.from({ length: 298 }, (_, i) => {
    const seed = `large-${i}`;
    const game = playPolicy(vraem, POLICIES[i % POLICIES.length]!, seed);
    return { name: `student-${i}.json`, text: JSON.stringify(recordReplay({ scenario: vraem, seed, ...game }, `Student ${i}`)) };
  });
  const third = JSON.parse(files[3]!.text) as { player: string };
  // Far apart, so they reach the page in other parts (and likely from another worker) than the file they repeat.
  files.splice(200, 0, { name: 'copy.json', text: files[3]!.text });
  files.push({ name: 'classmate.json', text: JSON.stringify({ ...third, player: 'Classmate' }) });
  return files;
}

describe('the debrief with a class of 300 files', () => {
  let browser: Browser;
  let page: Page;
  const files = classFiles();
  // The runs as Node reads them, in the files' order; the copy and the classmate's game are the fourth run's.
  const runs = files.filter((f) => f.name !== 'copy.json' && f.name !== 'classmate.json').map((f) => {
    const loaded = loadReplayText(f.text);
    if (!loaded.ok) throw new Error(loaded.error);
    return classRow(f.name, loaded);
  });

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'));
    await page.click('[data-testid=debrief]');
    await waitForScene(page, 'Debrief');
    // The files made in the page in parts of 25, then dropped at once, as a teacher drops a folder.
    await page.evaluate(() => {
      (window as unknown as { drop: DataTransfer }).drop = new DataTransfer();
    });
    for (let i = 0; i < files.length; i += 25) {
      await page.evaluate((part) => {
        for (const f of part) (window as unknown as { drop: DataTransfer }).drop.items.add(new File([f.text], f.name, { type: 'application/json' }));
      }, files.slice(i, i + 25));
    }
    // What the page shows while the load is under way, and how the table stands when the load says it is done.
    await page.evaluate(() => {
      const seen = { progress: [] as string[], rowsAtDone: -1, busyAtDone: '', rowBatches: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const messages = document.querySelector('[data-testid=debrief-messages]')!;
      new MutationObserver(() => {
        const text = messages.textContent ?? '';
        if (text.includes('read and re-simulated') && seen.rowsAtDone < 0) {
          seen.rowsAtDone = document.querySelectorAll('[data-testid=class-table] tbody tr').length;
          seen.busyAtDone = document.querySelector('[data-testid=class-table] table')?.getAttribute('aria-busy') ?? '';
        } else if (text.startsWith('Checking the files')) seen.progress.push(text);
      }).observe(messages, { childList: true, subtree: true, characterData: true });
      // One callback per task that added rows to the class table.
      new MutationObserver((records) => {
        if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'TR' && n.parentElement?.closest('[data-testid=class-table]')))) seen.rowBatches++;
      }).observe(document.querySelector('.debrief-tabs')!, { childList: true, subtree: true });
    });
    await page.evaluate(() =>
      document.querySelector('[data-testid=debrief-messages]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: (window as unknown as { drop: DataTransfer }).drop, bubbles: true, cancelable: true })),
    );
    await page.locator('[data-testid=debrief-messages] p', { hasText: 'read and re-simulated' }).waitFor({ timeout: 120_000 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says how far the load has come, and that it is done only once every row is in the table', async () => {
    const seen = await page.evaluate(() => (window as unknown as { seen: { progress: string[]; rowsAtDone: number; busyAtDone: string; rowBatches: number } }).seen);
    expect(seen.progress.length).toBeGreaterThan(0);
    expect(seen.progress.every((line) => /^Checking the files: \d+ of 300 done…$/.test(line))).toBe(true);
    expect(seen.rowsAtDone).toBe(runs.length);
    expect(seen.busyAtDone).toBe('false');
    expect(seen.rowBatches).toBeGreaterThan(1);
    const messages = await page.locator('[data-testid=debrief-messages]').innerText();
    expect(messages).toMatch(/^298 new files read and re-simulated in [\d,]+ ms\./);
    expect(messages).toContain('copy.json: the same game as student-3.json; counted once.');
    expect(messages).toContain('classmate.json: the same game as student-3.json, played by Student 3 · Classmate; one game, both names kept.');
    expect(await page.locator('[data-testid=debrief-counts]').innerText()).toBe('298 verified files · 0 that do not verify · 298 runs in the rankings and class figures.');
  });

  it('lists every run once, ranked on the first criterion as Node ranks them, with the outcomes Node computes', async () => {
    const criterion = vraem.assessment[0]!;
    const sign = criterion.better === 'higher' ? -1 : 1;
    // Best first; equal outcomes keep the files' order.
    const expected = [...runs].sort((a, b) => sign * (a.outcomes[criterion.id]! - b.outcomes[criterion.id]!));
    const shown = await page.locator('[data-testid=class-table] tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({ file: r.getAttribute('data-file'), rank: r.querySelector('td')!.textContent, outcomes: [...r.querySelectorAll('td[data-criterion]')].map((td) => td.textContent) })),
    );
    expect(shown).toEqual(expected.map((row, i) => ({ file: row.file, rank: String(i + 1), outcomes: vraem.assessment.map((c) => formatCriterion(c.measure, row.outcomes[c.id]!)) })));
  });

  it('exports every run in the files\' order, the classmate beside the game they share', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    const order = runs.map((r) => r.file);
    order.splice(4, 0, 'classmate.json');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(order);
  });
});
