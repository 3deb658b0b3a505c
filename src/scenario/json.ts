/** Parses JSON text, turning a syntax error into a message that says where parsing stopped. */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

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
export function parseJsonText(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
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
}
