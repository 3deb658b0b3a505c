/** Debian's Chromium driven by playwright-core (Playwright's own browser download cannot work here). */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: EXECUTABLE, args: CHROMIUM_ARGS });
}

/**
 * Chromium with a profile on disk, as a player's browser is. A context from `launchChromium` is
 * incognito: a file:// page's localStorage there may start empty again once no page of it is
 * left, which a player's profile never does. `close()` also removes the profile.
 */
export async function launchChromiumProfile(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'btf-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: EXECUTABLE, args: CHROMIUM_ARGS, ...options });
  // Chromium may still be writing the profile as the context closes: retry, and leave a temporary
  // folder behind rather than fail a test over it.
  context.on('close', () => void rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => undefined));
  return context;
}

/** Makes every page of `target` remember having seen the first game's briefing (onboarding.test.ts looks at it). */
export async function skipBriefing(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => window.localStorage.setItem('between-two-fires.onboarded', '1'));
}

/**
 * Opens the game with the test hook on and waits for the title screen. Unless `firstVisit`,
 * the page remembers having seen the briefing, so a first game starts straight on the map.
 * `device` adds what else the page is opened as (touch, language, downloads).
 */
export async function openGame(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 720 }, firstVisit = false, device: Omit<BrowserContextOptions, 'viewport'> = {}): Promise<Page> {
  const page = await browser.newPage({ ...device, viewport });
  if (!firstVisit) await skipBriefing(page);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${baseUrl}/?test`);
  await page.waitForFunction(() => (window as unknown as { __btf?: { scene(): string } }).__btf?.scene() === 'Title');
  if (failed.length > 0) throw new Error(`requests failed: ${failed.join(', ')}`);
  return page;
}

export function waitForScene(page: Page, key: string): Promise<void> {
  return page.evaluate((k) => (window as unknown as { __btf: { waitForScene(k: string): Promise<void> } }).__btf.waitForScene(k), key);
}

/** A browser context at `viewport` as seen with browser zoom (a device scale factor over fewer CSS pixels), in a language. */
export function zoomedContext(browser: Browser, viewport: { width: number; height: number }, zoom: number, locale = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: Math.round(viewport.width / zoom), height: Math.round(viewport.height / zoom) }, deviceScaleFactor: zoom });
}
