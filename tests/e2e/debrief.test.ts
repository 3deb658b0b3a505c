// A teacher's debrief in Chromium: load runs (one tampered, one broken, one twice), read the
// class table against the engine, scrub a run, export the table, see the spread over seeds,
// and branch a live game from a past turn.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { summarizeRegion } from '../../src/engine/index.ts';
import { formatCriterion } from '../../src/game/ui/format.ts';
import { seedLuck } from '../../src/analysis/luck.ts';
import { outcomesOnSeeds } from '../../src/replay/analysis.ts';
import { classRow } from '../../src/replay/classTable.ts';
import { loadReplayText } from '../../src/replay/verify.ts';
import { forgedEasierReplay } from '../hostile/build.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { answerEvents, endTurn, hookSession, newGame, screenshot, vraem } from './play.ts';

const file = (name: string, text = readFileSync(`examples/replays/${name}`, 'utf8')) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('debrief', () => {
  let browser: Browser;
  let page: Page;

  let played = '';

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'));
    // A short game first: its replay, downloaded mid-game, joins the class's files.
    await page.fill('[data-testid=player]', 'Short game');
    await newGame(page, '7');
    for (let i = 0; i < 2; i++) {
      await answerEvents(page);
      await endTurn(page);
    }
    await answerEvents(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-replay]')]);
    played = readFileSync((await download.path())!, 'utf8');
    await page.click('[data-testid=save-quit]');
    await waitForScene(page, 'Title');
    await page.click('[data-testid=debrief]');
    await waitForScene(page, 'Debrief');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads and verifies runs, flags a tampered file, and reports broken and duplicate files', async () => {
    const tampered = JSON.parse(readFileSync('examples/replays/status-quo.json', 'utf8'));
    tampered.player = 'Tampered';
    tampered.turns[3].decisions.levers.militaryOperations = 100;
    await page.setInputFiles('[data-testid=replay-files]', [
      file('short-game.json', played),
      file('paired.json'),
      file('eradication-only.json'),
      // The player's name written twice: read, the last one counts, and the line named.
      file('committees-without-oversight.json', readFileSync('examples/replays/committees-without-oversight.json', 'utf8').replace('{', '{"player": "Early name",\n')),
      file('tampered.json', JSON.stringify(tampered)),
      file('broken.json', '{"format": "between-two-fires-replay", '),
      file('again.json', readFileSync('examples/replays/paired.json', 'utf8')),
    ]);
    const messages = page.locator('[data-testid=debrief-messages]');
    await messages.locator('text=5 new files read and re-simulated').waitFor();
    expect(await messages.innerText()).toMatch(/broken\.json: not valid JSON at line 1, column \d+/);
    expect(await messages.innerText()).toContain('again.json: the same game as paired.json; counted once.');
    expect(await messages.innerText()).toMatch(/committees-without-oversight\.json: read, with a warning: line 2, column \d+: player: duplicate key "player"; the last one counts/);
    expect(await page.locator('tr[data-file="tampered.json"] td.flagged').innerText()).toBe('⚠ does not verify from turn 4');
    expect(await page.locator('tr[data-file="paired.json"]').innerText()).toContain('✓ verified');
    expect(await page.locator('tr[data-file="short-game.json"]').innerText()).toMatch(/not ranked\s+Short game\s+seed 7 · 2\/20 turns.*✓ unfinished \(2 of 20 turns\)/s);
    expect(await page.locator('[data-testid=debrief-counts]').innerText()).toContain('4 verified files (1 unfinished) · 1 that does not verify');
    // An easier scenario under the shipped id, every hash re-recorded: verifies, but is flagged by name.
    await page.setInputFiles('[data-testid=replay-files]', [file('forged.json', JSON.stringify(forgedEasierReplay()))]);
    expect(await page.locator('tr[data-file="forged.json"] td.flagged').innerText()).toBe('⚠ scenario modified from the shipped vraem-2012');
  });

  it('shows each run\'s outcomes exactly as the engine (and npm run replay) computes them', async () => {
    for (const name of ['paired.json', 'eradication-only.json']) {
      const loaded = loadReplayText(readFileSync(`examples/replays/${name}`, 'utf8'));
      if (!loaded.ok) throw new Error(loaded.error);
      const row = classRow(name, loaded);
      for (const c of vraem.assessment) {
        expect(await page.locator(`tr[data-file="${name}"] td[data-criterion="${c.id}"]`).innerText()).toBe(formatCriterion(c.measure, row.outcomes[c.id]!));
      }
    }
    await page.click('button[data-sort="coca"]');
    const order = await page.locator('[data-testid=class-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')));
    expect(order[0]).toBe('paired.json');
    await page.click('[data-tab=separating]');
    const separating = await page.locator('[data-testid=separating]').innerText();
    expect(separating).toContain('Forced eradication');
    expect(separating).toContain('Only 3 runs counted');
    expect(separating).toMatch(/in the best 1 run \(all [\d.]+\), [\d.]+ in the worst 1/);
    await page.click('[data-tab=table]');
  });

  it('scrubs through a run, turn by turn, with the figures of that turn', async () => {
    await page.click('button[data-run="1"]');
    await page.click('[data-testid=next-turn]');
    expect(await page.locator('[data-testid=scrub-turn]').innerText()).toBe('Turn 1 of 20');
    await page.locator('[data-testid=scrubber]').fill('10');
    expect(await page.locator('[data-testid=scrub-turn]').innerText()).toBe('Turn 10 of 20');
    const loaded = loadReplayText(readFileSync('examples/replays/paired.json', 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error);
    const region = summarizeRegion(vraem, loaded.game.states[10]!);
    expect(await page.locator('[data-testid=scrub-region]').innerText()).toContain(`Mean trust ${region.meanTrust.toFixed(1)}`);
    await page.click('[data-testid=previous-turn]');
    expect(await page.locator('[data-testid=scrub-turn]').innerText()).toBe('Turn 9 of 20');
    await screenshot(page, 'debrief');
  });

  it('exports the class table as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('file,player,scenario,seed,turns,verified,finished,status,security,trust,coca,human-rights,livelihoods,clan');
    expect(lines).toHaveLength(7);
    expect(lines.find((l) => l.startsWith('tampered.json'))).toContain(',no,no,does not verify at turn 4,');
    expect(lines.find((l) => l.startsWith('forged.json'))).toMatch(/,"vraem-2012 \(custom, [0-9a-f]{8}\)",/);
    expect(lines.find((l) => l.startsWith('forged.json'))).toContain(',no,yes,scenario modified from the shipped vraem-2012,');
  });

  it('shows the spread of outcomes over 200 seeds without freezing the page', async () => {
    await page.click('[data-testid=spread-button]');
    await page.locator('[data-testid=spread] h3').waitFor({ timeout: 60_000 });
    // A first look over the first seeds may come first; the figures over all 200 replace it.
    await page.locator('[data-testid=spread][data-refining=false]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=spread] p').count()).toBe(vraem.assessment.length);
    // Luck made visible: where the run's own seed sits among its decisions' outcomes on the 200 seeds, as Node computes it.
    const loaded = loadReplayText(readFileSync('examples/replays/paired.json', 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error);
    const outcomes = outcomesOnSeeds(vraem, loaded.game.decisions, Array.from({ length: 200 }, (_, i) => `spread-${i}`));
    const row = classRow('paired.json', loaded);
    for (const c of vraem.assessment) {
      const luck = seedLuck(outcomes.get(c.id)!, row.outcomes[c.id]!, c.better);
      const line = page.locator(`[data-testid=luck-${c.id}]`);
      expect(await line.getAttribute('data-luckier')).toBe(String(luck.luckier));
      expect(await line.innerText()).toContain(`luckier than ${luck.luckier} of 200`);
    }
    expect(Number(await page.getAttribute('[data-testid=spread]', 'data-shown-ms'))).toBeGreaterThanOrEqual(Number(await page.getAttribute('[data-testid=spread]', 'data-first-shown-ms')));
  });

  it('branches a live game from the turn on screen', async () => {
    await page.click('[data-testid=what-if]');
    await waitForScene(page, 'Play');
    const session = (await hookSession(page))!;
    expect(session.turn).toBe(9);
    expect(session.seed).toBe('7');
  });
});
