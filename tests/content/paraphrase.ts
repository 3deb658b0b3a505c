/**
 * Close paraphrase: a sentence that keeps a source sentence's content words in the source's
 * order, with a few words swapped. Eight-word runs miss it (one changed word in eight breaks
 * every run); the longest common subsequence of content words does not.
 */

/** Function words (English and Spanish) and the verbs that attribute a claim: their order carries no one's wording. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under about as than then so that this these those ' +
    'it its it’s they them their there here he she his her him we us our you your i me my is are was were be been being ' +
    'has have had do does did done can could may might must shall should will would not no yes also only even just very ' +
    'more most much many some any each every all both few other such own same which who whom whose what when where why how ' +
    'one if while after before since until up down out off again still yet too ' +
    'de la el los las y e o en del al que por con para un una unos unas se su sus lo le les es son fue era como más ' +
    'zech insight says said writes wrote suggests suggested reports reported notes noted argues argued adds added'
  ).split(' '),
);

/** A crude stem: enough that "communities" meets "community", "leaves" meets "leaf" and "killed" meets "kills". */
function stem(word: string): string {
  const w = word.replace(/[’']s$/, '');
  if (w.length > 5 && w.endsWith('ves')) return `${w.slice(0, -3)}f`;
  for (const suffix of ['ities', 'ies', 'ing', 'ed', 'es', 's', 'ly']) {
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * The words that carry a sentence's wording, stemmed, in order. A name of several capitalised
 * words ("Florindo Eleuterio Flores Hala", "Upper Huallaga Valley") counts as one word: names are
 * facts, and a fact may be told in its source's order. Figures are facts too and are left out.
 */
export function contentWords(sentence: string): string[] {
  const words = sentence.normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const out: string[] = [];
  let inName = false;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower) || /^\d+$/.test(word)) {
      inName = inName && /^(de|del|la|y)$/.test(lower);
      continue;
    }
    const capital = /^\p{Lu}/u.test(word);
    if (capital && inName) out[out.length - 1] += ` ${lower}`;
    else out.push(stem(lower));
    inName = capital;
  }
  return out;
}

/** Sentences, cut at a semicolon, and at a full stop, question or exclamation mark or colon before a capital. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=;)\s+|(?<=[.!?:])\s+(?=[\p{Lu}“"(¿¡])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const wordA of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) row[j + 1] = wordA === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!);
    previous = row;
  }
  return previous[b.length]!;
}

/** A sentence is close to a source sentence when more than this share of its content words follow the source's order. */
export const CLOSE_SHARE = 0.5;
/** Shorter sentences (a name, a date, a figure) cannot carry someone's wording. */
export const MIN_CONTENT_WORDS = 6;

export interface SourceIndex {
  readonly sentences: readonly string[];
  /** How many source sentences each entry spans. */
  readonly spans: readonly number[];
  readonly words: readonly (readonly string[])[];
  /** Content word → the source sentences holding it. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
}

/** The article's running text without its endnote markers and link addresses, which would glue sentences together. */
function readable(source: string): string {
  return source
    .replace(/\^?\{?\[\d+\]\s*\(#\s*_?edn(?:ref)?\d+\)\}?/g, ' ')
    .replace(/\^\[\d+\]\s*\(\[#_edn\d+\]\(#\)\)/g, ' ')
    .replace(/\(<?https?:[^)\s]*>?\)/g, ' ')
    .replace(/\n\s*\n/g, '.\n');
}

/**
 * How many consecutive source sentences one project sentence may draw on: a long paraphrase often
 * merges two or three, a short one has too few words to be tested against more than one.
 */
const WINDOW = 3;
const WORDS_PER_WINDOW_SENTENCE = 8;

export function indexSources(texts: readonly string[]): SourceIndex {
  const all = texts
    .map((text) => sentences(readable(text)))
    .flatMap((list) => list.flatMap((_, i) => Array.from({ length: Math.min(WINDOW, list.length - i) }, (_, n) => list.slice(i, i + n + 1))));
  const words = all.map((window) => contentWords(window.join(' ')));
  const byWord = new Map<string, number[]>();
  words.forEach((ws, i) => new Set(ws).forEach((w) => byWord.set(w, [...(byWord.get(w) ?? []), i])));
  return { sentences: all.map((window) => window.join(' ')), spans: all.map((window) => window.length), words, byWord };
}

/** The source sentence this sentence closely paraphrases, or null. */
export function closeSource(sentence: string, index: SourceIndex): string | null {
  const own = contentWords(sentence);
  if (own.length < MIN_CONTENT_WORDS) return null;
  const needed = Math.floor(CLOSE_SHARE * own.length) + 1;
  const widest = Math.min(WINDOW, 1 + Math.floor(own.length / WORDS_PER_WINDOW_SENTENCE));
  const shared = new Map<number, number>();
  for (const w of new Set(own)) for (const i of index.byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  for (const [i, count] of shared) {
    if (count < needed || index.spans[i]! > widest) continue;
    if (longestCommonSubsequence(own, index.words[i]!) >= needed) return index.sentences[i]!;
  }
  return null;
}
