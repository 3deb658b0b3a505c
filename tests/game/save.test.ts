import { describe, expect, it } from 'vitest';
import { DISCARDED_KEY, SAVE_PREFIX, clearSave, readSave, writeSave, type SaveStore } from '../../src/game/save.ts';
import { Session } from '../../src/game/session.ts';
import { loadScenario, vraem } from '../engine/helpers.ts';

function memoryStore(): SaveStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k), keys: () => [...data.keys()] };
}

/** The key of the one game saved in a store. */
const savedKey = (store: { data: Map<string, string> }) => [...store.data.keys()].find((k) => k.startsWith(SAVE_PREFIX) && k !== DISCARDED_KEY)!;

function playedSession(turns: number): Session {
  const session = Session.start(vraem, 'save-test');
  for (let i = 0; i < turns; i++) {
    const choices = Object.fromEntries(session.state.pendingChoices.map((p) => [p.key, vraem.events.find((e) => e.id === p.eventId)!.choice!.options[0]!.id]));
    const result = session.play({ levers: { eradicationPace: 20 + i }, choices });
    if (!result.ok) throw new Error(result.error.message);
  }
  return session;
}

describe('autosave', () => {
  it('restores a game exactly: same turn, same hash, same decisions', () => {
    const store = memoryStore();
    const session = playedSession(5);
    writeSave(store, session);
    const restored = readSave(store, [vraem]);
    if (restored.kind !== 'ok') throw new Error(restored.kind);
    expect(restored.session.state.turn).toBe(5);
    expect(restored.session.hash()).toBe(session.hash());
    expect(restored.session.decisionLog).toEqual(session.decisionLog);
  });

  it('keeps the player\'s name, so the replay of a resumed game still carries it', () => {
    const store = memoryStore();
    const session = playedSession(1);
    session.player = 'Rosa';
    writeSave(store, session);
    const restored = readSave(store, [vraem]);
    if (restored.kind !== 'ok') throw new Error(restored.kind);
    expect(restored.session.player).toBe('Rosa');
  });

  it('reports no save when there is none', () => {
    expect(readSave(memoryStore(), [vraem])).toEqual({ kind: 'none' });
  });

  const discarded = (mutate: (save: Record<string, unknown>) => string) => {
    const store = memoryStore();
    writeSave(store, playedSession(2));
    const key = savedKey(store);
    const text = mutate(JSON.parse(store.data.get(key)!));
    store.data.set(key, text);
    const result = readSave(store, [vraem]);
    expect(store.data.has(key)).toBe(false);
    expect(store.data.get(DISCARDED_KEY)).toBe(text);
    return result.kind === 'discarded' ? result.reason : result.kind;
  };

  it('sets aside unreadable, outdated, unknown-scenario and tampered saves, keeping them under another key', () => {
    expect(discarded(() => '{"format": "between')).toBe('the saved data is not readable');
    expect(discarded((s) => JSON.stringify({ ...s, engineVersion: '0.0.1' }))).toMatch(/^it was made with engine version 0\.0\.1, and this is /);
    expect(discarded((s) => JSON.stringify({ ...s, scenarioId: 'atlantis' }))).toBe('its scenario "atlantis" 1.0.0 is not available');
    expect(
      discarded((s) => {
        const decisions = s.decisions as { levers: Record<string, number> }[];
        decisions[1]!.levers.militaryOperations = 90;
        return JSON.stringify(s);
      }),
    ).toBe('replaying it did not give the same game');
  });

  it('finds the scenario by id and version among several', () => {
    const store = memoryStore();
    const session = playedSession(1);
    writeSave(store, session);
    const other = loadScenario('scenarios/classroom-short.json');
    expect(readSave(store, [other, vraem]).kind).toBe('ok');
    clearSave(store, session);
    expect(store.data.size).toBe(0);
  });
});
