// The autosave when storage refuses, and a game on a scenario that is not bundled.
import { describe, expect, it } from 'vitest';
import { DISCARDED_KEY, LEGACY_SAVE_KEY, SAVE_PREFIX, clearSave, readSave, writeSave, type SaveStore } from '../../src/game/save.ts';
import { Session } from '../../src/game/session.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { vraem } from '../engine/helpers.ts';

const refusing = (error: string): SaveStore => ({
  getItem: () => {
    throw new DOMException(error, 'SecurityError');
  },
  setItem: () => {
    throw new DOMException(error, 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException(error, 'SecurityError');
  },
  keys: () => {
    throw new DOMException(error, 'SecurityError');
  },
});

/** A store that reads and removes but refuses every write, as a full localStorage does. */
function fullStore(initial: Record<string, string>): SaveStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: (k) => void data.delete(k),
    keys: () => [...data.keys()],
  };
}

/** The key of the one game saved in a store. */
const savedKey = (store: { data: Map<string, string> }) => [...store.data.keys()].find((k) => k.startsWith(SAVE_PREFIX) && k !== DISCARDED_KEY)!;

function memoryStore(): SaveStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k), keys: () => [...data.keys()] };
}

describe('autosave under a storage that refuses', () => {
  it('disabled storage: nothing to continue, the write says it failed, nothing throws', () => {
    const store = refusing('denied');
    expect(readSave(store, [vraem])).toEqual({ kind: 'none' });
    const session = Session.start(vraem, '1');
    expect(writeSave(store, session)).toBe('failed');
    expect(() => clearSave(store, session)).not.toThrow();
  });

  it('full storage: the write says it failed', () => {
    expect(writeSave(fullStore({}), Session.start(vraem, '1'))).toBe('failed');
    expect(writeSave(memoryStore(), Session.start(vraem, '1'))).toBe('saved');
  });

  it('full storage with an unreadable save: set aside (removed, as it cannot be copied) with its message', () => {
    const store = fullStore({ [LEGACY_SAVE_KEY]: '{"format": "betw' });
    expect(readSave(store, [vraem])).toEqual({ kind: 'discarded', reason: 'the saved data is not readable' });
    expect(store.data.has(LEGACY_SAVE_KEY)).toBe(false);
    expect(store.data.has(DISCARDED_KEY)).toBe(false);
  });

  it('leaves a bundled scenario out of the save, and Continue still finds it', () => {
    const store = memoryStore();
    writeSave(store, Session.start(vraem, '1'), [vraem]);
    expect(JSON.parse(store.data.get(savedKey(store))!).scenario).toBeUndefined();
    const restored = readSave(store, [vraem]);
    expect(restored.kind === 'ok' && restored.session.scenario).toBe(vraem);
  });

  it('accepts a save that starts with a byte-order mark', () => {
    const store = memoryStore();
    writeSave(store, Session.start(vraem, '1'));
    store.data.set(savedKey(store), `\uFEFF${store.data.get(savedKey(store))!}`);
    expect(readSave(store, [vraem]).kind).toBe('ok');
  });
});

describe('a game on a scenario loaded from a file', () => {
  const custom = (() => {
    const raw = JSON.parse(JSON.stringify(vraem));
    raw.id = 'my-vraem';
    raw.communities[0].trust = 60;
    const parsed = parseScenario(raw);
    if (!parsed.ok) throw new Error(parsed.errors[0]);
    return parsed.value;
  })();

  it('keeps its scenario with the save, so it continues after a reload', () => {
    const store = memoryStore();
    const session = Session.start(custom, '5');
    expect(session.play({ levers: { eradicationPace: 10 } }).ok).toBe(true);
    writeSave(store, session, [vraem]);
    expect(JSON.parse(store.data.get(savedKey(store))!).scenario.id).toBe('my-vraem');
    const restored = readSave(store, [vraem]);
    if (restored.kind !== 'ok') throw new Error(restored.kind === 'discarded' ? restored.reason : 'none');
    expect(restored.session.scenario.id).toBe('my-vraem');
    expect(restored.session.hash()).toBe(session.hash());
  });

  it('uses the bundled scenario object when the save carries the same one', () => {
    const store = memoryStore();
    writeSave(store, Session.start(vraem, '5'));
    const restored = readSave(store, [vraem]);
    expect(restored.kind === 'ok' && restored.session.scenario).toBe(vraem);
  });

  it('sets aside a save whose carried scenario is not valid', () => {
    const store = memoryStore();
    writeSave(store, Session.start(custom, '5'));
    const save = JSON.parse(store.data.get(savedKey(store))!);
    save.scenario.communities[0].trust = 500;
    store.data.set(savedKey(store), JSON.stringify(save));
    expect(readSave(store, [vraem])).toEqual({ kind: 'discarded', reason: 'its scenario "my-vraem" 1.0.0 is not available' });
  });
});
