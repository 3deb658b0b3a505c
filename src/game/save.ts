/**
 * Autosave: the scenario, the seed and the decisions, replayed through the engine on Continue
 * and checked against the hash of the state saved. A save that cannot be read, comes from
 * another engine version, names a missing scenario or replays differently is set aside (kept
 * under another key) with a message, never loaded half-way.
 *
 * Storage may refuse anything (disabled, full, blocked in an embed): nothing here throws. A
 * failed write returns false, so the game goes on and tells the player it is not being saved.
 */
import { z } from 'zod';
import { Decisions, ENGINE_VERSION } from '../engine/index.ts';
import { contentHash } from '../replay/record.ts';
import { parseJsonText } from '../scenario/json.ts';
import { parseScenario } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { Session } from './session.ts';
import { t } from './strings/index.ts';

export const SAVE_KEY = 'between-two-fires.save';
export const DISCARDED_KEY = 'between-two-fires.save.discarded';

const SaveData = z.strictObject({
  format: z.literal('between-two-fires-save'),
  version: z.literal(1),
  engineVersion: z.string(),
  scenarioId: z.string(),
  scenarioVersion: z.string(),
  /** The scenario played, so a game on a scenario loaded from a file continues after a reload. */
  scenario: z.unknown().optional(),
  seed: z.string(),
  decisions: z.array(Decisions),
  /** Whom the player heeded each turn (no effect on the outcome); absent in older saves. */
  heeded: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(60).nullable()).max(1000).optional(),
  stateHash: z.string().regex(/^[0-9a-f]{16}$/),
  /** The name the player gave, so a resumed game's replay still carries it. */
  player: z.string().max(60).optional(),
});
export type SaveData = z.infer<typeof SaveData>;

/** The storage the game uses (localStorage in the browser, a map in tests). Any call may throw. */
export interface SaveStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, looked up on each call: merely reading `window.localStorage` throws where storage is blocked. */
export function browserStore(): SaveStore {
  const storage = () => globalThis.localStorage;
  return {
    getItem: (key) => storage().getItem(key),
    setItem: (key, value) => storage().setItem(key, value),
    removeItem: (key) => storage().removeItem(key),
  };
}

const hashes = new WeakMap<Scenario, string>();

/** A scenario's content hash, computed once per scenario object (a save is written every turn). */
function hashOf(scenario: Scenario): string {
  let hash = hashes.get(scenario);
  if (hash === undefined) {
    hash = contentHash(scenario);
    hashes.set(scenario, hash);
  }
  return hash;
}

/** Whether Continue will find this scenario among the bundled ones (same id, version and content). */
function isBundled(scenario: Scenario, bundled: readonly Scenario[]): boolean {
  return bundled.some((b) => b === scenario || (b.id === scenario.id && b.version === scenario.version && hashOf(b) === hashOf(scenario)));
}

/**
 * Saves the game; false when the storage refused (full, disabled), and the game is not saved.
 * The scenario travels with the save only when it is not one of `bundled`: a shipped scenario
 * would add tens of kilobytes to every save, and slow storage would lag behind the game.
 */
export function writeSave(store: SaveStore, session: Session, bundled: readonly Scenario[] = []): boolean {
  const data: SaveData = {
    format: 'between-two-fires-save',
    version: 1,
    engineVersion: session.engineVersion(),
    scenarioId: session.scenario.id,
    scenarioVersion: session.scenario.version,
    ...(isBundled(session.scenario, bundled) ? {} : { scenario: session.scenario }),
    seed: session.seed,
    decisions: [...session.decisionLog],
    heeded: [...session.heeded],
    stateHash: session.hash(),
    ...(session.player ? { player: session.player } : {}),
  };
  try {
    store.setItem(SAVE_KEY, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

export type Restored = { kind: 'none' } | { kind: 'ok'; session: Session } | { kind: 'discarded'; reason: string };

/** The scenario of a save: a bundled one if it is the same, else the one carried in the save. */
function scenarioOf(save: SaveData, scenarios: readonly Scenario[]): Scenario | null {
  const bundled = scenarios.find((s) => s.id === save.scenarioId && s.version === save.scenarioVersion);
  if (save.scenario === undefined) return bundled ?? null;
  if (bundled && contentHash(bundled) === contentHash(save.scenario)) return bundled;
  const carried = parseScenario(save.scenario);
  return carried.ok && carried.value.id === save.scenarioId && carried.value.version === save.scenarioVersion ? carried.value : null;
}

function restore(text: string, scenarios: readonly Scenario[]): Session | string {
  const json = parseJsonText(text);
  if (!json.ok) return t.save.unreadable;
  const parsed = SaveData.safeParse(json.value);
  if (!parsed.success) return t.save.unreadable;
  const save = parsed.data;
  if (save.engineVersion !== ENGINE_VERSION) return t.save.otherEngine(save.engineVersion, ENGINE_VERSION);
  const scenario = scenarioOf(save, scenarios);
  if (!scenario) return t.save.unknownScenario(save.scenarioId, save.scenarioVersion);
  const session = Session.replay(scenario, save.seed, save.decisions, save.heeded);
  if (!session || session.hash() !== save.stateHash) return t.save.diverged;
  session.player = save.player ?? '';
  return session;
}

function attempt(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}

/** Reads the save, if any; a bad one is moved aside so it never blocks a new game. */
export function readSave(store: SaveStore, scenarios: readonly Scenario[]): Restored {
  let text: string | null = null;
  if (!attempt(() => (text = store.getItem(SAVE_KEY)))) return { kind: 'none' };
  if (text === null) return { kind: 'none' };
  const result = restore(text, scenarios);
  if (typeof result !== 'string') return { kind: 'ok', session: result };
  // With storage full the copy may fail; the save is removed all the same so play can go on.
  attempt(() => store.setItem(DISCARDED_KEY, text!));
  attempt(() => store.removeItem(SAVE_KEY));
  return { kind: 'discarded', reason: result };
}

export function clearSave(store: SaveStore): void {
  attempt(() => store.removeItem(SAVE_KEY));
}
