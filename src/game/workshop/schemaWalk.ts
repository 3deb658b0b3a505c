/**
 * The workshop's forms, read from the scenario's zod schema: each field of a draft becomes a
 * node naming the control it needs (a number with the schema's bounds, a text, a choice, a
 * check box, a group, a list with add and remove) and the schema's own description as its help.
 * Pure: the same walk serves the page and the tests, and a field added to the schema appears in
 * the workshop with no change here.
 */
import type { z } from 'zod';
import { formatPath } from '../../scenario/issues.ts';

export type Key = string | number;
type Schema = z.core.$ZodType;

interface Common {
  readonly path: readonly Key[];
  /** The path as the validator writes it (`communities[0].trust`): where its messages point. */
  readonly where: string;
  readonly key: Key;
  readonly help: string | undefined;
  /** Whether the field may be left out (a Remove button). */
  readonly optional: boolean;
}

export type Field = Common &
  (
    | { kind: 'number'; value: unknown; min: number | undefined; max: number | undefined; integer: boolean }
    | { kind: 'text'; value: unknown; multiline: boolean; maxLength: number | undefined }
    | { kind: 'boolean'; value: unknown }
    | { kind: 'choice'; value: unknown; options: readonly (string | number | boolean)[] }
    | { kind: 'object'; fields: readonly Field[] }
    | { kind: 'list'; items: readonly Field[]; min: number | undefined; max: number | undefined; element: Schema }
    | { kind: 'map'; entries: readonly Field[]; element: Schema }
    | { kind: 'variants'; labels: readonly string[]; chosen: number; field: Field; options: readonly Schema[] }
    | { kind: 'absent'; schema: Schema }
  );

interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  discriminator?: string;
  entries?: Record<string, string | number>;
  values?: unknown[];
  valueType?: Schema;
  items?: Schema[];
  in?: Schema;
  getter?: () => Schema;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; value?: number; minimum?: number; maximum?: number; inclusive?: boolean } } }[];
}

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const descriptionOf = (schema: Schema): string | undefined => (schema as unknown as { description?: string }).description;

/** Peels optional, default, nullable, pipes and lazies: the schema that says what the value is, whether it may be left out, and the first description met. */
export function unwrap(schema: Schema): { inner: Schema; optional: boolean; help: string | undefined } {
  let inner = schema;
  let optional = false;
  let help = descriptionOf(schema);
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
    else if (def.type !== 'nullable' && def.type !== 'readonly' && def.type !== 'pipe' && def.type !== 'lazy' && def.type !== 'catch') break;
    inner = def.type === 'pipe' ? def.in! : def.type === 'lazy' ? def.getter!() : def.innerType!;
    help ??= descriptionOf(inner);
  }
  return { inner, optional, help };
}

/** The schema's bounds on a number (inclusive ones; an exclusive bound is left to the validator's message). */
function bounds(def: Def): { min: number | undefined; max: number | undefined; integer: boolean } {
  let min: number | undefined;
  let max: number | undefined;
  let integer = false;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'greater_than' && c.inclusive !== false) min = Math.max(min ?? -Infinity, c.value!);
    if (c.check === 'less_than' && c.inclusive !== false) max = Math.min(max ?? Infinity, c.value!);
    if (c.check === 'number_format') integer = true;
  }
  return { min, max, integer };
}

function maxLength(def: Def): number | undefined {
  const check = (def.checks ?? []).find((c) => c._zod.def.check === 'max_length');
  return check?._zod.def.maximum;
}

function listBounds(def: Def): { min: number | undefined; max: number | undefined } {
  let min: number | undefined;
  let max: number | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') min = c.minimum;
    if (c.check === 'max_length') max = c.maximum;
  }
  return { min, max };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A variant's name: its discriminator's value, or what kind of value it takes. */
function variantLabel(option: Schema, discriminator: string | undefined): string {
  const def = defOf(unwrap(option).inner);
  if (discriminator && def.shape?.[discriminator]) {
    const values = defOf(def.shape[discriminator]).values;
    if (values?.[0] !== undefined) return String(values[0]);
  }
  if (def.type === 'enum') return Object.values(def.entries ?? {}).join(' / ');
  return def.type;
}

/** Which variant a value is: the one its discriminator names, else the first it satisfies, else the first of its kind. */
function chosenVariant(options: readonly Schema[], discriminator: string | undefined, value: unknown): number {
  if (discriminator && isObject(value)) {
    const found = options.findIndex((o) => variantLabel(o, discriminator) === value[discriminator]);
    if (found >= 0) return found;
  }
  const fits = options.findIndex((o) => (o as unknown as z.ZodType).safeParse(value).success);
  if (fits >= 0) return fits;
  const kind = Array.isArray(value) ? 'array' : isObject(value) ? 'object' : typeof value;
  const same = options.findIndex((o) => {
    const type = defOf(unwrap(o).inner).type;
    return type === kind || (kind === 'string' && (type === 'enum' || type === 'template_literal'));
  });
  return Math.max(0, same);
}

