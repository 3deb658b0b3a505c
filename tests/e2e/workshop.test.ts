// The scenario workshop, driven as an author would: from the template, three renamed
// communities, one new event card and Spanish texts, all through the workshop's controls (no
// JSON typed); the downloaded file is accepted unchanged by the validator `npm run validate`
// runs, undoing every edit gives the template back byte for byte, and a game plays on the draft.
// Looked at on a 1024×768 projector, a 1920×1080 screen and a 768×1024 tablet.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateScenarioText } from '../../src/authoring/validateFile.ts';
import { launchChromium, openGame, waitForScene } from './browser.ts';
import { answerEvents, endTurn, hookSession, screenshot } from './play.ts';
import { axeViolations } from './axe.ts';
import { textBelow } from './pageChecks.ts';

const template = readFileSync('src/game/workshop/template.json', 'utf8');
const field = (page: Page, id: string) => page.locator(`[id=${JSON.stringify(`ws:${id}`)}]`);

/** The game opened at a size an author works at, on the workshop screen. */
async function openWorkshop(browser: Browser): Promise<Page> {
  const page = await openGame(browser, inject('baseUrl'), { width: 1280, height: 800 });
  await page.click('[data-testid=open-workshop]');
  return page;
}

/** Types into a field and leaves it, as a person does: the edit is made when the field changes. */
async function enter(page: Page, id: string, value: string): Promise<void> {
  const control = field(page, id);
  await control.fill(value);
  await control.dispatchEvent('change');
}

async function openItem(page: Page, path: string): Promise<void> {
  const summary = field(page, path);
  const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

async function problems(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-testid=problems-summary]')?.textContent ?? '';
    return text !== '' && !text.startsWith('Checking');
  });
  return (await page.textContent('[data-testid=problems-summary]')) ?? '';
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=workshop-download]')]);
  const path = `test-results/${name}`;
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

