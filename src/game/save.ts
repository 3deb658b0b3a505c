/**
 * Autosave: the scenario, the seed and the decisions, replayed through the engine on Continue
 * and checked against the hash of the state saved. A save that cannot be read, comes from
 * another engine version, names a missing scenario or replays differently is set aside (kept
 * under another key) with a message, never loaded half-way.
 *
 * Each game is saved under a key of its own, and each save names the tab that wrote it, so two
 * tabs never overwrite each other's game. A tab playing a game marks it open (refreshed while it
 * plays, removed when it leaves); another tab's title screen says which game is open elsewhere
 * and continues the latest game that is not. If a tab takes a game over all the same (its mark
 * gone stale), the tab it was taken from stops saving it and says so, told by the storage event
 * or, at the latest, by the save itself when it next writes.
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

export const SAVE_PREFIX = 'between-two-fires.save.';
/** Where one save for every game was kept before saves were kept per game; still read. */
export const LEGACY_SAVE_KEY = 'between-two-fires.save';
export const DISCARDED_KEY = 'between-two-fires.save.discarded';
const OPEN_PREFIX = 'between-two-fires.open.';
const GAME_ID = /^g[0-9a-z]{8,40}$/;
/** Games kept at most; a new game's first save removes the oldest beyond it. */
export const MAX_SAVES = 5;
/** A tab playing a game refreshes its mark this often; a mark older than OPEN_STALE_MS is a tab that is gone (a background tab's timers may run once a minute). */
export const OPEN_REFRESH_MS = 10_000;
export const OPEN_STALE_MS = 90_000;

export const saveKey = (gameId: string): string => `${SAVE_PREFIX}${gameId}`;

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
  /** The game and the tab that last saved it, and when (absent in saves made before games were kept apart). */
  gameId: z.string().regex(GAME_ID).optional(),
  tab: z.string().max(60).optional(),
  savedAt: z.number().optional(),
});
export type SaveData = z.infer<typeof SaveData>;

/** The storage the game uses (localStorage in the browser, a map in tests). Any call may throw. */
export interface SaveStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
}

/** The browser's localStorage, looked up on each call: merely reading `window.localStorage` throws where storage is blocked. */
export function browserStore(): SaveStore {
  const storage = () => globalThis.localStorage;
  return {
    getItem: (key) => storage().getItem(key),
    setItem: (key, value) => storage().setItem(key, value),
    removeItem: (key) => storage().removeItem(key),
    keys: () => Array.from({ length: storage().length }, (_, i) => storage().key(i) ?? ''),
  };
}

function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return prefix + Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** This page's id, named in its saves and open marks. */
export const THIS_TAB = randomId('t');

const TAB_KEY = 'between-two-fires.page';
/**
 * The id of the page this tab showed before a reload or a return to the game (kept in
 * sessionStorage, which belongs to the tab). Its open mark is this tab's own: the mark's removal
 * on leaving may land after the next page has read it, and a reload must not find its own game
 * "open in another tab". A duplicated tab inherits it and may continue the game; the first tab is
 * then told its game was taken over, as when its mark goes stale.
 */
export const PREVIOUS_PAGE = previousPageInTab();

function previousPageInTab(): string | null {
  try {
    const storage = globalThis.sessionStorage;
    const previous = storage.getItem(TAB_KEY);
    storage.setItem(TAB_KEY, THIS_TAB);
    return previous;
  } catch {
    return null; // no sessionStorage (Node, blocked storage): every page is a tab of its own
  }
}

/** Each session's game id: given on its first save, or kept from the save it was restored from. */
const gameIds = new WeakMap<Session, string>();
/** Sessions restored from the old single save, which their first save under their own key replaces. */
const fromLegacy = new WeakSet<Session>();
/** Sessions just continued from a save: their next save takes the game over, whichever tab saved it last. */
const claimed = new WeakSet<Session>();

