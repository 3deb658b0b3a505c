import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { History } from '../../../src/game/workshop/history.ts';
import { literalMemory, stableJson } from '../../../src/game/workshop/stableJson.ts';

const text = readFileSync('scenarios/classroom-short.json', 'utf8');
type Draft = { communities: { trust: number; name: string }[]; events: unknown[] };

describe('the workshop history', () => {
  it('undoes every edit back to byte-identical JSON, and redoes them', () => {
    const memory = literalMemory(text);
    const history = new History<Draft>(JSON.parse(text));
    history.edit((d) => void (d.communities[0]!.trust = 12));
    history.edit((d) => void d.events.push({ id: 'new' }));
    history.edit((d) => void d.communities.splice(1, 1));
    const edited = stableJson(history.current, memory);
    expect(edited).not.toBe(text);
    while (history.undo());
    expect(stableJson(history.current, memory)).toBe(text);
    while (history.redo());
    expect(stableJson(history.current, memory)).toBe(edited);
  });

  it('runs keystrokes in one field into one step, and starts a new one after settle', () => {
    const history = new History<Draft>(JSON.parse(text));
    const original = history.current.communities[0]!.name;
    for (const name of ['P', 'Pu', 'Pue']) history.edit((d) => void (d.communities[0]!.name = name), 'communities[0].name');
    history.settle();
    history.edit((d) => void (d.communities[0]!.name = 'Puerto'), 'communities[0].name');
    history.undo();
    expect(history.current.communities[0]!.name).toBe('Pue');
    history.undo();
    expect(history.current.communities[0]!.name).toBe(original);
    expect(history.canUndo).toBe(false);
  });

  it('forgets what was undone once a new edit is made, and ignores an edit that changes nothing', () => {
    const history = new History<Draft>(JSON.parse(text));
    history.edit((d) => void (d.communities[0]!.trust = 1));
    history.undo();
    expect(history.canRedo).toBe(true);
    expect(history.edit((d) => void (d.communities[0]!.trust = d.communities[0]!.trust))).toBe(false);
    history.edit((d) => void (d.communities[0]!.trust = 2));
    expect(history.canRedo).toBe(false);
  });
});
