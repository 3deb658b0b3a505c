/**
 * Turns zod issues into one line each, naming the path in the file and the problem in words
 * an author understands, e.g. `communities[3].cocaHectares: expected a number >= 0, got -5`.
 */
import type { z } from 'zod';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    // A key that holds path characters (a translation's key is itself a path) is quoted.
    else if (/[.[\]"]/.test(String(key))) out += `[${JSON.stringify(String(key))}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function describeIssue(issue: z.core.$ZodIssue): string {
  const got = 'input' in issue ? `, got ${describeValue(issue.input)}` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing (expected ${article(issue.expected)})`;
      return `expected ${article(issue.expected)}${got}`;
    case 'too_small': {
      const op = issue.inclusive === false ? '>' : '>=';
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return `expected a non-empty text`;
      return `expected a number ${op} ${String(issue.minimum)}${got}`;
    }
    case 'too_big': {
      const op = issue.inclusive === false ? '<' : '<=';
      if (issue.origin === 'array') return `expected at most ${String(issue.maximum)} item(s)`;
      if (issue.origin === 'string') return `expected at most ${String(issue.maximum)} characters`;
      return `expected a number ${op} ${String(issue.maximum)}${got}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    case 'invalid_union':
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const input = 'input' in issue ? (issue.input as { kind?: unknown } | undefined) : undefined;
        const kind = input && typeof input === 'object' && 'kind' in input ? `, got ${describeValue(input.kind)}` : '';
        return `unknown or missing "kind"${kind}`;
      }
      return `does not match any allowed form${got}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}${got}`;
    case 'invalid_format':
      return `${issue.message}${got}`;
    default:
      return `${issue.message}${got}`;
  }
}

/** One line per issue: `path: problem`. */
export function formatIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => `${formatPath([...prefix, ...issue.path])}: ${describeIssue(issue)}`);
}