export function gameIdOf(session: Session): string {
  let id = gameIds.get(session);
  if (id === undefined) gameIds.set(session, (id = randomId('g')));
  return id;
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

function attempt(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}

function read(store: SaveStore, key: string): string | null {
  let text: string | null = null;
  return attempt(() => (text = store.getItem(key))) ? text : null;
}

/** The tab a saved text names, or null (an old or unreadable save). */
function ownerOf(text: string | null): string | null {
  if (text === null) return null;
  const json = parseJsonText(text);
  const tab = json.ok && typeof json.value === 'object' && json.value !== null ? (json.value as { tab?: unknown }).tab : undefined;
  return typeof tab === 'string' ? tab : null;
}

/** Whether another tab has saved this game since this one did: it has taken the game over. */
export function takenElsewhere(store: SaveStore, session: Session, tab = THIS_TAB): boolean {
  const owner = ownerOf(read(store, saveKey(gameIdOf(session))));
  return owner !== null && owner !== tab;
}

export type SaveResult = 'saved' | 'failed' | 'taken';

/**
 * Saves the game under its own key; 'failed' when the storage refused (full, disabled), and
 * 'taken' when another tab has saved this game since: this tab then leaves that save alone.
 * The scenario travels with the save only when it is not one of `bundled`: a shipped scenario
 * would add tens of kilobytes to every save, and slow storage would lag behind the game.
 */
export function writeSave(store: SaveStore, session: Session, bundled: readonly Scenario[] = [], tab = THIS_TAB, now = Date.now()): SaveResult {
  const gameId = gameIdOf(session);
  const key = saveKey(gameId);
  const saved = read(store, key);
  const owner = ownerOf(saved);
  if (!claimed.has(session) && owner !== null && owner !== tab) return 'taken';
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
    gameId,
    tab,
    savedAt: now,
  };
  if (saved === null) pruneSaves(store, tab, now);
  if (!attempt(() => store.setItem(key, JSON.stringify(data)))) return 'failed';
  claimed.delete(session);
  if (fromLegacy.has(session)) {
    attempt(() => store.removeItem(LEGACY_SAVE_KEY));
    fromLegacy.delete(session);
  }
  return 'saved';
}

/** What a title screen knows of a saved game without replaying it. */
export interface SavedGame {
  readonly key: string;
  readonly text: string;
  readonly gameId: string | null;
  readonly scenarioId: string;
  readonly turn: number;
  readonly player: string;
  readonly savedAt: number;
}

function describeSave(key: string, text: string): SavedGame {
  const json = parseJsonText(text);
  const raw = (json.ok && typeof json.value === 'object' && json.value !== null ? json.value : {}) as Partial<Record<keyof SaveData, unknown>>;
  return {
    key,
    text,
    gameId: typeof raw.gameId === 'string' && GAME_ID.test(raw.gameId) ? raw.gameId : null,
    scenarioId: typeof raw.scenarioId === 'string' ? raw.scenarioId : '',
    turn: Array.isArray(raw.decisions) ? raw.decisions.length : 0,
    player: typeof raw.player === 'string' ? raw.player : '',
    savedAt: typeof raw.savedAt === 'number' ? raw.savedAt : 0,
  };
}

/** The storage keys of saved games (an old single save among them), unread. */
function saveKeys(store: SaveStore): string[] {
  let keys: string[] = [];
  if (!attempt(() => (keys = store.keys()))) return [];
  return keys.filter((key) => key === LEGACY_SAVE_KEY || (key.startsWith(SAVE_PREFIX) && GAME_ID.test(key.slice(SAVE_PREFIX.length))));
}

/** Whether any saved game waits in storage, without reading one (blocked storage: none). */
export function hasSavedGame(store: SaveStore): boolean {
  return saveKeys(store).length > 0;
}

/** Every saved game, the most recently saved first (an old single save last). */
export function savedGames(store: SaveStore): SavedGame[] {
  const keys = saveKeys(store);
  const games = keys.filter((key) => key !== LEGACY_SAVE_KEY).flatMap((key) => {
    const text = read(store, key);
    return text === null ? [] : [describeSave(key, text)];
  });
  const legacy = keys.includes(LEGACY_SAVE_KEY) ? read(store, LEGACY_SAVE_KEY) : null;
  return [...games.sort((a, b) => b.savedAt - a.savedAt), ...(legacy === null ? [] : [describeSave(LEGACY_SAVE_KEY, legacy)])];
}

