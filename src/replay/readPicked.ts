/** Reads a file the player picked or dropped; one over the size limit is refused unread. */
import { MAX_JSON_CHARS, tooLarge } from '../scenario/json.ts';

export async function readPicked(file: Blob): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_JSON_CHARS) return { ok: false, error: tooLarge(file.size) };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: 'cannot be read' };
  }
}
