/**
 * The workshop's undo and redo: every edit is an immer recipe, kept as its patches and their
 * inverse, so undoing back to the start gives the very draft that was opened. Keystrokes in one
 * field run together into one step (`run` names them), ended by an edit elsewhere or by `settle`.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';

enablePatches();

interface Step {
  readonly patches: Patch[];
  readonly inverse: Patch[];
  readonly run: string | undefined;
}

export class History<T> {
  private past: Step[] = [];
  private future: Step[] = [];
  private open: string | undefined;

  constructor(private value: T) {}

  get current(): T {
    return this.value;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Applies an edit; returns false when it changed nothing. */
  edit(recipe: (draft: Draft<T>) => void, run?: string): boolean {
    const [next, patches, inverse] = produceWithPatches(this.value, recipe);
    if (patches.length === 0) return false;
    this.value = next as T;
    this.future = [];
    const last = this.past[this.past.length - 1];
    if (run !== undefined && last && this.open === run) {
      // One step for a run of keystrokes: undone at once back to where it began.
      this.past[this.past.length - 1] = { patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse], run };
    } else this.past.push({ patches, inverse, run });
    this.open = run;
    return true;
  }

  /** Ends the current run of keystrokes: the next one is a step of its own. */
  settle(): void {
    this.open = undefined;
  }

  undo(): boolean {
    const step = this.past.pop();
    if (!step) return false;
    this.value = applyPatches(this.value as object, step.inverse) as T;
    this.future.push(step);
    this.open = undefined;
    return true;
  }

  redo(): boolean {
    const step = this.future.pop();
    if (!step) return false;
    this.value = applyPatches(this.value as object, step.patches) as T;
    this.past.push(step);
    this.open = undefined;
    return true;
  }
}
