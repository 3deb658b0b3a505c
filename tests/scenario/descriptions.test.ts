// The authoring guide and scenarios/schema.json are generated from the schema's descriptions,
// so every field of a scenario file must carry one.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../../src/scenario/schema.ts';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; oneOf?: Node[]; allOf?: Node[] };

function undescribed(node: Node, path: string): string[] {
  const missing: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const variants = child.anyOf ?? child.oneOf ?? child.allOf ?? [];
    if (!child.description && !variants.some((v) => v.description)) missing.push(`${path}.${key}`);
    missing.push(...undescribed(child, `${path}.${key}`));
  }
  if (node.items) missing.push(...undescribed(node.items, `${path}[]`));
  for (const [i, variant] of (node.anyOf ?? node.oneOf ?? node.allOf ?? []).entries()) missing.push(...undescribed(variant, `${path}<${i}>`));
  return missing;
}

describe('scenario schema descriptions', () => {
  it('describe every field', () => {
    const schema = z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' }) as Node;
    expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(15);
    expect(undescribed(schema, '')).toEqual([]);
  });

  it('would notice a field without one', () => {
    const schema = z.toJSONSchema(z.object({ a: z.number() }).describe('x')) as Node;
    expect(undescribed(schema, '')).toEqual(['.a']);
  });
});
