// The Assumptions panel, opened from Explore in the middle of a game: the replanting share
// changed with the keyboard redraws the band over 200 seeds (its figures are the engine's own for
// the changed scenario), the band before the change stays beside it as a ghost and in words, a
// share the schema refuses draws no band and says why, the shipped value brings the first band
// back, and closing leaves the game in progress exactly as it was. Looked at on a 1024×768
// projector, at 800×600 and on a 768×1024 tablet; and in Spanish.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bandSeeds, outcomeBand } from '../../src/analysis/outcomeBand.ts';
import { setFigure as setInCopy } from '../../src/game/ui/assumptionFigures.ts';
import { formatCriterion } from '../../src/game/ui/format.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { bandAfterChange, setFigure } from './assumptionsTiming.ts';
import { axeViolations } from './axe.ts';
import { moveToBand } from './exploreTiming.ts';
import { launchChromium, openGame } from './browser.ts';
import { textBelow } from './pageChecks.ts';
import { hookSession, newGame, screenshot, vraem } from './play.ts';

const CHARTS = '[data-testid=assumptions-band-charts]';

/** The end-of-game rows as shown: per criterion, its cells. */
function endRows(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.$$eval('[data-testid=assumptions-band-table] tbody tr', (rows) =>
    Object.fromEntries(rows.map((row) => [(row as HTMLElement).dataset.criterion!, Object.fromEntries([...row.querySelectorAll('td')].map((td) => [td.dataset.value!, td.textContent!.trim()]))])),
  );
}

const setReplant = (page: Page, value: string) => setFigure(page, 'replantShare', value);

/** The engine's band for the shipped scenario with the replanting share changed, as the table writes it. */
function expectedRows(replantShare: number): Record<string, Record<string, string>> {
  const copy = structuredClone(vraem);
  setInCopy(copy, 'mechanisms.eradication-shock.replantShare', replantShare);
  const parsed = parseScenario(copy);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const band = outcomeBand(parsed.value, [], {}, bandSeeds(200));
  return Object.fromEntries(
    band.criteria.map((c, i) => {
      const f = (v: number) => formatCriterion(vraem.assessment[i]!.measure, v);
      return [c.id, { low: f(c.band.low.at(-1)!), median: f(c.band.median.at(-1)!), high: f(c.band.high.at(-1)!) }];
    }),
  );
}

