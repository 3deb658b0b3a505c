// The language: ?lang=, the browser's language, the picker on the title screen and the choice
// remembered; <html lang> follows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../src/game/strings/en.ts';
import { es } from '../../src/game/strings/es.ts';
import { launchChromium } from './browser.ts';
import { screenshot } from './play.ts';

async function open(browser: Browser, query: string, browserLocale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale: browserLocale, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${inject('baseUrl')}/?test${query}`);
  await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
  return page;
}

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('language', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('speaks Spanish with ?lang=es, and says so to assistive technology', async () => {
    const page = await open(browser, '&lang=es');
    expect(await lang(page)).toBe('es-PE');
    expect(await page.locator('[data-testid=new-game]').innerText()).toBe(es.title.newGame);
    expect(await page.title()).toBe(es.appTitle);
    await screenshot(page, 'title-es');
    await page.context().close();
  });

  it('follows the browser language, and ignores an unknown ?lang= without an error', async () => {
    const page = await open(browser, '&lang=klingon', 'es-PE');
    expect(await lang(page)).toBe('es-PE');
    expect(await page.locator('[data-testid=new-game]').innerText()).toBe(es.title.newGame);
    await page.context().close();
    const english = await open(browser, '&lang=zz', 'fr-FR');
    expect(await lang(english)).toBe('en');
    await english.context().close();
  });

  it('switches with the picker and remembers the choice on the next visit', async () => {
    const page = await open(browser, '');
    expect(await page.locator('[data-testid=new-game]').innerText()).toBe(en.title.newGame);
    await page.selectOption('[data-testid=language]', 'es');
    await page.waitForFunction((text) => document.querySelector('[data-testid=new-game]')?.textContent === text, es.title.newGame);
    expect(await lang(page)).toBe('es-PE');
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
    expect(await page.locator('[data-testid=new-game]').innerText()).toBe(es.title.newGame);
    expect(await page.locator('[data-testid=language]').inputValue()).toBe('es');
    await page.context().close();
  });
});
