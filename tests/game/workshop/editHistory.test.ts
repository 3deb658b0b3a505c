import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditHistory } from '../../../src/game/workshop/editHistory.ts';
import { literalMemory, stableJson } from '../../../src/game/workshop/stableJson.ts';

const text = readFileSync('src/game/workshop/template.json', 'utf8');

describe('EditHistory', () => {
  it('undoes every kind of edit back to byte-identical JSON, and redoes them', () => {
    const memory = literalMemory(text);
    const history = new EditHistory(JSON.parse(text) as Record<string, unknown>);
    history.set(['title'], 'Valle nuevo');
    history.set(['communities', 0, 'population'], 4321);
    history.insert(['events'], { id: 'new-card' });
    history.remove(['communities'], 2);
    history.set(['translations', 'es', 'events[new-card].title'], 'Nueva');
    history.set(['communities', 0, 'note'], undefined);
    const edited = stableJson(history.value, memory);
    expect(edited).not.toBe(text);
    while (history.undo());
    expect(stableJson(history.value, memory)).toBe(text);
    while (history.redo());
    expect(stableJson(history.value, memory)).toBe(edited);
  });

  it('keeps no step for an edit that changes nothing, and a new edit clears redo', () => {
    const history = new EditHistory({ a: 1, b: [1, 2] });
    expect(history.set(['a'], 1)).toBe(false);
    expect(history.canUndo).toBe(false);
    history.set(['a'], 2);
    history.undo();
    expect(history.canRedo).toBe(true);
    history.remove(['b'], 0);
    expect(history.canRedo).toBe(false);
    expect(history.value).toEqual({ a: 1, b: [2] });
  });

  it('leaves earlier values untouched (each state is its own object)', () => {
    const history = new EditHistory({ list: [{ x: 1 }] });
    const first = history.value;
    history.set(['list', 0, 'x'], 5);
    expect(first.list[0]!.x).toBe(1);
    expect(history.value.list[0]!.x).toBe(5);
  });
});
