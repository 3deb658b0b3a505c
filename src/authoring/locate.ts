/** Finds where a JSON path such as `communities[3].cocaHectares` sits in a file's text. */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { lineColumn } from '../scenario/json.ts';

/** Splits `a.b[2]["c.d[0]"]` into its keys; a quoted key (a translation's) stays whole. */
export function pathSegments(path: string): (string | number)[] {
  if (path === '(top level)') return [];
  return [...path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|[^.[\]]+/g)].map(([part, quoted]) =>
    quoted !== undefined ? (JSON.parse(quoted) as string) : /^\d+$/.test(part) ? Number(part) : part,
  );
}

/** Line and column of the value at the path, or of its nearest existing parent. */
export function locate(text: string, path: string): { line: number; column: number } | null {
  const root = parseTree(text);
  if (!root) return null;
  const segments = pathSegments(path);
  for (let length = segments.length; length >= 0; length--) {
    const node: Node | undefined = findNodeAtLocation(root, segments.slice(0, length));
    if (node) {
      // For a property, point at its key rather than its value.
      const at = length === segments.length && node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return lineColumn(text, at);
    }
  }
  return null;
}
