/**
 * Parses untrusted JSON text (scenario, replay, policy, save) within limits: a size limit and a
 * nesting limit checked before any parser sees the text, so a hostile file gets one message,
 * never a stack overflow or a long stall. A syntax error says where parsing stopped.
 */
import { parseTree, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { formatPath } from './issues.ts';

/** Something accepted but worth telling the author, where it is in the text. */
export interface JsonWarning {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
}
export type Parsed<T> = { ok: true; value: T; warnings?: readonly JsonWarning[] } | { ok: false; errors: string[] };

/** A warning on one line: `line 3, column 5: communities[0].trust: duplicate key …`. */
export const warningText = (w: JsonWarning): string => `line ${w.line}, column ${w.column}: ${w.path}: ${w.message}`;

/** Largest file read (characters): a replay embeds its scenario and up to 200 turns. */
export const MAX_JSON_CHARS = 5 * 1024 * 1024;
/** Deepest nesting of arrays and objects; project files nest about 8 levels. */
export const MAX_JSON_DEPTH = 64;

const BOM = 0xfeff;

/** Editors on Windows may start a UTF-8 file with a byte-order mark; it is not part of the JSON. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/** The one message for a file over the limit; `atLeast` where reading stopped at the limit (a device or a pipe with no size). */
export function tooLarge(chars: number, limit = MAX_JSON_CHARS, options: { atLeast?: boolean } = {}): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `too large (${options.atLeast ? 'more than ' : ''}${mb(options.atLeast ? limit : chars)} MB; the limit is ${mb(limit)} MB)`;
}

/**
 * The number of object keys in a parsed value, or -1 when it nests arrays and objects deeper
 * than the limit (the top level is 1). Walking the parsed value is cheaper than scanning its
 * text, and stops at the limit, so the recursion is never deeper than the limit itself.
 */
function keysWithin(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit === 0) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const inner = keysWithin(value[i], limit - 1);
      if (inner < 0) return -1;
      keys += inner;
    }
    return keys;
  }
  for (const key in value) {
    const inner = keysWithin((value as Record<string, unknown>)[key], limit - 1);
    if (inner < 0) return -1;
    keys += inner + 1;
  }
  return keys;
}

/**
 * Property names in valid JSON text: strings followed by a colon. One pass, no allocation; the
 * engine's own string search jumps from quote to quote (a replay's 240 KB took 2.5× as long
 * read character by character). A quote ends a string unless an odd run of backslashes escapes it.
 */
export function keyTokens(text: string): number {
  let keys = 0;
  let open = text.indexOf('"');
  while (open >= 0) {
    let close = text.indexOf('"', open + 1);
    while (close > 0 && escaped(text, close)) close = text.indexOf('"', close + 1);
    if (close < 0) break;
    let j = close + 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (c === 58) keys++;
    open = text.indexOf('"', j);
  }
  return keys;
}

/** Whether the quote at `at` is escaped: an odd number of backslashes just before it. */
function escaped(text: string, at: number): boolean {
  let b = at - 1;
  while (text.charCodeAt(b) === 92) b--;
  return (at - 1 - b) % 2 === 1;
}

/** Each key given twice in one object (JSON keeps the last silently), where the second one is. */
function duplicateKeys(text: string): JsonWarning[] {
  const open: Set<string>[] = [];
  const found: JsonWarning[] = [];
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, _offset, _length, line, character, path) => {
      const keys = open[open.length - 1]!;
      if (keys.has(key)) found.push({ line: line + 1, column: character + 1, path: formatPath([...path(), key]), message: `duplicate key "${key}"; the last one counts` });
      keys.add(key);
    },
  });
  return found;
}

/** A file in UTF-16 or UTF-32 read as UTF-8: its byte-order mark, or the zero bytes beside its first ASCII characters, give it away. */
function otherEncoding(text: string): string | null {
  const head = text.slice(0, 4);
  if (head.startsWith('\uFFFD\uFFFD\0\0') || /^[^\0]\0\0\0/.test(head)) return 'UTF-32 (little-endian)';
  if (head.startsWith('\0\0\uFFFD\uFFFD') || /^\0\0\0[^\0]/.test(head)) return 'UTF-32 (big-endian)';
  if (head.startsWith('\uFFFD\uFFFD')) return 'UTF-16';
  if (/^[^\0]\0[^\0]\0/.test(head)) return 'UTF-16 (little-endian)';
  if (/^\0[^\0]\0[^\0]/.test(head)) return 'UTF-16 (big-endian)';
  return null;
}

/**
 * Paths of every "__proto__" key in a parsed value. JSON.parse keeps such a key as a plain
 * property, but a schema's record drops it silently (an object would take it for its
 * prototype), so a file that names one is told so instead. Called on values already within the
 * nesting limit.
 */
export function prototypeKeys(value: unknown, path: (string | number)[] = []): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => prototypeKeys(item, [...path, i]));
  const found: string[] = [];
  for (const key of Object.keys(value)) {
    if (key === '__proto__') found.push(`${formatPath([...path, key])}: "__proto__" is not accepted as a key`);
    else found.push(...prototypeKeys((value as Record<string, unknown>)[key], [...path, key]));
  }
  return found;
}

/** Offset where nesting first goes deeper than the limit, or -1; strings are skipped. */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** jsonc-parser's error names (printParseErrorCode) in words an author understands. */
const REASONS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished text (a missing closing quote?)',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character',
};

/**
 * Strict JSON (the browser's and Node's own parser decides validity); where it fails,
 * jsonc-parser, which reports offsets, says where parsing stopped and why.
 */
export function parseJsonText(input: string, limits: { maxChars?: number } = {}): Parsed<unknown> {
  const maxChars = limits.maxChars ?? MAX_JSON_CHARS;
  if (input.length > maxChars) return { ok: false, errors: [tooLarge(input.length, maxChars)] };
  const text = stripBom(input);
  const tooDeep = (): Parsed<unknown> | null => {
    const deep = tooDeepAt(text);
    if (deep < 0) return null;
    const { line, column } = lineColumn(text, deep);
    return { ok: false, errors: [`not accepted at line ${line}, column ${column}: nested more than ${MAX_JSON_DEPTH} levels deep`] };
  };
  // Deep nesting cannot crash the engine's own parser (V8 and SpiderMonkey parse without
  // recursion; a parser that recurses throws, and is caught here): the limit protects the code
  // that walks the value afterwards. The text is scanned only to say where the problem is.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const deep = tooDeep();
    if (deep) return deep;
    if (text.trim() === '') return { ok: false, errors: ['not valid JSON: the file is empty'] };
    const encoding = otherEncoding(text);
    if (encoding) return { ok: false, errors: [`not valid JSON: the file is encoded in ${encoding}; save it as UTF-8`] };
    const problems: ParseError[] = [];
    parseTree(text, problems, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = problems[0];
    if (!first) return { ok: false, errors: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
    const ended = first.offset >= text.length;
    const { line, column } = lineColumn(text, first.offset);
    const reason = ended ? 'the text ends before the JSON is complete' : (REASONS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error));
    return { ok: false, errors: [`not valid JSON at line ${line}, column ${column}: ${reason}`] };
  }
  const keys = keysWithin(value, MAX_JSON_DEPTH);
  if (keys < 0) return tooDeep()!;
  // Fewer keys in the value than in the text: some object names one twice. Only then is the text walked to say where.
  return keys === keyTokens(text) ? { ok: true, value } : { ok: true, value, warnings: duplicateKeys(text) };
}
