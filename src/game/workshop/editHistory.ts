/**
 * Undo and redo for the workshop's draft: every edit is made with immer and kept as its
 * patches and inverse patches, so undoing back to the start gives the draft as it was opened,
 * and its JSON byte for byte.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';

enablePatches();

type Path = readonly (string | number)[];

interface Step {
  readonly patches: Patch[];
  readonly inverse: Patch[];
}

/** At most this many edits are kept to undo; the oldest go first. */
export const MAX_UNDO = 500;

export class EditHistory<T extends object> {
  private done: Step[] = [];
  private undone: Step[] = [];

  constructor(private current: T) {}

  get value(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Makes one edit; false when it changed nothing (and so is not kept). */
  edit(recipe: (draft: Draft<T>) => void): boolean {
    const [next, patches, inverse] = produceWithPatches(this.current, recipe);
    if (patches.length === 0) return false;
    this.current = next;
    this.done.push({ patches, inverse });
    if (this.done.length > MAX_UNDO) this.done.shift();
    this.undone = [];
    return true;
  }

  /** Sets the value at a path; `undefined` removes an object's key. */
  set(path: Path, value: unknown): boolean {
    return this.edit((draft) => {
      const parent = walk(draft, path.slice(0, -1));
      const key = path[path.length - 1]!;
      if (value === undefined && !Array.isArray(parent)) delete parent[key];
      else parent[key] = value;
    });
  }

  /** Inserts an item into the list at a path (at its end unless an index is given). */
  insert(path: Path, item: unknown, index?: number): boolean {
    return this.edit((draft) => {
      const list = walk(draft, path) as unknown as unknown[];
      list.splice(index ?? list.length, 0, item);
    });
  }

  /** Removes one item from the list at a path. */
  remove(path: Path, index: number): boolean {
    return this.edit((draft) => {
      (walk(draft, path) as unknown as unknown[]).splice(index, 1);
    });
  }

  undo(): boolean {
    const step = this.done.pop();
    if (!step) return false;
    this.current = applyPatches(this.current, step.inverse);
    this.undone.push(step);
    return true;
  }

  redo(): boolean {
    const step = this.undone.pop();
    if (!step) return false;
    this.current = applyPatches(this.current, step.patches);
    this.done.push(step);
    return true;
  }
}

/** The object or list at a path, creating missing objects on the way (a translation block the file did not have). */
function walk(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const step of path) {
    if (node[step] === undefined || node[step] === null) node[step] = {};
    node = node[step] as Record<string | number, unknown>;
  }
  return node;
}