describe('the scenario workshop', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openGame(browser, inject('baseUrl'), { width: 1024, height: 768 }, false, { acceptDownloads: true });
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('builds a three-community scenario with a new event card and Spanish texts through its controls, which the validator accepts, and plays it', async () => {
    await page.click('[data-testid=open-workshop]');
    await page.click('[data-testid=workshop-template]');
    expect(await problems(page)).toBe('0 errors, 1 warning');
    // The check is the validator's whole run (dry run included): off the page's thread.
    expect(await page.getAttribute('[data-testid=problems-summary]', 'data-where')).toBe('worker');
    console.log(`workshop check of the template: ${await page.getAttribute('[data-testid=problems-summary]', 'data-ms')} ms in the worker`);
    expect(await download(page, 'workshop-template.json')).toBe(template);
    await screenshot(page, 'workshop-overview');

    await enter(page, 'id', 'rio-claro-2014');
    await enter(page, 'title', 'The Río Claro valley');

    await page.click('[data-testid=group-communities]');
    expect(await page.locator('[data-testid=map-marker]').count()).toBe(3);
    const names = ['Puerto Claro', 'Alto Claro', 'Santa Rosa de Claro'];
    for (let i = 0; i < 3; i++) {
      await openItem(page, `communities[${i}]`);
      await enter(page, `communities[${i}].name`, names[i]!);
    }
    await enter(page, 'communities[1].population', '2300');
    expect(await field(page, 'communities[2]').textContent()).toBe(names[2]);
    await page.locator('[data-testid=workshop-map]').scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-communities');

    // Each number of a mechanism beside its evidence; the outcome band drawn for the valid draft.
    await page.click('[data-testid=group-mechanisms]');
    expect(await page.locator('[data-testid=field-evidence]').count()).toBeGreaterThan(10);
    await page.waitForFunction(() => /200/.test(document.querySelector('[data-testid=workshop-band-status]')?.textContent ?? ''));
    await page.locator('[data-testid=field-evidence]').nth(3).scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-mechanisms');

    await page.click('[data-testid=group-events]');
    await page.click('[data-testid=add-item][data-list=events]');
    // The new card is blank: the problems say what it lacks, at its fields.
    expect(await problems(page)).toMatch(/^[1-9]\d* errors?/);
    expect(await page.textContent('[id="ws:events[2].title:error"]')).not.toBe('');
    await field(page, 'events[2].title').scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-new-card');
    await enter(page, 'events[2].id', 'river-flood');
    await enter(page, 'events[2].title', 'The river floods');
    await enter(page, 'events[2].text', 'Heavy rain floods the valley floor; fields near the river are lost for a season.');
    await enter(page, 'events[2].evidence[0]', JSON.parse(template).evidence[0].id);
    await enter(page, 'events[2].probability', '0.1');
    await page.selectOption('[id="ws:events[2].scope"]', 'global');
    expect(await problems(page)).toMatch(/^0 errors/);

    await page.click('[data-testid=group-translations]');
    const spanish: Record<string, string> = {
      title: 'El valle del Río Claro',
      'communities[pichari].name': 'Puerto Claro',
      'events[river-flood].title': 'El río se desborda',
      'events[river-flood].text': 'Lluvias fuertes inundan el fondo del valle; las chacras junto al río se pierden por una temporada.',
    };
    for (const [key, text] of Object.entries(spanish)) await enter(page, /[.[\]]/.test(key) ? `translations.es["${key}"]` : `translations.es.${key}`, text);
    expect(await problems(page)).toMatch(/^0 errors/);
    await screenshot(page, 'workshop-1024');

    const built = await download(page, 'workshop-built.json');
    const report = validateScenarioText(built);
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
    const value = JSON.parse(built);
    expect(value.communities.map((c: { name: string }) => c.name)).toEqual(names);
    expect(value.events.map((e: { id: string }) => e.id)).toContain('river-flood');
    expect(value.translations.es['events[river-flood].title']).toBe('El río se desborda');
    // Only the edits differ from the template: every other line is the template's.
    const changed = built.split('\n').filter((line) => !template.includes(line));
    expect(changed.length).toBeLessThan(40);

    // Undo every edit: the template, byte for byte; redo them all: the built file again.
    while (await page.isEnabled('[data-testid=workshop-undo]')) await page.click('[data-testid=workshop-undo]');
    expect(await download(page, 'workshop-undone.json')).toBe(template);
    while (await page.isEnabled('[data-testid=workshop-redo]')) await page.click('[data-testid=workshop-redo]');
    expect(await download(page, 'workshop-redone.json')).toBe(built);

    for (const viewport of [{ width: 1920, height: 1080 }, { width: 768, height: 1024 }]) {
      await page.setViewportSize(viewport);
      await screenshot(page, `workshop-${viewport.width}`);
    }
    await page.setViewportSize({ width: 1024, height: 768 });

    await page.click('[data-testid=workshop-play]');
    await waitForScene(page, 'Play');
    expect((await hookSession(page))?.scenarioId).toBe('rio-claro-2014');
    for (let turn = 0; turn < 3; turn++) {
      await answerEvents(page);
      await endTurn(page);
    }
    expect((await hookSession(page))?.turn).toBe(3);
    writeFileSync('test-results/workshop-played.txt', JSON.stringify(await hookSession(page)));
  });
});

