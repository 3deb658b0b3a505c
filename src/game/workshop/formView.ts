/**
 * The workshop's form for one part of the scenario, built from its schema (see formSpec.ts):
 * a labelled native control for each value (a number input with the schema's limits, a text
 * field, a select for a choice, a checkbox), a fieldset with its legend for each object, and
 * add and remove buttons for each list. Each control's id is `ws:` and the value's path as the
 * validator writes it, so a problem finds its field. A list's items open one at a time, and are
 * built when opened: the largest scenarios have hundreds of evidence notes.
 */
import { formatPath } from '../../scenario/issues.ts';
import { h } from '../ui/dom.ts';
import { dictionary, type Locale } from '../strings/index.ts';
import { choiceText } from './choiceTexts.ts';
import { fieldHelp, fieldLabel } from './fieldTexts.ts';
import { blankValue, variantOf, type FieldSpec } from './formSpec.ts';
import { parameterEvidence, outsideSupport } from './parameterEvidence.ts';

export type Path = readonly (string | number)[];

export interface FormHost {
  readonly lang: Locale;
  /** The draft as it stands. */
  value(): unknown;
  set(path: Path, value: unknown): void;
  /** An edit that changes the form's shape (an item added or removed): the form is built again. */
  reshape(edit: () => void, focus?: Path): void;
}

export const fieldId = (path: Path): string => `ws:${formatPath(path)}`;
export const errorId = (path: Path): string => `${fieldId(path)}:error`;

const at = (root: unknown, path: Path): unknown => {
  let node = root;
  for (const step of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined;
  return node;
};

/** A word or two for an item of a list: its id, name or title where it has one. */
function itemName(value: unknown, fallback: string): string {
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    for (const key of ['name', 'title', 'label', 'id', 'path', 'date', 'kind']) if (typeof v[key] === 'string' && v[key]) return String(v[key]);
  }
  if (typeof value === 'string' && value) return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return fallback;
}

function helpAndError(path: Path, help: string): [HTMLElement | null, HTMLElement] {
  const id = fieldId(path);
  return [help ? h('p', { class: 'ws-help small muted', id: `${id}:help` }, help) : null, h('p', { class: 'ws-error', id: errorId(path), 'data-testid': 'field-error' })];
}

/** The JSON key, small beside a field's readable name, to match the file and its reference. */
function keyNote(path: Path, label: string): HTMLElement | null {
  const key = path[path.length - 1];
  return typeof key === 'string' && key !== label ? h('code', { class: 'ws-key small muted' }, key) : null;
}

/** A field's name in the page's language (its key where it has none: a record's entry). */
export const labelOf = (path: Path, lang: Locale, key: string): string => fieldLabel(path, lang) ?? key;

const describedBy = (path: Path, help: string) => [help ? `${fieldId(path)}:help` : '', errorId(path)].filter(Boolean).join(' ');

/** The evidence beside a number: its grade, note and source, and a warning outside the range it supports. */
function evidenceLine(host: FormHost, path: Path, value: number): HTMLElement | null {
  const info = parameterEvidence(host.value(), formatPath(path), host.lang);
  if (!info || (info.grade === 'none' && path[0] !== 'mechanisms')) return null;
  const w = dictionary(host.lang).workshop;
  // A figure with no note of its own shows only that; what its mechanism rests on waits behind a
  // disclosure, where repeating it beside every such figure buried the fields.
  const line =
    info.grade === 'none' && info.note
      ? h(
          'details',
          { class: 'ws-evidence small grade-none', 'data-testid': 'field-evidence' },
          h('summary', {}, h('strong', {}, `${w.evidence}: ${w.grade.none}`)),
          h('p', {}, info.note, info.sourceTitle ? h('em', {}, ` (${info.sourceTitle})`) : ''),
        )
      : h(
          'p',
          { class: `ws-evidence small grade-${info.grade}`, 'data-testid': 'field-evidence' },
          h('strong', {}, `${w.evidence}: ${w.grade[info.grade]}`),
          info.note ? ` — ${info.note}` : '',
          info.sourceTitle ? h('em', {}, ` (${info.sourceTitle})`) : '',
        );
  if (outsideSupport(info, value) && info.supports) line.append(h('span', { class: 'ws-outside', role: 'note', 'data-testid': 'outside-support' }, ` ${w.outside(info.supports.min, info.supports.max)}`));
  return line;
}