/** The field at `path` in `value`, as the schema describes it. */
export function walk(schema: Schema, value: unknown, path: readonly Key[] = []): Field {
  const { inner, optional, help } = unwrap(schema);
  const key = path.length ? path[path.length - 1]! : '';
  const common = { path, where: formatPath(path), key, help, optional };
  if (optional && value === undefined) return { ...common, kind: 'absent', schema: inner };
  const def = defOf(inner);
  switch (def.type) {
    case 'number':
      return { ...common, kind: 'number', value, ...bounds(def) };
    case 'string':
      return { ...common, kind: 'text', value, multiline: typeof value === 'string' && (value.length > 80 || value.includes('\n')), maxLength: maxLength(def) };
    case 'boolean':
      return { ...common, kind: 'boolean', value };
    case 'enum':
      return { ...common, kind: 'choice', value, options: Object.values(def.entries ?? {}) };
    case 'literal':
      return { ...common, kind: 'choice', value, options: (def.values ?? []) as (string | number | boolean)[] };
    case 'object': {
      const shape = def.shape ?? {};
      const record = isObject(value) ? value : {};
      return { ...common, kind: 'object', fields: Object.entries(shape).map(([name, child]) => walk(child, record[name], [...path, name])) };
    }
    case 'array': {
      const items = Array.isArray(value) ? value : [];
      return { ...common, kind: 'list', ...listBounds(def), element: def.element!, items: items.map((item, i) => walk(def.element!, item, [...path, i])) };
    }
    case 'record': {
      const record = isObject(value) ? value : {};
      return { ...common, kind: 'map', element: def.valueType!, entries: Object.keys(record).map((name) => walk(def.valueType!, record[name], [...path, name])) };
    }
    case 'tuple': {
      const items = Array.isArray(value) ? value : [];
      return { ...common, kind: 'object', fields: (def.items ?? []).map((item, i) => walk(item, items[i], [...path, i])) };
    }
    case 'union': {
      const options = def.options ?? [];
      const chosen = chosenVariant(options, def.discriminator, value);
      return { ...common, kind: 'variants', options, chosen, labels: options.map((o) => variantLabel(o, def.discriminator)), field: walk(options[chosen]!, value, path) };
    }
    default:
      return { ...common, kind: 'text', value: typeof value === 'string' ? value : JSON.stringify(value), multiline: false, maxLength: undefined };
  }
}

/** A starting value for a new field: an object with its required fields, the smallest list, a number at its lower bound. */
export function starting(schema: Schema): unknown {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  const wrapped = defOf(schema);
  if (wrapped.type === 'default') return structuredClone(wrapped.defaultValue);
  switch (def.type) {
    case 'number':
      return Math.max(0, bounds(def).min ?? 0);
    case 'string':
      return '';
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'literal':
      return def.values?.[0];
    case 'object':
      return Object.fromEntries(Object.entries(def.shape ?? {}).flatMap(([name, child]) => (unwrap(child).optional && defOf(child).type !== 'default' ? [] : [[name, starting(child)]])));
    case 'array':
      return Array.from({ length: listBounds(def).min ?? 0 }, () => starting(def.element!));
    case 'tuple':
      return (def.items ?? []).map(starting);
    case 'union':
      return starting(def.options![0]!);
    default:
      return {};
  }
}

/** A short name for a list item: its id, name, title or key, else its number. */
export function itemName(value: unknown, index: number): string {
  if (isObject(value)) for (const k of ['id', 'name', 'title', 'path', 'key', 'label']) if (typeof value[k] === 'string' && value[k]) return value[k] as string;
  if (typeof value === 'string' && value) return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return `#${index + 1}`;
}

/**
 * A new item for a list: a copy of the last one (an author's new event card starts from the one
 * before, with every field to change in sight) under an id of its own, or a starting value.
 */
export function newItem(element: Schema, items: readonly unknown[], prefix: string): unknown {
  const last = items[items.length - 1];
  if (last === undefined) return starting(element);
  const copy = structuredClone(last);
  if (isObject(copy) && typeof copy['id'] === 'string') {
    const ids = new Set(items.map((item) => (isObject(item) ? item['id'] : undefined)));
    let n = 1;
    while (ids.has(`${prefix}-${n}`)) n++;
    copy['id'] = `${prefix}-${n}`;
  }
  return copy;
}
