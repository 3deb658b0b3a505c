/**
 * Autosave: the scenario, the seed and the decisions, replayed through the engine on Continue
 * and checked against the hash of the state saved. A save that cannot be read, comes from
 * another engine version, names a missing scenario or replays differently is set aside (kept
 * under another key) with a message, never loaded half-way.
 */
import { z } from 'zod';
import { ADVISER_IDS } from '../analysis/advisers.ts';
import { Decisions, ENGINE_VERSION } from '../engine/index.ts';
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
  seed: z.string(),
  decisions: z.array(Decisions),
  /** Whom the player heeded each turn (no effect on the outcome); absent in older saves. */
  heeded: z.array(z.enum(ADVISER_IDS).nullable()).max(1000).optional(),
  stateHash: z.string().regex(/^[0-9a-f]{16}$/),
  /** The name the player gave, so a resumed game's replay still carries it. */
  player: z.string().max(60).optional(),
});
export type SaveData = z.infer<typeof SaveData>;

/** The storage the game uses (localStorage in the browser, a map in tests). */
export interface SaveStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function writeSave(store: SaveStore, session: Session): void {
  const data: SaveData = {
    format: 'between-two-fires-save',
    version: 1,
    engineVersion: session.engineVersion(),
    scenarioId: session.scenario.id,
    scenarioVersion: session.scenario.version,
    seed: session.seed,
    decisions: [...session.decisionLog],
    heeded: [...session.heeded],
    stateHash: session.hash(),
    ...(session.player ? { player: session.player } : {}),
  };
  store.setItem(SAVE_KEY, JSON.stringify(data));
}

export type Restored = { kind: 'none' } | { kind: 'ok'; session: Session } | { kind: 'discarded'; reason: string };

function restore(text: string, scenarios: readonly Scenario[]): Session | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return t.save.unreadable;
  }
  const parsed = SaveData.safeParse(raw);
  if (!parsed.success) return t.save.unreadable;
  const save = parsed.data;
  if (save.engineVersion !== ENGINE_VERSION) return t.save.otherEngine(save.engineVersion, ENGINE_VERSION);
  const scenario = scenarios.find((s) => s.id === save.scenarioId && s.version === save.scenarioVersion);
  if (!scenario) return t.save.unknownScenario(save.scenarioId, save.scenarioVersion);
  const session = Session.replay(scenario, save.seed, save.decisions, save.heeded);
  if (!session || session.hash() !== save.stateHash) return t.save.diverged;
  session.player = save.player ?? '';
  return session;
}

/** Reads the save, if any; a bad one is moved aside so it never blocks a new game. */
export function readSave(store: SaveStore, scenarios: readonly Scenario[]): Restored {
  const text = store.getItem(SAVE_KEY);
  if (text === null) return { kind: 'none' };
  const result = restore(text, scenarios);
  if (typeof result !== 'string') return { kind: 'ok', session: result };
  store.setItem(DISCARDED_KEY, text);
  store.removeItem(SAVE_KEY);
  return { kind: 'discarded', reason: result };
}

export function clearSave(store: SaveStore): void {
  store.removeItem(SAVE_KEY);
}