function leaf(host: FormHost, spec: FieldSpec, path: Path, label: string, removable?: () => void): HTMLElement {
  const id = fieldId(path);
  const value = at(host.value(), path);
  const helpText = fieldHelp(path, host.lang, spec.help);
  const [help, error] = helpAndError(path, helpText);
  const common = { id, 'aria-describedby': describedBy(path, helpText), 'data-path': formatPath(path) };
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  let extra: HTMLElement | null = null;
  switch (spec.kind) {
    case 'number': {
      control = h('input', { ...common, type: 'number', min: spec.min, max: spec.max, step: spec.integer ? 1 : 'any', value: typeof value === 'number' ? value : '' });
      const input = control;
      input.addEventListener('change', () => {
        const n = input.value.trim() === '' ? undefined : Number(input.value);
        host.set(path, n === undefined || Number.isNaN(n) ? input.value : n);
        // The evidence beside it said again for the new value: a warning once it leaves the supported range.
        const now = at(host.value(), path);
        const next = typeof now === 'number' ? evidenceLine(host, path, now) : null;
        if (extra && next) extra.replaceWith(next);
        else if (extra) extra.remove();
        else if (next) error.before(next);
        extra = next;
      });
      if (typeof value === 'number') extra = evidenceLine(host, path, value);
      break;
    }
    case 'boolean': {
      control = h('input', { ...common, type: 'checkbox', checked: value === true });
      const input = control;
      input.addEventListener('change', () => host.set(path, input.checked));
      break;
    }
    case 'enum': {
      const options = typeof value === 'string' && !spec.options.includes(value) ? [value, ...spec.options] : spec.options;
      control = h('select', common, ...options.map((o) => h('option', { value: o, selected: o === value }, choiceText(o, host.lang))));
      const select = control;
      select.addEventListener('change', () => host.set(path, select.value));
      break;
    }
    default: {
      const text = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
      const long = spec.kind === 'text' && (spec.maxLength === undefined || spec.maxLength > 200) && (text.length > 70 || /text|summary|description|intro|paraphrase|note|reason|prompt/i.test(String(path[path.length - 1])));
      control = long ? h('textarea', { ...common, rows: Math.min(8, 2 + Math.floor(text.length / 90)) }) : h('input', { ...common, type: 'text', value: text, maxlength: spec.kind === 'text' ? spec.maxLength : undefined });
      if (long) control.value = text;
      if (spec.kind === 'literal') control.setAttribute('readonly', '');
      const input = control;
      input.addEventListener('change', () => host.set(path, input.value));
    }
  }
  const row = h('div', { class: `ws-field ws-${spec.kind}` }, h('label', { for: id }, label, ' ', keyNote(path, label)), control);
  if (removable) row.append(removeButton(host, label, removable));
  row.append(...[help, extra, error].filter((x): x is HTMLElement => x !== null));
  return row;
}

function removeButton(host: FormHost, what: string, remove: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'ws-remove', 'data-testid': 'remove-item' }, dictionary(host.lang).workshop.remove(what));
  button.addEventListener('click', () => host.reshape(remove));
  return button;
}

/** Builds the body of a list item when it is first opened. */
function lazyItem(host: FormHost, spec: FieldSpec, path: Path, label: string, remove: () => void): HTMLElement {
  const summary = h('summary', { id: fieldId(path), 'data-path': formatPath(path) }, label);
  const details = h('details', { class: 'ws-item', 'data-path': formatPath(path) }, summary);
  let built = false;
  const build = () => {
    if (built) return;
    built = true;
    details.append(removeButton(host, label, remove), h('p', { class: 'ws-error', id: errorId(path), 'data-testid': 'field-error' }), field(host, spec, path, label, { bare: true }));
  };
  details.addEventListener('toggle', () => details.open && build());
  (details as HTMLDetailsElement & { build?: () => void }).build = build;
  return details;
}

