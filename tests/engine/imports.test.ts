// The engine's modules import one another in one direction: no module reaches itself again
// through its imports (type-only imports included). Plans several mechanisms share live in their
// own modules, not in a mechanism's file, so the turn's context never imports a mechanism.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Each engine file's relative imports that land inside the engine. */
function importGraph(): Map<string, string[]> {
  const files = sourceFiles('src/engine').map(normalize);
  const inside = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+'(\.[^']+)'/g)].map((m) => normalize(join(dirname(file), m[1]!)));
    graph.set(file, imports.filter((i) => inside.has(i)));
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as the chain of files that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const status = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    status.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (status.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!status.has(next)) visit(next);
    }
    path.pop();
    status.set(file, 'done');
  };
  for (const file of graph.keys()) if (!status.has(file)) visit(file);
  return found;
}

describe('engine imports', () => {
  const graph = importGraph();

  it('form no cycle', () => {
    expect(graph.size).toBeGreaterThan(20);
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('the turn\'s context takes nothing from a mechanism\'s file', () => {
    const context = graph.get(normalize('src/engine/context.ts'))!;
    expect(context.filter((file) => file.includes('mechanisms'))).toEqual([]);
  });

  it('would see a cycle if there were one', () => {
    const looped = new Map(graph);
    looped.set(normalize('src/engine/units.ts'), [normalize('src/engine/context.ts')]);
    expect(cycles(looped).length).toBeGreaterThan(0);
  });
});
