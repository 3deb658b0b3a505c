import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, draftStore } from '../../../src/game/workshop/draftStore.ts';
import type { SaveStore } from '../../../src/game/save.ts';

function memoryStore(failing = false): SaveStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (failing) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
    keys: () => [...map.keys()],
  };
}

describe('draftStore', () => {
  it('saves a draft and reads it back', () => {
    const store = memoryStore();
    const drafts = draftStore(() => undefined, store, new EventTarget(), 'tab-a', () => 42);
    expect(drafts.write('{}\n', { title: 'Mi valle' }, 'Mi valle')).toBe('saved');
    expect(drafts.read()).toMatchObject({ draft: { title: 'Mi valle' }, title: 'Mi valle', tab: 'tab-a', savedAt: 42 });
    drafts.destroy();
  });

  it('says so when the browser refuses the save', () => {
    const drafts = draftStore(() => undefined, memoryStore(true), new EventTarget());
    expect(drafts.write('', {}, 'x')).toBe('failed');
    drafts.destroy();
  });

  it('reads nothing from a damaged entry', () => {
    const store = memoryStore();
    store.map.set(DRAFT_KEY, '{"format":"something else"}');
    const drafts = draftStore(() => undefined, store, new EventTarget());
    expect(drafts.read()).toBeNull();
    drafts.destroy();
  });

  it('stops saving once another tab saves a draft, until this tab claims it again', () => {
    const store = memoryStore();
    let told = 0;
    const window = new EventTarget();
    const drafts = draftStore(() => told++, store, window);
    window.dispatchEvent(Object.assign(new Event('storage'), { key: DRAFT_KEY, newValue: '{}' }));
    expect(told).toBe(1);
    expect(drafts.write('', { a: 1 }, 'a')).toBe('taken');
    expect(store.map.has(DRAFT_KEY)).toBe(false);
    drafts.claim();
    expect(drafts.write('', { a: 1 }, 'a')).toBe('saved');
    drafts.destroy();
  });
});
