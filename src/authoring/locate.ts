/** Finds where a JSON path such as `communities[3].cocaHectares` sits in a file's text. */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** Splits `a.b[2]["c.d[0]"]` into its keys; a quoted key (a translation's) stays whole. */
export function pathSegments(path: string): (string | number)[] {
  if (path === '(top level)') return [];
  return [...path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|[^.[\]]+/g)].map(([part, quoted]) =>
    quoted !== undefined ? (JSON.parse(quoted) as string) : /^\d+$/.test(part) ? Number(part) : part,
  );
}

/**
 * The last file located in, parsed once with where each line starts: a file with hundreds of
 * findings is parsed once, not once per finding (that took most of a minute on the largest
 * accepted scenario).
 */
let last: { text: string; root: Node | undefined; lineStarts: number[] } | null = null;

function indexed(text: string): { root: Node | undefined; lineStarts: number[] } {
  if (last?.text !== text) {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    last = { text, root: parseTree(text), lineStarts };
  }
  return last;
}

function position(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** Line and column of the value at the path, or of its nearest existing parent. */
export function locate(text: string, path: string): { line: number; column: number } | null {
  const { root, lineStarts } = indexed(text);
  if (!root) return null;
  const segments = pathSegments(path);
  for (let length = segments.length; length >= 0; length--) {
    const node: Node | undefined = findNodeAtLocation(root, segments.slice(0, length));
    if (node) {
      // For a property, point at its key rather than its value.
      const at = length === segments.length && node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return position(lineStarts, at);
    }
  }
  return null;
}
