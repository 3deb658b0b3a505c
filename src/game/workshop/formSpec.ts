/**
 * What form a part of the scenario file takes, read from the zod schema itself: each field's
 * kind, limits and help text (its `.describe()`), so the workshop's forms follow the schema and
 * never drift from what `npm run validate` accepts.
 */
import type { z } from 'zod';

export type FieldSpec =
  | { kind: 'number'; help: string; min?: number; max?: number; integer: boolean }
  | { kind: 'text'; help: string; minLength: number; maxLength?: number }
  | { kind: 'boolean'; help: string }
  | { kind: 'enum'; help: string; options: readonly string[] }
  | { kind: 'literal'; help: string; value: string | number | boolean }
  | { kind: 'object'; help: string; fields: readonly ObjectField[] }
  | { kind: 'array'; help: string; item: FieldSpec; min: number; max?: number }
  | { kind: 'tuple'; help: string; items: readonly FieldSpec[] }
  | { kind: 'record'; help: string; value: FieldSpec }
  | { kind: 'union'; help: string; variants: readonly FieldSpec[] }
  | { kind: 'other'; help: string };

export interface ObjectField {
  readonly key: string;
  readonly spec: FieldSpec;
  /** Left out of a file, the field is absent or takes a default. */
  readonly optional: boolean;
}

type Any = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string }; bag?: Record<string, unknown> } };

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** Whether a file may leave the field out. */
function isOptional(schema: Any): boolean {
  const type = schema._zod.def.type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

/** The help text: the innermost description that says something, outer ones first. */
function unwrap(schema: Any): { inner: Any; help: string } {
  let current = schema;
  let help = current.description ?? '';
  while (WRAPPERS.has(current._zod.def.type) || current._zod.def.type === 'pipe') {
    current = (current._zod.def.type === 'pipe' ? current._zod.def.in : current._zod.def.innerType) as Any;
    help ||= current.description ?? '';
  }
  return { inner: current, help };
}

/** The limits a schema's checks set: a number's bounds (0 for "positive") and whether it is whole, a text's or a list's length. */
function limits(schema: Any): { minimum?: number; maximum?: number; integer?: boolean } {
  const found: { minimum?: number; maximum?: number; integer?: boolean } = {};
  for (const check of (schema._zod.def.checks ?? []) as unknown as { _zod: { def: Record<string, unknown> } }[]) {
    const def = check._zod.def;
    if (def.check === 'greater_than' || def.check === 'min_length') found.minimum = Number(def.value ?? def.minimum);
    if (def.check === 'less_than' || def.check === 'max_length') found.maximum = Number(def.value ?? def.maximum);
    if (def.check === 'number_format' && String(def.format).includes('int')) found.integer = true;
  }
  return found;
}

const cache = new WeakMap<object, FieldSpec>();

export function formSpec(schema: z.ZodType): FieldSpec {
  const known = cache.get(schema);
  if (known) return known;
  const { inner, help } = unwrap(schema as Any);
  const def = inner._zod.def;
  const bag = limits(inner);
  const finite = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);
  let spec: FieldSpec;
  switch (def.type) {
    case 'number': {
      spec = { kind: 'number', help, min: finite(bag.minimum), max: finite(bag.maximum), integer: bag.integer === true };
      break;
    }
    case 'string':
      spec = { kind: 'text', help, minLength: finite(bag.minimum) ?? 0, maxLength: finite(bag.maximum) };
      break;
    case 'boolean':
      spec = { kind: 'boolean', help };
      break;
    case 'enum':
      spec = { kind: 'enum', help, options: Object.values(def.entries as Record<string, string>) };
      break;
    case 'literal':
      spec = { kind: 'literal', help, value: (def.values as (string | number | boolean)[])[0]! };
      break;
    case 'object': {
      const shape = def.shape as Record<string, Any>;
      spec = { kind: 'object', help, fields: Object.entries(shape).map(([key, field]) => ({ key, spec: formSpec(field), optional: isOptional(field) })) };
      break;
    }
    case 'array':
      spec = { kind: 'array', help, item: formSpec(def.element as Any), min: finite(bag.minimum) ?? 0, max: finite(bag.maximum) };
      break;
    case 'tuple':
      spec = { kind: 'tuple', help, items: (def.items as Any[]).map((item) => formSpec(item)) };
      break;
    case 'record':
      spec = { kind: 'record', help, value: formSpec(def.valueType as Any) };
      break;
    case 'union':
      spec = { kind: 'union', help, variants: (def.options as Any[]).map((option) => formSpec(option)) };
      break;
    default:
      spec = { kind: 'other', help };
  }
  cache.set(schema, spec);
  return spec;
}

/** The variant of a union a value belongs to: the one whose literal fields it matches, or whose keys it has. */
export function variantOf(spec: Extract<FieldSpec, { kind: 'union' }>, value: unknown): FieldSpec | undefined {
  if (value === null || typeof value !== 'object') return spec.variants.find((v) => v.kind !== 'object');
  const record = value as Record<string, unknown>;
  return spec.variants.find(
    (variant) =>
      variant.kind === 'object' &&
      variant.fields.every((f) => (f.spec.kind === 'literal' ? record[f.key] === f.spec.value : true)) &&
      Object.keys(record).every((key) => variant.fields.some((f) => f.key === key)),
  );
}

/** The spec of the part of the file at a path (`['communities', 0, 'trust']`), if the schema has one. */
export function specAt(root: FieldSpec, path: readonly (string | number)[], value: unknown): FieldSpec | undefined {
  let spec: FieldSpec | undefined = root;
  let node = value;
  for (const step of path) {
    if (!spec) return undefined;
    if (spec.kind === 'union') spec = variantOf(spec, node);
    if (!spec) return undefined;
    if (spec.kind === 'object') spec = spec.fields.find((f) => f.key === step)?.spec;
    else if (spec.kind === 'array') spec = spec.item;
    else if (spec.kind === 'tuple') spec = spec.items[Number(step)];
    else if (spec.kind === 'record') spec = spec.value;
    else return undefined;
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined;
  }
  return spec?.kind === 'union' ? (variantOf(spec, node) ?? spec) : spec;
}

/** A fresh value of a spec for the "add" buttons: the smallest thing of its shape (which the checks may still reject). */
export function blankValue(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'number':
      return spec.min !== undefined && spec.min > 0 ? spec.min : 0;
    case 'text':
      return '';
    case 'boolean':
      return false;
    case 'enum':
      return spec.options[0];
    case 'literal':
      return spec.value;
    case 'object':
      return Object.fromEntries(spec.fields.filter((f) => !f.optional).map((f) => [f.key, blankValue(f.spec)]));
    case 'array':
      return Array.from({ length: spec.min }, () => blankValue(spec.item));
    case 'tuple':
      return spec.items.map(blankValue);
    case 'record':
      return {};
    case 'union':
      return spec.variants[0] ? blankValue(spec.variants[0]) : null;
    default:
      return null;
  }
}
