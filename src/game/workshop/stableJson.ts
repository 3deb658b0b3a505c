/**
 * The workshop's download, formatted as the shipped scenario files are: their key order,
 * two-space indentation, a final newline, and each number or string written as the file
 * wrote it (`1.0` stays `1.0`) while its value is unchanged. An unmodified file comes back
 * byte for byte, and after an edit a diff shows only that edit.
 */
import { visit } from 'jsonc-parser';

/** How the loaded text wrote each literal, by its JSON path (`communities/0/trust`). */
export type LiteralMemory = ReadonlyMap<string, string>;

const pathKey = (path: readonly (string | number)[]): string => path.map(String).join('/');

/** Remembers the text of every literal in a JSON file; empty for a draft that never had a file. */
export function literalMemory(text: string): LiteralMemory {
  const memory = new Map<string, string>();
  visit(text, {
    onLiteralValue: (_value, offset, length, _line, _column, pathSupplier) => {
      memory.set(pathKey(pathSupplier()), text.slice(offset, offset + length));
    },
  });
  return memory;
}

function literal(value: string | number | boolean | null, path: (string | number)[], memory: LiteralMemory): string {
  const written = memory.get(pathKey(path));
  if (written !== undefined) {
    try {
      if (JSON.parse(written) === value) return written;
    } catch {
      // A literal the parser recovered from: written afresh below.
    }
  }
  return JSON.stringify(value);
}

function write(value: unknown, indent: string, path: (string | number)[], memory: LiteralMemory): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return literal(value as string | number | boolean | null, path, memory);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item, i) => `${inner}${write(item === undefined ? null : item, inner, [...path, i], memory)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${write(v, inner, [...path, key], memory)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** The JSON text of a draft, as described above. */
export function stableJson(value: unknown, memory: LiteralMemory = new Map()): string {
  return `${write(value, '', [], memory)}\n`;
}
