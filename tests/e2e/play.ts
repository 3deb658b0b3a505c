/** Steps a test takes through the game as a player would, and the engine run to compare with. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { Session } from '../../src/game/session.ts';
import type { Decisions } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadScenario } from '../engine/helpers.ts';
import { waitForScene } from './browser.ts';

export const vraem = loadScenario();

export interface HookSession {
  scenarioId: string;
  seed: string;
  turn: number;
  finished: boolean;
  hash: string;
  decisions: Decisions[];
}

export function hookSession(page: Page): Promise<HookSession | null> {
  return page.evaluate(() => (window as unknown as { __btf: { session(): unknown } }).__btf.session()) as Promise<HookSession | null>;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png` });
}

export async function newGame(page: Page, seed: string, scenarioId = 'vraem-2012'): Promise<void> {
  await page.check(`input[name=scenario][value=${scenarioId}]`);
  await page.fill('[data-testid=seed]', seed);
  await page.click('[data-testid=new-game]');
  await waitForScene(page, 'Play');
}

/** Answers every open event dialog with its first option; returns how many there were. */
export async function answerEvents(page: Page, onFirst?: () => Promise<void>): Promise<number> {
  let answered = 0;
  while (await page.locator('[data-testid=event-dialog]:not([hidden])').count()) {
    if (answered === 0 && onFirst) await onFirst();
    await page.locator('[data-testid=event-dialog] [data-option]').first().click();
    answered++;
  }
  return answered;
}

/** Ends the turn and waits until the turn has passed on screen. */
export async function endTurn(page: Page): Promise<void> {
  const before = (await hookSession(page))!.turn;
  await page.click('[data-testid=end-turn]');
  await page.waitForFunction((turn) => {
    const hook = (window as unknown as { __btf: { session(): { turn: number } | null; busy(): boolean } }).__btf;
    return hook.session()?.turn === turn + 1 && !hook.busy();
  }, before);
}

/** The same game played headless: the engine alone, from the decisions the page recorded. */
export function headless(seed: string, decisions: readonly Decisions[], scenario: Scenario = vraem): Session {
  const session = Session.replay(scenario, seed, decisions);
  if (!session) throw new Error('the engine refused the decisions the page recorded');
  return session;
}
