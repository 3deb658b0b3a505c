/** Reads files the player picked or dropped; one over the size limit is refused unread. */
import { MAX_JSON_CHARS, tooLarge } from '../scenario/json.ts';

export type Read = { ok: true; text: string } | { ok: false; error: string };

export async function readPicked(file: Blob): Promise<Read> {
  if (file.size > MAX_JSON_CHARS) return { ok: false, error: tooLarge(file.size) };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: 'cannot be read' };
  }
}

/** Files read together in one read (see readMany). */
const PER_READ = 8;

/**
 * Many files read a few at a time, each few in one read, so the first can be worked on while the
 * rest arrive: a read per file cost more than all the decoding (40 replays of 150 KB: about
 * 200 ms, against 50 for one read). One promise per file, in order; a few that cannot be read
 * together are read one by one, so the one at fault says so alone.
 */
export function readMany(files: readonly File[]): Promise<Read>[] {
  const decoder = new TextDecoder();
  const reads: Promise<Read>[] = [];
  for (let i = 0; i < files.length; i += PER_READ) {
    const few = files.slice(i, i + PER_READ);
    const readable = few.filter((file) => file.size <= MAX_JSON_CHARS);
    const bytes = new Blob(readable).arrayBuffer();
    let offset = 0;
    for (const file of few) {
      if (file.size > MAX_JSON_CHARS) {
        reads.push(readPicked(file));
        continue;
      }
      const start = offset;
      offset += file.size;
      reads.push(bytes.then((all): Read => ({ ok: true, text: decoder.decode(new Uint8Array(all, start, file.size)) }), () => readPicked(file)));
    }
  }
  return reads;
}