/** Renames the list item an edit at `path` belongs to, when the edit changed the name it goes by. */
export function relabel(root: HTMLElement, path: Path, draft: unknown): void {
  for (let i = path.length - 1; i > 0; i--) {
    const itemPath = path.slice(0, i);
    const summary = root.querySelector<HTMLElement>(`details[data-path="${CSS.escape(formatPath(itemPath))}"] > summary`);
    if (!summary) continue;
    summary.textContent = itemName(at(draft, itemPath), summary.textContent ?? '');
    return;
  }
}

/** Opens the list items on the way to a path (building them), so its field can take the focus. */
export function reveal(root: HTMLElement, path: Path): void {
  for (let i = 1; i <= path.length; i++) {
    const details = root.querySelector<HTMLDetailsElement & { build?: () => void }>(`details[data-path="${CSS.escape(formatPath(path.slice(0, i)))}"]`);
    if (details && !details.open) {
      details.build?.();
      details.open = true;
    }
  }
}

export function field(host: FormHost, spec: FieldSpec, path: Path, label: string, options: { optional?: boolean; bare?: boolean } = {}): HTMLElement {
  const w = dictionary(host.lang).workshop;
  const value = at(host.value(), path);
  if (options.optional && value === undefined) {
    const set = h('button', { type: 'button', id: fieldId(path), 'data-testid': 'set-optional' }, `${w.setIt}: ${label}`);
    set.addEventListener('click', () => host.reshape(() => host.set(path, blankValue(spec)), path));
    const [help, error] = helpAndError(path, fieldHelp(path, host.lang, spec.help));
    return h('div', { class: 'ws-field ws-absent' }, h('span', { class: 'muted' }, label, ' ', keyNote(path, label), `: ${w.absent} `), set, help, error);
  }
  const unset = options.optional ? removeButton(host, label, () => host.set(path, undefined)) : null;
  if (unset) unset.textContent = `${w.unsetIt}: ${label}`;
  if (spec.kind === 'union') {
    const variant = variantOf(spec, value) ?? spec.variants[0];
    if (!variant || variant.kind !== 'object') return leaf(host, { kind: 'other', help: spec.help }, path, label);
    return group(host, variant, path, label, options.bare === true, unset, spec);
  }
  if (spec.kind === 'object') return group(host, spec, path, label, options.bare === true, unset);
  if (spec.kind === 'array' || spec.kind === 'tuple' || spec.kind === 'record') return list(host, spec, path, label, unset);
  const row = leaf(host, spec, path, label);
  // Beside its control, in the row's third column.
  if (unset) row.querySelector(`[id="${CSS.escape(fieldId(path))}"]`)?.after(unset);
  return row;
}

/** Keys of an object the schema does not have (an older format's, or misspelt): shown, to be removed. */
export function unknownKeys(host: FormHost, known: readonly string[], path: Path): HTMLElement[] {
  const value = at(host.value(), path);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const w = dictionary(host.lang).workshop;
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const keyPath = [...path, key];
      const shown = JSON.stringify((value as Record<string, unknown>)[key]) ?? '';
      return h(
        'div',
        { class: 'ws-field ws-unknown', 'data-testid': 'unknown-key' },
        h('span', { id: fieldId(keyPath), tabindex: -1 }, h('code', {}, key)),
        h('code', { class: 'small' }, shown.length > 80 ? `${shown.slice(0, 77)}…` : shown),
        removeButton(host, key, () => host.set(keyPath, undefined)),
        h('p', { class: 'ws-help small muted' }, w.unknownKey),
        h('p', { class: 'ws-error', id: errorId(keyPath), 'data-testid': 'field-error' }),
      );
    });
}

