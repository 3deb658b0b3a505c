/**
 * The workshop's draft, kept in this browser as it is edited, with the game's save rules
 * (see ../save.ts): the same storage, a failed save said so, and another tab respected — once
 * another tab saves a draft, this one stops saving over it.
 */
import { z } from 'zod';
import { parseJsonText } from '../../scenario/json.ts';
import { browserStore, THIS_TAB, type SaveStore } from '../save.ts';

export const DRAFT_KEY = 'between-two-fires.workshop.draft';

const StoredDraft = z.strictObject({
  format: z.literal('between-two-fires-workshop-draft'),
  /** The text the draft was opened from (its number formats are kept on download); empty for none. */
  base: z.string().max(6 * 1024 * 1024),
  draft: z.record(z.string(), z.unknown()),
  title: z.string().max(400),
  tab: z.string().max(40),
  savedAt: z.number(),
});
export type StoredDraft = z.infer<typeof StoredDraft>;

export type DraftSaveResult = 'saved' | 'failed' | 'taken';

export interface DraftStore {
  /** The draft saved last, by any tab, or null (none, or unreadable). */
  read(): StoredDraft | null;
  write(base: string, draft: object, title: string): DraftSaveResult;
  /** This tab now owns the draft (it continued or opened one): it saves over the other tab's. */
  claim(): void;
  destroy(): void;
}

/** `events` is where other tabs' saves are heard: the window, in the browser. */
export function draftStore(onTaken: () => void, store: SaveStore = browserStore(), events: EventTarget = globalThis as unknown as EventTarget, tab = THIS_TAB, now = () => Date.now()): DraftStore {
  let taken = false;
  const onStorage = (e: Event) => {
    const event = e as StorageEvent;
    if (event.key !== DRAFT_KEY || event.newValue === null) return;
    taken = true;
    onTaken();
  };
  events.addEventListener('storage', onStorage);
  const read = (): StoredDraft | null => {
    let text: string | null;
    try {
      text = store.getItem(DRAFT_KEY);
    } catch {
      return null;
    }
    if (text === null) return null;
    const json = parseJsonText(text);
    if (!json.ok) return null;
    const parsed = StoredDraft.safeParse(json.value);
    return parsed.success ? parsed.data : null;
  };
  return {
    read,
    write(base, draft, title) {
      if (taken) return 'taken';
      const data: StoredDraft = { format: 'between-two-fires-workshop-draft', base, draft: draft as Record<string, unknown>, title, tab, savedAt: now() };
      try {
        store.setItem(DRAFT_KEY, JSON.stringify(data));
        return 'saved';
      } catch {
        return 'failed';
      }
    },
    claim() {
      taken = false;
    },
    destroy() {
      events.removeEventListener('storage', onStorage);
    },
  };
}
