// Saves kept per game, and two tabs sharing one storage: neither overwrites the other's game,
// a game open in one tab is named in the other, and a game taken over is left alone by the tab
// it was taken from.
import { describe, expect, it } from 'vitest';
import { gameIdOf, gamesOpenElsewhere, LEGACY_SAVE_KEY, markOpen, MAX_SAVES, OPEN_STALE_MS, readSave, saveKey, savedGames, writeSave, type SaveStore } from '../../src/game/save.ts';
import { Session } from '../../src/game/session.ts';
import { vraem } from '../engine/helpers.ts';

function memoryStore(): SaveStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k), keys: () => [...data.keys()] };
}

function played(seed: string, turns: number): Session {
  const session = Session.start(vraem, seed);
  for (let i = 0; i < turns; i++) {
    const choices = Object.fromEntries(session.state.pendingChoices.map((p) => [p.key, vraem.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id]));
    if (!session.play({ levers: { eradicationPace: 20 }, choices }).ok) throw new Error('refused');
  }
  return session;
}

const turnSaved = (store: ReturnType<typeof memoryStore>, session: Session) => JSON.parse(store.data.get(saveKey(gameIdOf(session)))!).decisions.length;
const A = 'tab-a';
const B = 'tab-b';

describe('saves per game, two tabs', () => {
  it('keeps two tabs\' games apart: a new game in tab B leaves tab A\'s game at its turn, and A saving leaves B\'s', () => {
    const store = memoryStore();
    const gameA = played('a', 4);
    expect(writeSave(store, gameA, [], A, 1)).toBe('saved');
    markOpen(store, gameA, A, 1);
    const gameB = played('b', 1);
    expect(writeSave(store, gameB, [], B, 2)).toBe('saved');
    expect(turnSaved(store, gameA)).toBe(4);
    gameA.play({ choices: Object.fromEntries(gameA.state.pendingChoices.map((p) => [p.key, vraem.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id])) });
    expect(writeSave(store, gameA, [], A, 3)).toBe('saved');
    expect([turnSaved(store, gameA), turnSaved(store, gameB)]).toEqual([5, 1]);
  });

  it('names in tab B the game tab A is playing, and does not continue it there', () => {
    const store = memoryStore();
    const gameA = played('a', 4);
    gameA.player = 'Ana';
    writeSave(store, gameA, [], A, 10);
    markOpen(store, gameA, A, 10);
    expect(gamesOpenElsewhere(store, B, 20).map((g) => [g.scenarioId, g.turn, g.player])).toEqual([['vraem-2012', 4, 'Ana']]);
    expect(gamesOpenElsewhere(store, A, 20)).toEqual([]);
    expect(readSave(store, [vraem], B, 20)).toEqual({ kind: 'none' });
    // An older game of B's own is what B continues.
    const older = played('b', 2);
    writeSave(store, older, [], B, 5);
    const restored = readSave(store, [vraem], B, 20);
    expect(restored.kind === 'ok' && restored.session.hash()).toBe(older.hash());
  });

  it('a reloaded page continues its own game: the mark its previous page left in this tab is not another tab\'s', () => {
    const store = memoryStore();
    const game = played('a', 3);
    writeSave(store, game, [], A, 10);
    markOpen(store, game, A, 10);
    // The page reloads as A2 before A's mark was removed on leaving.
    const restored = readSave(store, [vraem], 'tab-a2', 20, A);
    expect(restored.kind === 'ok' && restored.session.hash()).toBe(game.hash());
    expect(gamesOpenElsewhere(store, 'tab-a2', 20, A)).toEqual([]);
    // Another tab still sees it open.
    expect(readSave(store, [vraem], B, 20, null)).toEqual({ kind: 'none' });
  });

  it('a game taken over by tab B (A\'s mark gone stale) is left alone by tab A, which is told', () => {
    const store = memoryStore();
    const gameA = played('a', 3);
    writeSave(store, gameA, [], A, 0);
    markOpen(store, gameA, A, 0);
    const restored = readSave(store, [vraem], B, OPEN_STALE_MS + 1);
    if (restored.kind !== 'ok') throw new Error(restored.kind);
    const inB = restored.session;
    expect(gameIdOf(inB)).toBe(gameIdOf(gameA));
    inB.play({ levers: { eradicationPace: 90 }, choices: Object.fromEntries(inB.state.pendingChoices.map((p) => [p.key, vraem.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id])) });
    expect(writeSave(store, inB, [], B, OPEN_STALE_MS + 2)).toBe('saved');
    const text = store.data.get(saveKey(gameIdOf(gameA)));
    expect(writeSave(store, gameA, [], A, OPEN_STALE_MS + 3)).toBe('taken');
    expect(store.data.get(saveKey(gameIdOf(gameA)))).toBe(text);
  });

  it('keeps at most a few games, the oldest removed first', () => {
    const store = memoryStore();
    const games = Array.from({ length: MAX_SAVES + 2 }, (_, i) => played(`g${i}`, 0));
    games.forEach((game, i) => writeSave(store, game, [], A, i));
    expect(savedGames(store).map((g) => g.key)).toEqual(games.slice(2).reverse().map((g) => saveKey(gameIdOf(g))));
  });

  it('reads an old single save, and moves it under its game\'s own key on the next save', () => {
    const store = memoryStore();
    const old = played('old', 2);
    writeSave(store, old, [], A, 1);
    store.data.set(LEGACY_SAVE_KEY, store.data.get(saveKey(gameIdOf(old)))!.replace(/,"gameId":"[^"]+","tab":"[^"]+","savedAt":\d+/, ''));
    store.data.delete(saveKey(gameIdOf(old)));
    const restored = readSave(store, [vraem], B, 2);
    if (restored.kind !== 'ok') throw new Error(restored.kind);
    expect(restored.session.hash()).toBe(old.hash());
    expect(writeSave(store, restored.session, [], B, 3)).toBe('saved');
    expect(store.data.has(LEGACY_SAVE_KEY)).toBe(false);
    expect(savedGames(store)).toHaveLength(1);
  });
});