function group(host: FormHost, spec: Extract<FieldSpec, { kind: 'object' }>, path: Path, label: string, bare: boolean, unset: HTMLElement | null, union?: Extract<FieldSpec, { kind: 'union' }>): HTMLElement {
  const children: HTMLElement[] = [];
  for (const f of spec.fields) {
    const childPath = [...path, f.key];
    if (union && f.spec.kind === 'literal') {
      // The kind of a union's member: a choice among the members, which swaps the member's fields.
      const kinds = union.variants.flatMap((v) => (v.kind === 'object' ? v.fields.filter((x) => x.key === f.key && x.spec.kind === 'literal').map((x) => ({ variant: v, value: (x.spec as { value: unknown }).value })) : []));
      const select = h('select', { id: fieldId(childPath), 'data-path': formatPath(childPath), 'aria-describedby': `${fieldId(childPath)}:help` }, ...kinds.map((k) => h('option', { value: String(k.value), selected: k.value === (f.spec as { value: unknown }).value }, choiceText(String(k.value), host.lang))));
      select.addEventListener('change', () => {
        const chosen = kinds.find((k) => String(k.value) === select.value);
        if (chosen) host.reshape(() => host.set(path, blankValue(chosen.variant)), childPath);
      });
      const name = labelOf(childPath, host.lang, f.key);
      children.push(h('div', { class: 'ws-field ws-enum' }, h('label', { for: fieldId(childPath) }, name, ' ', keyNote(childPath, name)), select, h('p', { class: 'ws-help small muted', id: `${fieldId(childPath)}:help` }, fieldHelp(childPath, host.lang, f.spec.help))));
      continue;
    }
    children.push(field(host, f.spec, childPath, labelOf(childPath, host.lang, f.key), { optional: f.optional }));
  }
  children.push(...unknownKeys(host, spec.fields.map((f) => f.key), path));
  if (bare) return h('div', { class: 'ws-object' }, ...children);
  const [help, error] = helpAndError(path, fieldHelp(path, host.lang, spec.help));
  return h('fieldset', { class: 'ws-object', id: fieldId(path), tabindex: -1, 'data-path': formatPath(path) }, h('legend', {}, label, ' ', keyNote(path, label)), help, error, unset, ...children);
}

function list(host: FormHost, spec: Extract<FieldSpec, { kind: 'array' | 'tuple' | 'record' }>, path: Path, label: string, unset: HTMLElement | null): HTMLElement {
  const w = dictionary(host.lang).workshop;
  const value = at(host.value(), path);
  const [help, error] = helpAndError(path, fieldHelp(path, host.lang, spec.help));
  const box = h('fieldset', { class: 'ws-list', id: fieldId(path), tabindex: -1, 'data-path': formatPath(path) }, h('legend', {}, label, ' ', keyNote(path, label)), help, error, unset);
  if (spec.kind === 'tuple') {
    spec.items.forEach((item, i) => box.append(field(host, item, [...path, i], `${label} ${i + 1}`)));
    return box;
  }
  if (spec.kind === 'record') {
    const entries = value !== null && typeof value === 'object' ? Object.keys(value) : [];
    for (const key of entries) box.append(field(host, spec.value, [...path, key], key));
    const keyInput = h('input', { type: 'text', 'aria-label': `${w.key} (${label})`, 'data-testid': 'record-key' });
    const add = h('button', { type: 'button', 'data-testid': 'add-item' }, w.add(label));
    add.addEventListener('click', () => {
      const key = keyInput.value.trim();
      if (key) host.reshape(() => host.set([...path, key], blankValue(spec.value)), [...path, key]);
    });
    box.append(h('div', { class: 'ws-add' }, keyInput, add));
    return box;
  }
  const items = Array.isArray(value) ? value : [];
  const simple = spec.item.kind !== 'object' && spec.item.kind !== 'union' && spec.item.kind !== 'array';
  items.forEach((item, i) => {
    const itemPath = [...path, i];
    const name = w.item(label, i + 1);
    const remove = () => host.reshape(() => removeAt(host, path, i));
    box.append(simple ? leaf(host, spec.item, itemPath, name, remove) : lazyItem(host, spec.item, itemPath, itemName(item, name), remove));
  });
  const add = h('button', { type: 'button', 'data-testid': 'add-item', 'data-list': formatPath(path) }, w.add(label));
  add.addEventListener('click', () => host.reshape(() => host.set([...path, items.length], blankValue(spec.item)), [...path, items.length]));
  box.append(h('div', { class: 'ws-add' }, add));
  return box;
}

function removeAt(host: FormHost, path: Path, index: number): void {
  const items = at(host.value(), path);
  if (Array.isArray(items)) host.set(path, items.filter((_, i) => i !== index));
}
