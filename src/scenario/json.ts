/**
 * Parses untrusted JSON text (scenario, replay, policy, save) within limits: a size limit and a
 * nesting limit checked before any parser sees the text, so a hostile file gets one message,
 * never a stack overflow or a long stall. A syntax error says where parsing stopped.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Largest file read (characters): a replay embeds its scenario and up to 200 turns. */
export const MAX_JSON_CHARS = 5 * 1024 * 1024;
/** Deepest nesting of arrays and objects; project files nest about 8 levels. */
export const MAX_JSON_DEPTH = 64;

const BOM = 0xfeff;

/** Editors on Windows may start a UTF-8 file with a byte-order mark; it is not part of the JSON. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

export function tooLarge(chars: number, limit = MAX_JSON_CHARS): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `too large (${mb(chars)} MB; the limit is ${mb(limit)} MB)`;
}

/**
 * Whether a parsed value nests arrays and objects deeper than the limit (the top level is 1).
 * Walking the parsed value is cheaper than scanning its text, and stops at the limit, so the
 * recursion is never deeper than the limit itself.
 */
function deeperThan(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (limit === 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (deeperThan(value[i], limit - 1)) return true;
    return false;
  }
  for (const key in value) if (deeperThan((value as Record<string, unknown>)[key], limit - 1)) return true;
  return false;
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
    const problems: ParseError[] = [];
    parseTree(text, problems, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = problems[0];
    if (!first) return { ok: false, errors: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
    const ended = first.offset >= text.length;
    const { line, column } = lineColumn(text, first.offset);
    const reason = ended ? 'the text ends before the JSON is complete' : (REASONS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error));
    return { ok: false, errors: [`not valid JSON at line ${line}, column ${column}: ${reason}`] };
  }
  return deeperThan(value, MAX_JSON_DEPTH) ? tooDeep()! : { ok: true, value };
}
