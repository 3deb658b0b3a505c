/**
 * Perturbed copies of a scenario, to test that the stylized facts hold off the tuned point:
 * mechanism and economy parameters ±25%, starting values ±20%, two communities dropped, and a
 * shorter and a longer game. Every variant goes back through the scenario parser, so it is a
 * scenario an author could have written; the family is a pure function of the base scenario.
 */
import { z } from 'zod';
import { parseScenario, valueAtPath } from '../scenario/load.ts';
import { Clan, Community, Economy, type Scenario } from '../scenario/schema.ts';
import { MechanismParams } from '../scenario/mechanismParams.ts';

export type VariantFamily = 'quick' | 'full';
export const VARIANT_FAMILIES: readonly VariantFamily[] = ['quick', 'full'];

export interface Variant {
  /** Short stable id, for example "eradication-shock.replantShare+25%" or "turns-12". */
  readonly id: string;
  readonly kind: 'parameter' | 'start' | 'communities' | 'turns';
  /**
   * What was moved: a parameter path ("mechanisms.eradication-shock.replantShare"), a group of
   * them ("mechanisms.eradication-shock"), or null for the structural variants.
   */
  readonly parameter: string | null;
  readonly direction: 'up' | 'down' | null;
  /** Paths whose values changed, with their old and new values. */
  readonly changes: readonly { path: string; from: number; to: number }[];
  readonly scenario: Scenario;
}

/** Mechanism and economy parameters move by a quarter: the test of robustness. */
export const PARAMETER_STEP = 0.25;
/** Starting values move by a fifth. */
export const START_STEP = 0.2;
/** The shorter and the longer game (the shipped games run 20 quarterly turns). */
export const TURN_COUNTS = [12, 28] as const;

interface NumberBounds {
  readonly min: number;
  readonly max: number;
  readonly int: boolean;
}

/** Strips optional/default wrappers to reach the schema that holds the bounds. */
function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema as z.ZodType & { def: { innerType?: z.ZodType } };
  while (node.def.innerType) node = node.def.innerType as typeof node;
  return node;
}

function boundsOf(schema: z.ZodType): NumberBounds | null {
  const node = unwrap(schema);
  if (!(node instanceof z.ZodNumber)) return null;
  return { min: node.minValue ?? -Infinity, max: node.maxValue ?? Infinity, int: node.isInt };
}

/**
 * A value moved by a relative step and kept inside its schema's bounds. Whole-number
 * parameters move by at least one unit, or a step of 25% would often round back to the base.
 */
export function perturb(value: number, factor: number, bounds: NumberBounds): number {
  let next = value * (1 + factor);
  if (bounds.int) next = factor > 0 ? Math.max(Math.ceil(next), value + 1) : Math.min(Math.floor(next), value - 1);
  return Math.min(bounds.max, Math.max(bounds.min, next));
}

/** A numeric leaf of the scenario that a variant may move, with its schema's bounds. */
interface Leaf {
  /** Path segments from the scenario root. */
  readonly keys: readonly (string | number)[];
  readonly bounds: NumberBounds;
}

const pathText = (keys: readonly (string | number)[]): string =>
  keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

/** Every number under an object, walking its zod schema in parallel to find each one's bounds. */
function numericLeaves(value: unknown, schema: z.ZodType, keys: (string | number)[], out: Leaf[]): void {
  const node = unwrap(schema);
  if (typeof value === 'number') {
    const bounds = boundsOf(node);
    if (bounds) out.push({ keys: [...keys], bounds });
    return;
  }
  if (node instanceof z.ZodObject && value !== null && typeof value === 'object') {
    const shape = node.shape as Record<string, z.ZodType>;
    for (const [key, child] of Object.entries(value)) {
      if (shape[key]) numericLeaves(child, shape[key], [...keys, key], out);
    }
  }
}