describe('the workshop with bad input', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openWorkshop(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pick = (name: string, text: string) => page.setInputFiles('[data-testid=workshop-file]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const alertText = () => page.waitForSelector('[data-testid=workshop-alert]:not([hidden])').then((el) => el.textContent());

  it('refuses a file that is not a scenario, or nested past the limit, saying why', async () => {
    await pick('list.json', '[1, 2, 3]');
    expect(await alertText()).toMatch(/^list\.json was not opened: not a scenario/);
    await pick('deep.json', `${'['.repeat(200)}${']'.repeat(200)}`);
    expect(await alertText()).toMatch(/deep\.json was not opened: .*64/);
    await pick('twice.json', template.replace('"version": "0.1.0",', '"version": "0.0.1",\n  "version": "0.1.0",'));
    expect(await problems(page)).toMatch(/^0 errors/);
    expect(await page.textContent('[data-testid=problems]')).toContain('Said of the file when it was opened: version: duplicate key');
    await pick('broken.json', '{"id": ');
    expect(await alertText()).toMatch(/broken\.json was not opened: .*line 1/);
  });

  it('opens an older or damaged scenario with its problems at their fields, and stays editable', async () => {
    const old = JSON.parse(template);
    old.version = '1';
    old.communities[1].population = -5;
    delete old.mechanisms;
    old.scenarioFormat = 1;
    await pick('old.json', JSON.stringify(old, null, 2));
    await page.waitForSelector('[data-testid=workshop-alert][hidden]', { state: 'attached' });
    expect(await problems(page)).toMatch(/^[1-9]\d* errors/);
    const listed = await page.$$eval('[data-testid=problem]', (items) => items.map((i) => i.getAttribute('data-path')));
    expect(listed).toEqual(expect.arrayContaining(['version', 'communities[1].population', 'mechanisms']));
    expect(await field(page, 'version').getAttribute('aria-invalid')).toBe('true');
    expect(await page.textContent('[id="ws:version:error"]')).toContain('expected a version such as "1.0.0"');
    // The list moves the focus to the field, opening the item it is in.
    await page.click('[data-testid=problem][data-path="communities[1].population"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ws:communities[1].population');
    await enter(page, 'communities[1].population', '2300');
    await page.click('[data-testid=problem][data-path=version]');
    await enter(page, 'version', '1.0.0');
    await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid=problem]')].some((p) => p.getAttribute('data-path') === 'version'));
    const after = await page.$$eval('[data-testid=problem]', (items) => items.map((i) => i.getAttribute('data-path')));
    expect(after).not.toContain('communities[1].population');
    expect(after).toContain('mechanisms');
    // A key of no field of the format is shown where its problem is, and removed there.
    expect(await page.textContent('[data-testid=problems]')).toContain('scenarioFormat');
    await page.click('[data-testid=group-overview]');
    await page.click('[data-testid=unknown-key] [data-testid=remove-item]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=unknown-key]').length === 0);
    await problems(page);
    expect(await page.textContent('[data-testid=problems]')).not.toContain('scenarioFormat');
    // No game starts on a draft the game cannot load.
    await page.click('[data-testid=workshop-play]');
    expect(await alertText()).toMatch(/^Fix the [1-9]\d* errors? first/);
    expect(await page.evaluate(() => (window as unknown as { __btf: { scene(): string } }).__btf.scene())).toBe('Title');
  });

  it('says where a deleted community is still named, and asks before downloading an invalid draft', async () => {
    await page.click('[data-testid=workshop-template]');
    expect(await problems(page)).toMatch(/^0 errors/);
    await page.click('[data-testid=group-communities]');
    await page.click('[id="ws:communities[0]"]');
    await page.click('details[data-path="communities[0]"] > [data-testid=remove-item]');
    expect(await problems(page)).toMatch(/^[1-9]\d* errors/);
    const named = page.locator('[data-testid=problem][data-path^="translations.es[\\"communities[pichari]"]').first();
    await named.click();
    expect(await page.getAttribute('[data-testid=group-translations]', 'aria-current')).toBe('true');
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focused).toMatch(/^ws:translations\.es\["communities\[pichari\]/);
    // Emptied, the translation of the removed community is taken out, and its problem with it.
    await enter(page, focused.slice(3), '');
    await page.waitForFunction((path) => ![...document.querySelectorAll('[data-testid=problem]')].some((p) => p.getAttribute('data-path') === path), focused.slice(3));
    await page.click('[data-testid=workshop-download]');
    const dialog = page.locator('[data-testid=workshop-confirm]');
    expect(await dialog.textContent()).toMatch(/This draft has [1-9]\d* errors?/);
    await dialog.locator('button.primary').click();
    expect(await dialog.isHidden()).toBe(true);
  });
});

