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

export type VariantFamily = 'quick' | 'full' | 'combined';
export const VARIANT_FAMILIES: readonly VariantFamily[] = ['quick', 'full', 'combined'];

export interface Variant {
  /** Short stable id, for example "eradication-shock.replantShare+25%" or "turns-12". */
  readonly id: string;
  readonly kind: 'parameter' | 'start' | 'communities' | 'turns' | 'combined';
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

/**
 * The scenario with some of its numbers set, each named by its path as calibration notes name
 * them ("mechanisms.eradication-shock.replantShare", "communities[2].trust"); the result goes back
 * through the parser, so a value outside its allowed range is refused there.
 */
export function withValues(base: Scenario, id: string, values: Readonly<Record<string, number>>): Scenario {
  const draft = structuredClone(base) as Draft;
  for (const [path, value] of Object.entries(values)) {
    if (typeof valueAtPath(draft, path) !== 'number') throw new Error(`variant ${id}: "${path}" does not name a number in the scenario`);
    const keys = (path.match(/[^.[\]]+/g) ?? []).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    setAt(draft, keys, value);
  }
  return finish(id, draft);
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

// ---------------------------------------------------------------------------------------------
// The combined family: two changes at once, and changes far larger than a quarter.

/** Pairs of mechanisms (or crops) that act on the same families, moved a quarter in opposite directions. */
export const COMBINED_PAIRS: readonly (readonly [string, string])[] = [
  ['mechanisms.eradication-shock', 'mechanisms.voluntary-substitution'],
  ['mechanisms.eradication-shock', 'mechanisms.insurgent-resilience'],
  ['mechanisms.committee-security', 'mechanisms.committee-risk'],
  ['mechanisms.intelligence', 'mechanisms.two-fires'],
  ['economy.coca', 'economy.licit'],
  ['mechanisms.money-is-not-enough', 'mechanisms.voluntary-substitution'],
  ['mechanisms.state-substitution', 'mechanisms.committee-security'],
];

/** The leaves a pair moves: a mechanism's parameters, or a crop through its farm-gate price (see CROP_QUICK_FIELDS). */
function pairLeaves(base: Scenario, group: string): Leaf[] {
  const found = parameterGroups(base).find((g) => g.group === group);
  if (!found) throw new Error(`combined variant: no parameter group "${group}" in the scenario`);
  return group.startsWith('economy.') ? found.leaves.filter((leaf) => leaf.keys[leaf.keys.length - 1] === 'pricePerKg') : found.leaves;
}

/** Moves several sets of leaves, each by its own factor, in one draft. */
function movedAll(base: Scenario, moves: readonly { leaves: readonly Leaf[]; factor: number }[]) {
  let draft = structuredClone(base) as Draft;
  const changes: { path: string; from: number; to: number }[] = [];
  for (const move of moves) {
    const result = moved(draft, move.leaves, move.factor);
    if (!result) continue;
    draft = result.draft;
    changes.push(...result.changes);
  }
  return { draft, changes };
}

const leafAt = (path: string): Leaf => {
  const keys = (path.match(/[^.[\]]+/g) ?? []).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  return { keys, bounds: { min: 0, max: Infinity, int: false } };
};

const combined = (id: string, parameter: string | null, changes: Variant['changes'], scenario: Scenario): Variant => ({
  id,
  kind: 'combined',
  parameter,
  direction: null,
  changes,
  scenario,
});

/** Checks' development allocations follow communities that are merged or copied. */
function remapAllocations(draft: Draft, shares: (allocation: Record<string, number>) => Record<string, number>): void {
  const remap = (allocation: Record<string, number> | undefined) => allocation && shares(allocation);
  draft.checks = draft.checks.map((check) => ({
    ...check,
    policy: { ...check.policy, allocation: remap(check.policy.allocation) },
    than: 'policy' in check.than ? { policy: { ...check.than.policy, allocation: remap(check.than.policy.allocation) } } : check.than,
  }));
}

type CommunityDef = Scenario['communities'][number];

/** Two communities as one: areas, people and members added up; indexes and per-family figures weighted by population; the rest from the larger. */
function mergeTwo(a: CommunityDef, b: CommunityDef): CommunityDef {
  const [big] = a.population >= b.population ? [a, b] : [b, a];
  const total = a.population + b.population;
  const weighted = (f: (c: CommunityDef) => number) => (f(a) * a.population + f(b) * b.population) / total;
  return {
    ...big,
    id: `${a.id}-${b.id}`,
    population: total,
    householdSize: weighted((c) => c.householdSize),
    cocaHectares: a.cocaHectares + b.cocaHectares,
    maxCocaHectares: a.maxCocaHectares + b.maxCocaHectares,
    licitHectares: a.licitHectares + b.licitHectares,
    farmlandHectares: a.farmlandHectares + b.farmlandHectares,
    otherIncome: weighted((c) => c.otherIncome),
    trust: weighted((c) => c.trust),
    security: weighted((c) => c.security),
    insurgentInfluence: weighted((c) => c.insurgentInfluence),
    soilHealth: weighted((c) => c.soilHealth),
    roadAccess: weighted((c) => c.roadAccess),
    committee: { ...big.committee, strength: weighted((c) => c.committee.strength), members: a.committee.members + b.committee.members },
  };
}

/** The scenario with its communities merged two by two, in the order listed (neighbours in the shipped scenarios). */
export function mergedCommunities(base: Scenario, id = 'communities-merged'): Scenario {
  const draft = structuredClone(base) as Draft;
  const merged: CommunityDef[] = [];
  const into = new Map<string, string>();
  for (let i = 0; i < draft.communities.length; i += 2) {
    const a = draft.communities[i]!;
    const b = draft.communities[i + 1];
    const c = b ? mergeTwo(a, b) : a;
    merged.push(c);
    into.set(a.id, c.id);
    if (b) into.set(b.id, c.id);
  }
  draft.communities = merged;
  draft.calibration = draft.calibration.filter((note) => !note.path.startsWith('communities['));
  remapAllocations(draft, (allocation) => {
    const out: Record<string, number> = {};
    for (const [community, share] of Object.entries(allocation)) out[into.get(community) ?? community] = (out[into.get(community) ?? community] ?? 0) + share;
    return out;
  });
  return finish(id, draft);
}

/** The scenario with every community listed twice (a twin a little to the east): twice the valley, the same valley's shape. */
export function duplicatedCommunities(base: Scenario, id = 'communities-duplicated'): Scenario {
  const draft = structuredClone(base) as Draft;
  const twin = (c: CommunityDef): CommunityDef => ({ ...structuredClone(c), id: `${c.id}-twin`, position: { x: Math.min(draft.map.width, c.position.x + 12), y: c.position.y } });
  draft.communities = [...draft.communities, ...draft.communities.map(twin)];
  remapAllocations(draft, (allocation) => ({ ...allocation, ...Object.fromEntries(Object.entries(allocation).map(([community, share]) => [`${community}-twin`, share])) }));
  return finish(id, draft);
}

/** The longest game of the family, and the combined family's structural variants. */
export const LONG_GAME_TURNS = 40;

function combinedVariants(base: Scenario): Variant[] {
  const variants: Variant[] = [];
  for (const [a, b] of COMBINED_PAIRS) {
    for (const [fa, fb, sa, sb] of [
      [1, -1, '+', '-'],
      [-1, 1, '-', '+'],
    ] as const) {
      const { draft, changes } = movedAll(base, [
        { leaves: pairLeaves(base, a), factor: fa * PARAMETER_STEP },
        { leaves: pairLeaves(base, b), factor: fb * PARAMETER_STEP },
      ]);
      const name = (group: string) => group.replace(/^mechanisms\./, '');
      const id = `${name(a)}${sa}25%,${name(b)}${sb}25%`;
      variants.push(combined(id, `${a} & ${b}`, changes, finish(id, draft)));
    }
  }
  const leafPrice = leafAt('economy.coca.pricePerKg');
  const plantingCost = leafAt('mechanisms.voluntary-substitution.plantingCostPerHectare');
  const priced = movedAll(base, [{ leaves: [leafPrice], factor: 1 }]);
  variants.push(combined('leaf-price×2', 'economy.coca.pricePerKg', priced.changes, finish('leaf-price×2', priced.draft)));
  const dear = movedAll(base, [
    { leaves: [leafPrice], factor: 1 },
    { leaves: [plantingCost], factor: 0.5 },
  ]);
  variants.push(combined('leaf-price×2,planting-cost×1.5', 'economy.coca.pricePerKg & planting cost', dear.changes, finish('leaf-price×2,planting-cost×1.5', dear.draft)));
  const poor = movedAll(base, [
    { leaves: [leafAt('budget.perTurn')], factor: -0.5 },
    { leaves: [leafAt('mechanisms.donor-pressure.maxFundingPerTurn')], factor: -1 },
  ]);
  variants.push(combined('budget×0.5,no-donors', 'budget.perTurn & donors', poor.changes, finish('budget×0.5,no-donors', poor.draft)));
  const count = base.communities.length;
  variants.push(combined('communities-merged', null, [{ path: 'communities', from: count, to: Math.ceil(count / 2) }], mergedCommunities(base)));
  variants.push(combined('communities-duplicated', null, [{ path: 'communities', from: count, to: count * 2 }], duplicatedCommunities(base)));
  const turns = { path: 'calendar.turns', from: base.calendar.turns, to: LONG_GAME_TURNS };
  variants.push(combined(`turns-${LONG_GAME_TURNS}`, 'calendar.turns', [turns], withTurns(base, LONG_GAME_TURNS)));
  variants.push(
    combined(`communities-merged,turns-${LONG_GAME_TURNS}`, 'calendar.turns', [{ path: 'communities', from: count, to: Math.ceil(count / 2) }, turns], withTurns(mergedCommunities(base), LONG_GAME_TURNS)),
  );
  return variants;
}

/**
 * The family of variants. "quick" moves each mechanism's parameters as a group (every
 * parameter moves at least once each way) and is meant for CI; "full" moves every parameter
 * and starting value on its own; "combined" makes two changes at once and larger ones (pairs of
 * mechanisms moved a quarter in opposite directions, the leaf price doubled, half the budget
 * without donors, communities merged or duplicated, a 40-turn game).
 */
export function scenarioVariants(base: Scenario, family: VariantFamily = 'quick'): Variant[] {
  if (family === 'combined') return combinedVariants(base);
  return [...parameterVariants(base, family), ...startVariants(base, family), ...communityVariants(base), ...turnVariants(base)];
}