function getAt(root: unknown, keys: readonly (string | number)[]): unknown {
  return keys.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function setAt(root: unknown, keys: readonly (string | number)[], value: number): void {
  const parent = getAt(root, keys.slice(0, -1)) as Record<string | number, unknown>;
  parent[keys[keys.length - 1]!] = value;
}

/** Parameters of each mechanism, grouped by mechanism id, and of each crop's economics. */
function parameterGroups(base: Scenario): { group: string; leaves: Leaf[] }[] {
  const groups: { group: string; leaves: Leaf[] }[] = [];
  const shape = MechanismParams.shape as Record<string, z.ZodType>;
  for (const [id, params] of Object.entries(base.mechanisms)) {
    const leaves: Leaf[] = [];
    if (shape[id]) numericLeaves(params, shape[id], ['mechanisms', id], leaves);
    if (leaves.length > 0) groups.push({ group: `mechanisms.${id}`, leaves });
  }
  // Coca and licit crops as separate groups, so that their relative returns move.
  for (const crop of ['coca', 'licit'] as const) {
    const leaves: Leaf[] = [];
    numericLeaves(base.economy[crop], Economy.shape[crop], ['economy', crop], leaves);
    groups.push({ group: `economy.${crop}`, leaves });
  }
  return groups;
}

/** Starting values of the communities that a game begins from (not their fixed traits). */
const START_FIELDS = ['trust', 'security', 'insurgentInfluence', 'soilHealth', 'cocaHectares', 'licitHectares', 'committee.strength'] as const;

function startLeaves(base: Scenario, field: (typeof START_FIELDS)[number]): Leaf[] {
  const keys = field.split('.');
  let schema: z.ZodType = Community;
  for (const key of keys) schema = (unwrap(schema) as z.ZodObject).shape[key] as z.ZodType;
  const bounds = boundsOf(schema)!;
  return base.communities.map((_, i) => ({ keys: ['communities', i, ...keys], bounds }));
}

const clanLeaf = (): Leaf => ({ keys: ['clan', 'strength'], bounds: boundsOf(Clan.shape.strength)! });

type Draft = Record<string, unknown> & Scenario;

/** Re-checks a draft with the scenario parser; a variant that fails it is a bug in this module. */
function finish(id: string, draft: Draft): Scenario {
  // Calibration notes must match the file: keep those whose path still names a number, at its new value.
  draft.calibration = draft.calibration.flatMap((note) => {
    const value = valueAtPath(draft, note.path);
    return typeof value === 'number' ? [{ ...note, value }] : [];
  });
  // Variants are for analysis, never shown: translations keyed by a dropped item's path would not parse.
  delete (draft as Partial<Draft>).translations;
  const parsed = parseScenario(draft);
  if (!parsed.ok) throw new Error(`variant ${id} is not a valid scenario: ${parsed.errors.slice(0, 3).join('; ')}`);
  return parsed.value;
}

/** Moves a set of leaves by a factor; null when none of them moves (all at a bound, or zero). */
function moved(base: Scenario, leaves: readonly Leaf[], factor: number, cap?: (draft: Draft, leaf: Leaf, value: number) => number) {
  const draft = structuredClone(base) as Draft;
  const changes: { path: string; from: number; to: number }[] = [];
  for (const leaf of leaves) {
    const from = getAt(draft, leaf.keys) as number;
    let to = perturb(from, factor, leaf.bounds);
    if (cap) to = cap(draft, leaf, to);
    if (to === from) continue;
    setAt(draft, leaf.keys, to);
    changes.push({ path: pathText(leaf.keys), from, to });
  }
  return changes.length > 0 ? { draft, changes } : null;
}

/** Coca cannot start above the land that can carry it. */
const capCoca = (draft: Draft, leaf: Leaf, value: number): number => {
  if (leaf.keys[0] !== 'communities' || leaf.keys[2] !== 'cocaHectares') return value;
  return Math.min(value, draft.communities[leaf.keys[1] as number]!.maxCocaHectares);
};

const directions = [
  { factor: 1, sign: '+', direction: 'up' as const },
  { factor: -1, sign: '-', direction: 'down' as const },
];

/**
 * A crop moves through its farm-gate price, which moves its return per day of work by the step,
 * and (licit crops) through its time to yield. Moving its five return factors together would
 * compound: ×1.25 each multiplies coca's return per day by 1.95 and ×0.75 licit crops' by 0.42,
 * far outside the quarter the test means. The full family still moves each factor alone.
 */
const CROP_QUICK_FIELDS = ['pricePerKg', 'maturationTurns'];

function quickUnits(group: string, leaves: readonly Leaf[]): { parameter: string; leaves: readonly Leaf[] }[] {
  if (!group.startsWith('economy.')) return [{ parameter: group, leaves }];
  return leaves.filter((leaf) => CROP_QUICK_FIELDS.includes(String(leaf.keys[leaf.keys.length - 1]))).map((leaf) => ({ parameter: pathText(leaf.keys), leaves: [leaf] }));
}

function parameterVariants(base: Scenario, family: VariantFamily): Variant[] {
  const variants: Variant[] = [];
  for (const { group, leaves } of parameterGroups(base)) {
    // quick: a mechanism's parameters move together; full: one parameter at a time.
    const units = family === 'quick' ? quickUnits(group, leaves) : leaves.map((leaf) => ({ parameter: pathText(leaf.keys), leaves: [leaf] }));
    for (const unit of units) {
      for (const d of directions) {
        const result = moved(base, unit.leaves, d.factor * PARAMETER_STEP);
        if (!result) continue;
        const id = `${unit.parameter.replace(/^mechanisms\./, '')}${d.sign}${PARAMETER_STEP * 100}%`;
        variants.push({ id, kind: 'parameter', parameter: unit.parameter, direction: d.direction, changes: result.changes, scenario: finish(id, result.draft) });
      }
    }
  }
  return variants;
}

function startVariants(base: Scenario, family: VariantFamily): Variant[] {
  const fields = START_FIELDS.map((field) => ({ parameter: `communities[*].${field}`, leaves: startLeaves(base, field) }));
  const units =
    family === 'quick'
      ? [
          { parameter: 'communities[*] (starting values)', leaves: fields.flatMap((f) => f.leaves) },
          { parameter: 'clan.strength', leaves: [clanLeaf()] },
        ]
      : [...fields, { parameter: 'clan.strength', leaves: [clanLeaf()] }];
  const variants: Variant[] = [];
  for (const unit of units) {
    for (const d of directions) {
      const result = moved(base, unit.leaves, d.factor * START_STEP, capCoca);
      if (!result) continue;
      const name = unit.parameter === 'clan.strength' ? 'clan-strength' : unit.parameter.startsWith('communities[*].') ? `start-${unit.parameter.slice(15)}` : 'start';
      const id = `${name}${d.sign}${START_STEP * 100}%`;
      variants.push({ id, kind: 'start', parameter: unit.parameter, direction: d.direction, changes: result.changes, scenario: finish(id, result.draft) });
    }
  }
  return variants;
}

/**
 * Removes items from one of the scenario's lists; calibration notes and translations, which
 * name items by their place in the list ("communities[3].cocaHectares"), follow the items that
 * stay and go with those that leave.
 */
function dropItems<T>(draft: Draft, list: 'communities' | 'events', keep: (item: T) => boolean): void {
  const items = draft[list] as unknown as T[];
  const newIndex: (number | undefined)[] = [];
  let next = 0;
  for (const item of items) newIndex.push(keep(item) ? next++ : undefined);
  (draft as Record<string, unknown>)[list] = items.filter(keep);
  const pattern = new RegExp(`^${list}\\[(\\d+)\\](.*)$`);
  const moved = (path: string): string | null => {
    const match = pattern.exec(path);
    if (!match) return path;
    const index = newIndex[Number(match[1])];
    return index === undefined ? null : `${list}[${index}]${match[2]}`;
  };
  draft.calibration = draft.calibration.flatMap((note) => {
    const path = moved(note.path);
    return path === null ? [] : [{ ...note, path }];
  });
  for (const [locale, texts] of Object.entries(draft.translations ?? {})) {
    (draft.translations as Record<string, Record<string, string>>)[locale] = Object.fromEntries(
      Object.entries(texts ?? {}).flatMap(([path, text]) => {
        const to = moved(path);
        return to === null ? [] : [[to, text]];
      }),
    );
  }
}

/** The scenario without some communities; calibration notes, translations and checks follow the ids. */
export function withoutCommunities(base: Scenario, dropped: readonly string[], id: string): Scenario {
  const draft = structuredClone(base) as Draft;
  dropItems<Scenario['communities'][number]>(draft, 'communities', (c) => !dropped.includes(c.id));
  const keep = (allocation: Record<string, number> | undefined) =>
    allocation && Object.fromEntries(Object.entries(allocation).filter(([community]) => !dropped.includes(community)));
  draft.checks = draft.checks.map((check) => ({
    ...check,
    policy: { ...check.policy, allocation: keep(check.policy.allocation) },
    than: 'policy' in check.than ? { policy: { ...check.than.policy, allocation: keep(check.than.policy.allocation) } } : check.than,
  }));
  return finish(id, draft);
}

function communityVariants(base: Scenario): Variant[] {
  if (base.communities.length < 3) return [];
  const byCoca = [...base.communities].sort((a, b) => b.cocaHectares - a.cocaHectares || a.id.localeCompare(b.id));
  // The facts should neither rest on the two biggest growers nor on the fringe.
  const sets = [
    { id: 'without-top-coca', dropped: byCoca.slice(0, 2).map((c) => c.id) },
    { id: 'without-least-coca', dropped: byCoca.slice(-2).map((c) => c.id) },
  ];
  return sets.map(({ id, dropped }) => ({
    id: `${id}(${dropped.join(',')})`,
    kind: 'communities' as const,
    parameter: null,
    direction: null,
    changes: [],
    scenario: withoutCommunities(base, dropped, id),
  }));
}

/** The same scenario over another number of turns; events that could no longer happen are dropped. */
export function withTurns(base: Scenario, turns: number): Scenario {
  const draft = structuredClone(base) as Draft;
  draft.calendar = { ...draft.calendar, turns };
  dropItems<Scenario['events'][number]>(draft, 'events', (e) => e.fromTurn <= turns);
  draft.checks = draft.checks.filter((c) => c.turn <= turns && !('turn' in c.than && c.than.turn > turns));
  return finish(`turns-${turns}`, draft);
}

function turnVariants(base: Scenario): Variant[] {
  return TURN_COUNTS.filter((turns) => turns !== base.calendar.turns).map((turns) => ({
    id: `turns-${turns}`,
    kind: 'turns' as const,
    parameter: 'calendar.turns',
    direction: turns > base.calendar.turns ? ('up' as const) : ('down' as const),
    changes: [{ path: 'calendar.turns', from: base.calendar.turns, to: turns }],
    scenario: withTurns(base, turns),
  }));
}

/**
 * The family of variants. "quick" moves each mechanism's parameters as a group (every
 * parameter moves at least once each way) and is meant for CI; "full" moves every parameter
 * and starting value on its own.
 */
export function scenarioVariants(base: Scenario, family: VariantFamily = 'quick'): Variant[] {
  return [...parameterVariants(base, family), ...startVariants(base, family), ...communityVariants(base), ...turnVariants(base)];
}
