// A Spanish-speaking student's whole game: every screen is read and none shows a sentence of the
// English interface, an English text of the scenario or of the policy its end compares with.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/game/strings/en.ts';
import { es } from '../../src/game/strings/es.ts';
import { Policy } from '../../src/policy/schema.ts';
import { policyTexts } from '../../src/policy/texts.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';
import { localizeScenario, textPaths } from '../../src/scenario/translations.ts';
import { launchChromium, skipBriefing } from './browser.ts';
import { overlappingTicks } from './pageChecks.ts';
import { screenshot } from './play.ts';
import { TOUR_SCENARIO, tour, type Screen } from './tour.ts';

/** The English sentences a Spanish screen must not show: those that differ in Spanish. */
function englishOnly(): string[] {
  const leaves = (english: unknown, spanish: unknown): string[] => {
    if (typeof english === 'string') return english !== spanish ? [english.trim()] : [];
    if (english && typeof english === 'object') return Object.entries(english).flatMap(([k, v]) => leaves(v, (spanish as Record<string, unknown>)[k]));
    return [];
  };
  const parsed = parseScenarioText(readFileSync(`scenarios/${TOUR_SCENARIO}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const spanishTexts = textPaths(localizeScenario(parsed.value, 'es'));
  const scenario = [...textPaths(parsed.value)].filter(([path, text]) => spanishTexts.get(path) !== text).map(([, text]) => text);
  // The reference policy the end screen compares with has its own texts.
  const policies = readdirSync('policies')
    .filter((file) => file.endsWith('.json'))
    .map((file) => Policy.parse(JSON.parse(readFileSync(`policies/${file}`, 'utf8'))))
    .flatMap((policy) => {
      const spanish = policyTexts(policy, 'es');
      return [policy.name, policy.description].filter((text) => text !== spanish.name && text !== spanish.description);
    });
  // A word the Spanish page itself uses (a language's own name, "English", in the language picker) is not a leftover.
  const spanishWords = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') spanishWords.add(value.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(es);
  return [...leaves(en, es), ...scenario, ...policies].filter((s) => s.length >= 3 && !spanishWords.has(s));
}

/** Visible text, less what is quoted: titles of published sources keep their own language. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”|«[^»]*»/g, '');
}

describe('a whole game in Spanish', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'es-PE', viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    // The briefing of a first game is looked at in its own test (onboarding.test.ts).
    await skipBriefing(context);
    page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${inject('baseUrl')}/?test`);
    await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows no English sentence on any screen', async () => {
    const english = englishOnly();
    const found: string[] = [];
    const crowded: string[] = [];
    const seen = await tour(page, async (screen: Screen) => {
      await screenshot(page, `es-${screen}`);
      // Spanish quarter names are long: chart axes must still keep their labels apart.
      for (const pair of await overlappingTicks(page)) crowded.push(`${screen}: ${pair}`);
      const text = unquoted(await page.evaluate(() => document.body.innerText));
      for (const sentence of english) {
        const word = new RegExp(`(^|[^\\p{L}])${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
        if (word.test(text)) found.push(`${screen}: "${sentence}"`);
      }
    });
    expect([...seen].sort()).toEqual(['debrief', 'end', 'event', 'play', 'report', 'title']);
    expect(found).toEqual([]);
    expect(crowded).toEqual([]);
  });

  it('says in Spanish why a file cannot be read, and exports the class table in Spanish', async () => {
    await page.setInputFiles('[data-testid=replay-files]', [{ name: 'roto.json', mimeType: 'application/json', buffer: Buffer.from('{"format": x}') }]);
    const messages = page.locator('[data-testid=debrief-messages]');
    await messages.locator('text=roto.json').waitFor();
    expect(await messages.innerText()).toMatch(/roto\.json: no es un JSON válido \(línea 1, columna \d+\): un carácter inesperado/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toMatch(/^archivo,jugador,escenario,semilla,turnos,verificada,terminada,estado,/);
    expect(lines[0]).not.toMatch(/security|trust|human-rights/);
    expect(lines[1]).toMatch(/,(sí|no),(sí|no),/);
  });
});