/** Marks this tab as playing the session's game; refreshed every OPEN_REFRESH_MS while it plays. */
export function markOpen(store: SaveStore, session: Session, tab = THIS_TAB, now = Date.now()): void {
  attempt(() => store.setItem(`${OPEN_PREFIX}${gameIdOf(session)}`, JSON.stringify({ tab, at: now })));
}

/** Removes this tab's mark when it leaves the game (another tab's mark is left alone). */
export function clearOpen(store: SaveStore, session: Session, tab = THIS_TAB): void {
  const key = `${OPEN_PREFIX}${gameIdOf(session)}`;
  const mark = read(store, key);
  if (mark !== null && ownerOf(mark) === tab) attempt(() => store.removeItem(key));
}

/** Whether another tab has marked this game open recently. */
function openElsewhere(store: SaveStore, gameId: string | null, tab: string, now: number, previous: string | null = PREVIOUS_PAGE): boolean {
  if (gameId === null) return false;
  const mark = read(store, `${OPEN_PREFIX}${gameId}`);
  if (mark === null) return false;
  const json = parseJsonText(mark);
  const value = (json.ok ? json.value : null) as { tab?: unknown; at?: unknown } | null;
  return value !== null && typeof value === 'object' && value.tab !== tab && value.tab !== previous && typeof value.at === 'number' && now - value.at < OPEN_STALE_MS;
}

/** The saved games another tab is playing now. */
export function gamesOpenElsewhere(store: SaveStore, tab = THIS_TAB, now = Date.now(), previous = PREVIOUS_PAGE): SavedGame[] {
  return savedGames(store).filter((game) => openElsewhere(store, game.gameId, tab, now, previous));
}

/** Keeps the newest MAX_SAVES - 1 games (the one about to be saved makes MAX_SAVES), never removing one open elsewhere. */
function pruneSaves(store: SaveStore, tab: string, now: number): void {
  const games = savedGames(store).filter((game) => game.key !== LEGACY_SAVE_KEY);
  for (const game of games.slice(MAX_SAVES - 1)) {
    if (!openElsewhere(store, game.gameId, tab, now)) attempt(() => store.removeItem(game.key));
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

function restore(text: string, scenarios: readonly Scenario[]): { session: Session; gameId: string | undefined } | string {
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
  return { session, gameId: save.gameId };
}

/**
 * Reads the latest saved game that no other tab is playing, if any; a bad save met on the way
 * is moved aside so it never blocks a new game.
 */
export function readSave(store: SaveStore, scenarios: readonly Scenario[], tab = THIS_TAB, now = Date.now(), previous = PREVIOUS_PAGE): Restored {
  let discarded: string | null = null;
  for (const game of savedGames(store)) {
    if (openElsewhere(store, game.gameId, tab, now, previous)) continue;
    const result = restore(game.text, scenarios);
    if (typeof result !== 'string') {
      if (result.gameId) gameIds.set(result.session, result.gameId);
      else fromLegacy.add(result.session);
      claimed.add(result.session);
      return { kind: 'ok', session: result.session };
    }
    // With storage full the copy may fail; the save is removed all the same so play can go on.
    attempt(() => store.setItem(DISCARDED_KEY, game.text));
    attempt(() => store.removeItem(game.key));
    discarded ??= result;
  }
  return discarded === null ? { kind: 'none' } : { kind: 'discarded', reason: discarded };
}

/** Removes a finished game's save, unless another tab has taken the game over; other games stay. */
export function clearSave(store: SaveStore, session: Session, tab = THIS_TAB): void {
  if (!takenElsewhere(store, session, tab)) attempt(() => store.removeItem(saveKey(gameIdOf(session))));
  clearOpen(store, session, tab);
}