describe('work kept in the workshop', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openWorkshop(browser);
    await page.click('[data-testid=workshop-template]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('moves a community by dragging its marker, and Ctrl+Z puts it back', async () => {
    await page.click('[data-testid=group-communities]');
    await page.click('[id="ws:communities[0]"]');
    const x = () => field(page, 'communities[0].position.x').inputValue();
    const before = await x();
    const marker = page.locator('[data-testid=map-marker] circle').first();
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 80, box.y + 10, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction((b) => (document.getElementById('ws:communities[0].position.x') as HTMLInputElement).value !== b, before);
    expect(Number(await x())).toBeGreaterThan(Number(before));
    // The form is drawn again after each undo and redo: read it once it has been.
    await page.keyboard.press('Control+z');
    await expect.poll(x).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(x).not.toBe(before);
  });

  it('keeps the draft in the browser, to be continued after a reload', async () => {
    await page.click('[data-testid=group-overview]');
    await enter(page, 'title', 'A draft to keep');
    await page.waitForFunction(() => document.querySelector('[data-testid=workshop-status]')?.textContent === 'Draft saved in this browser.');
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
    await page.click('[data-testid=open-workshop]');
    expect(await page.textContent('[data-testid=workshop-restore]')).toContain('A draft to keep');
    await page.click('[data-testid=workshop-restore]');
    expect(await field(page, 'title').inputValue()).toBe('A draft to keep');
  });

  it('warns beside a number moved outside the range its evidence supports, on a copy of a shipped scenario', async () => {
    await page.selectOption('[data-testid=workshop-shipped]', 'classroom-short.json');
    await page.click('[data-testid=workshop-copy]');
    await page.waitForFunction(() => (document.getElementById('ws:id') as HTMLInputElement | null)?.value === 'classroom-short');
    await page.click('[data-testid=group-mechanisms]');
    const row = page.locator('.ws-field', { has: page.locator('[id="ws:mechanisms.eradication-shock.replantShare"]') });
    expect(await row.locator('[data-testid=field-evidence]').textContent()).toMatch(/^Evidence: external/);
    expect(await row.locator('[data-testid=outside-support]').count()).toBe(0);
    await enter(page, 'mechanisms.eradication-shock.replantShare', '0.7');
    expect(await row.locator('[data-testid=outside-support]').textContent()).toContain('0.9 to 0.95');
    await enter(page, 'mechanisms.eradication-shock.replantShare', '0.92');
    expect(await row.locator('[data-testid=outside-support]').count()).toBe(0);
  });

  it('has no serious or critical axe violation and no text under 14 px, in each part', async () => {
    for (const group of ['overview', 'communities', 'events', 'translations']) {
      await page.click(`[data-testid=group-${group}]`);
      const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, group).toEqual([]);
      expect(await textBelow(page, '[data-testid=workshop]'), group).toEqual([]);
    }
  });
});

describe('the workshop in Spanish', () => {
  it('speaks Spanish from its heading to its problems', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ locale: 'es-PE', viewport: { width: 1024, height: 768 } });
      await context.addInitScript(() => window.localStorage.setItem('between-two-fires.onboarded', '1'));
      const page = await context.newPage();
      await page.goto(`${inject('baseUrl')}/?test`);
      await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
      await page.click('[data-testid=open-workshop]');
      expect(await page.textContent('#ws-heading')).toBe('Taller de escenarios');
      await page.click('[data-testid=workshop-template]');
      await page.waitForFunction(() => /^0 errores/.test(document.querySelector('[data-testid=problems-summary]')?.textContent ?? ''));
      expect(await page.textContent('[data-testid=group-translations]')).toBe('Traducciones');
      // A field goes by its Spanish name, its JSON key beside it, with its help in Spanish.
      expect(await page.textContent('label[for="ws:title"]')).toBe('Título title');
      expect(await page.textContent('[id="ws:title:help"]')).toBe('Título que se muestra en la pantalla de inicio.');
      await screenshot(page, 'workshop-es-1024');
      // A choice goes by its Spanish name, the value the file holds beside it.
      await page.click('[data-testid=group-communities]');
      await openItem(page, 'communities[0]');
      await expect.poll(() => page.locator('[id="ws:communities[0].zone"] option').allTextContents()).toEqual(['fondo de valle selvático (jungle)', 'zona altoandina (highland)']);
      await screenshot(page, 'workshop-es-communities-1024');
    } finally {
      await browser.close();
    }
  });
});
