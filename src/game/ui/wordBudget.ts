/**
 * Texts held to a number of words, for cards read in a classroom minute: whole sentences while
 * they fit, else the first sentence cut at a word with an ellipsis. The full text stays one tap away.
 */

/** Words as a reader counts them: runs of letters or digits between spaces (a dash or arrow alone is not a word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** `text` cut to at most `budget` words; `clipped` says whether anything was left out. */
export function clipWords(text: string, budget: number): { text: string; clipped: boolean } {
  if (countWords(text) <= budget) return { text, clipped: false };
  const sentences = text.match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? [text];
  let kept = '';
  for (const sentence of sentences) {
    if (countWords(kept + sentence) > budget) break;
    kept += sentence;
  }
  if (kept.trim() !== '') return { text: kept.trim(), clipped: true };
  const words = text.split(/\s+/);
  let cut: string[] = [];
  for (const word of words) {
    if (countWords([...cut, word].join(' ')) > Math.max(1, budget)) break;
    cut = [...cut, word];
  }
  return { text: `${cut.join(' ').replace(/[,;:]$/, '')}…`, clipped: true };
}