describe('the Assumptions panel from Explore', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'), { width: 1024, height: 768 });
    await newGame(page, 'assumptions-1');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moves the band as the replanting share changes, ghosts the band before, refuses a bad share, and leaves the game untouched', async () => {
    const hashBefore = (await hookSession(page))!.hash;
    await page.click('[data-testid=play-explore]');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid=explore-charts]')?.dataset.refining === 'false');
    await page.focus('[data-testid=open-assumptions]');
    await page.keyboard.press('Enter');
    await bandAfterChange(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('assumptions-title');
    // The shipped scenario's band, from the workers.
    expect(await page.getAttribute(CHARTS, 'data-where')).toBe('workers');
    expect(await page.getAttribute(CHARTS, 'data-ghost')).toBe('false');
    const shipped = await endRows(page);
    const shippedMedians = Object.fromEntries(Object.entries(shipped).map(([id, row]) => [id, row.median]));
    // The replanting share's evidence: its grade, its note and the range it supports.
    const evidence = await page.textContent('[data-path="mechanisms.eradication-shock.replantShare"]');
    expect(evidence).toContain('Evidence: published figure');
    expect(evidence).toContain('The evidence supports 0.9 to 0.95.');
    expect(await page.textContent('[data-testid=assumptions-replantShare-warning]')).toBe('');

    await setReplant(page, '0.5');
    const { first } = await bandAfterChange(page);
    console.log(`assumptions: first band ${first.toFixed(0)} ms after the change`);
    expect(await page.textContent('[data-testid=assumptions-replantShare-warning]')).toContain('Outside the range its evidence supports (0.9 to 0.95)');
    const changed = await endRows(page);
    expect(Object.fromEntries(Object.entries(changed).map(([id, row]) => [id, { low: row.low, median: row.median, high: row.high }]))).toEqual(expectedRows(0.5));
    expect(changed.coca!.median).not.toBe(shipped.coca!.median);
    // The band before the change: ghosted on every chart, in the table, and in words.
    expect(await page.getAttribute(CHARTS, 'data-ghost')).toBe('true');
    expect(await page.locator(`${CHARTS} figure path.ghost`).count()).toBe(3 * Object.keys(shipped).length);
    expect(Object.fromEntries(Object.entries(changed).map(([id, row]) => [id, row['before-median']]))).toEqual(shippedMedians);
    const said = await page.textContent('[data-testid=assumptions-band-said] [data-criterion=coca]');
    expect(said).toContain(`middle game ${shipped.coca!.median} before the last change, ${changed.coca!.median} now`);
    await screenshot(page, 'assumptions-1024');
    expect(await textBelow(page, '[data-testid=assumptions]')).toEqual([]);
    // A screen reader finds every control named and the dialog labelled (axe's WCAG 2 A/AA rules).
    expect(await axeViolations(page)).toEqual([]);

    // A share the schema refuses: no band, and the validator's own words.
    await setReplant(page, '1.5');
    await page.waitForFunction((charts) => document.querySelector(charts)!.childElementCount === 0, CHARTS);
    expect(await page.textContent('[data-testid=assumptions-band-status]')).toMatch(/^No band: mechanisms\.eradication-shock\.replantShare: /);

    // Back to the shipped value: the shipped band again (kept), with the changed one as the ghost.
    await setReplant(page, '0.92');
    await bandAfterChange(page);
    expect(await page.getAttribute(CHARTS, 'data-kept')).toBe('true');
    const back = await endRows(page);
    expect(Object.fromEntries(Object.entries(back).map(([id, row]) => [id, row.median]))).toEqual(shippedMedians);
    expect(await page.textContent('[data-testid=assumptions-replantShare-warning]')).toBe('');

    for (const viewport of [{ width: 800, height: 600 }, { width: 768, height: 1024 }]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `assumptions-${viewport.width}x${viewport.height}`);
      expect(await textBelow(page, '[data-testid=assumptions]')).toEqual([]);
    }
    await page.setViewportSize({ width: 1024, height: 768 });

    await page.keyboard.press('Escape');
    expect(await page.isVisible('[data-testid=assumptions]')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-assumptions');
    await page.keyboard.press('Escape');
    const after = await hookSession(page);
    expect(after!.hash).toBe(hashBefore);
    expect(after!.turn).toBe(0);
  });

  it('runs the scenario\'s checks and the stylized facts in the workers, pass or fail for each', async () => {
    await page.click('[data-testid=play-explore]');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid=explore-charts]')?.dataset.refining === 'false');
    // The levers as they stand are Explore's: moved there, the panel's first band is Explore's band.
    await moveToBand(page, 'militaryOperations', 'ArrowRight');
    const explored = await page.$$eval('[data-testid=explore-table] tbody tr', (rows) => rows.map((row) => row.querySelector('[data-value=median]')!.textContent));
    await page.click('[data-testid=open-assumptions]');
    await bandAfterChange(page);
    expect(Object.values(await endRows(page)).map((row) => row.median)).toEqual(explored);
    await page.click('[data-testid=assumptions-band-run-checks]');
    await page.waitForFunction(() => /checks pass/.test(document.querySelector('[data-testid=assumptions-band-checks-status]')?.textContent ?? ''), undefined, { timeout: 170_000 });
    const items = await page.$$eval('[data-testid=assumptions-band-checks] li', (lis) => lis.map((li) => ({ kind: (li as HTMLElement).dataset.kind, passed: (li as HTMLElement).dataset.passed, text: li.textContent })));
    expect(items.filter((i) => i.kind === 'check')).toHaveLength(vraem.checks.length);
    expect(items.filter((i) => i.kind === 'fact').length).toBeGreaterThan(0);
    expect(items.filter((i) => i.kind === 'check').every((i) => i.passed === 'true')).toBe(true);
    expect(items[0]!.text).toMatch(/^Scenario check "[a-z-]+": pass — /);
    await page.$eval('[data-testid=assumptions-band]', (el) => el.scrollIntoView());
    await screenshot(page, 'assumptions-band-1024');
    // With nothing replanted, coca is not back within a year of eradication: that check fails, and says by how much.
    await setReplant(page, '0');
    expect(await page.locator('[data-testid=assumptions-band-checks] li').count()).toBe(0);
    await page.click('[data-testid=assumptions-band-run-checks]');
    await page.waitForFunction(() => /checks pass/.test(document.querySelector('[data-testid=assumptions-band-checks-status]')?.textContent ?? ''), undefined, { timeout: 170_000 });
    expect(await page.getAttribute('[data-testid=assumptions-band-checks] li[data-id=coca-returns-within-a-year]', 'data-passed')).toBe('false');
    expect(await page.textContent('[data-testid=assumptions-band-checks] li[data-id=coca-returns-within-a-year]')).toMatch(/^Scenario check "coca-returns-within-a-year": fail — cocaHectares at turn 14 is /);
    // A shipped policy as the plan: its own band, the levers' band ghosted beside it.
    const held = await endRows(page);
    expect(await page.$$eval('[data-testid=assumptions-band-plan] option', (options) => options.map((o) => o.textContent))).toContain('Status quo');
    await page.selectOption('[data-testid=assumptions-band-plan]', 'eradicationOnly');
    await bandAfterChange(page);
    const policy = await endRows(page);
    expect(policy.coca!.median).not.toBe(held.coca!.median);
    expect(policy.coca!['before-median']).toBe(held.coca!.median);
    // Closing forgets every change: opened again, the panel shows the scenario as shipped.
    await page.click('[data-testid=assumptions-close]');
    await page.click('[data-testid=open-assumptions]');
    await bandAfterChange(page);
    expect(await page.inputValue('[data-testid=assumptions-replantShare]')).toBe('0.92');
    expect(await page.getAttribute(CHARTS, 'data-kept')).toBe('true');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });
});

describe('the Assumptions panel in Spanish', () => {
  let browser: Browser;
  afterAll(async () => {
    await browser?.close();
  });

  it('speaks Spanish, evidence and band alike', async () => {
    browser = await launchChromium();
    const page = await openGame(browser, inject('baseUrl'), { width: 1024, height: 768 }, false, { locale: 'es-PE' });
    await page.click('[data-testid=open-explore]');
    await page.click('[data-testid=open-assumptions]');
    await bandAfterChange(page);
    expect(await page.textContent('#assumptions-title')).toBe('Supuestos: ¿y si el modelo fuera distinto?');
    const evidence = await page.textContent('[data-path="mechanisms.eradication-shock.replantShare"]');
    expect(evidence).toContain('Evidencia: cifra publicada');
    expect(evidence).toContain(vraem.translations.es!['calibration[mechanisms.eradication-shock.replantShare].supports.reason']!);
    expect(evidence).toContain(vraem.translations.es!['calibration[mechanisms.eradication-shock.replantShare].note']!);
    expect(evidence).not.toContain('(nota para autores de escenarios, en inglés)');
    expect(await page.textContent('[data-testid=assumptions-band-status]')).toBe('Franja actualizada con 200 partidas.');
    await screenshot(page, 'assumptions-es-1024');
  });
});
