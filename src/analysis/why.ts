/**
 * "What changed and why", leading with people: for each community, how its trust and security
 * moved in a turn and the few causes behind each move, with the evidence each cause rests on;
 * then the full ledger of the turn grouped by community so that every line can be reached.
 * Pure: it reads the engine's attributed deltas and never recomputes an outcome.
 */
import { deltasOf, leafPriceNow, toDisplay, type Delta, type GameState, type TurnReport } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';

export type Grade = Scenario['evidence'][number]['grade'];

/** The two measures the per-community summary leads with: what people feel. */
export const PEOPLE_METRICS = ['trust', 'security'] as const;
export type PeopleMetric = (typeof PEOPLE_METRICS)[number];

export interface Citation {
  readonly author: string;
  readonly title: string;
  readonly locator: string;
  readonly url: string | null;
}

/** Where a cause's claim comes from: the evidence note, its grade and its source. */
export interface Evidence {
  readonly id: string;
  readonly grade: Grade;
  readonly paraphrase: string;
  readonly citation: Citation | null;
}

/**
 * One cause of a move: a mechanism (or `event:<id>`), a variant that says which of the
 * mechanism's paths was at work this turn (so the plain words can be specific), and the amount.
 */
export interface Cause {
  readonly mechanism: string;
  readonly variant: string;
  /** In display units (index points). */
  readonly amount: number;
  readonly evidence: Evidence | null;
}

export interface Move {
  readonly metric: PeopleMetric;
  readonly before: number;
  readonly after: number;
  readonly change: number;
  /** The biggest causes, at most `MAX_CAUSES`, biggest first; after the first, none below `MINOR_CAUSE`. */
  readonly causes: readonly Cause[];
  /** Sum of the causes left out, so the shown causes plus this add up to the change. */
  readonly rest: number;
}

export interface CommunityWhy {
  readonly id: string;
  readonly name: string;
  readonly trust: Move;
  readonly security: Move;
}

/** Three causes at most per move: enough to tell the story, few enough to read. */
export const MAX_CAUSES = 3;
/** Moves smaller than this (index points) are not worth a student's attention in the summary. */
export const NOTABLE_CHANGE = 0.5;
/** Causes smaller than this (index points) join the rest rather than take a clause of their own. */
export const MINOR_CAUSE = 0.2;

export function evidenceFor(scenario: Scenario, id: string): Evidence | null {
  const note = scenario.evidence.find((e) => e.id === id);
  if (!note) return null;
  const source = scenario.sources.find((s) => s.id === note.source);
  return {
    id: note.id,
    grade: note.grade,
    paraphrase: note.paraphrase,
    citation: source ? { author: source.author, title: source.title, locator: note.locator, url: source.url ?? null } : null,
  };
}

/**
 * Which path of a mechanism moved a community's trust or security this turn, read from the same
 * turn's other deltas for that community (an eradication raid, an abuse, a reprisal).
 */
function variantOf(mechanism: string, metric: PeopleMetric, amount: number, happened: ReadonlySet<string>): string {
  if (mechanism.startsWith('event:')) return amount >= 0 ? 'up' : 'down';
  switch (mechanism) {
    case 'eradication-shock':
      return happened.has('eradicatedHectares') ? 'raid' : 'grievance';
    case 'committee-risk':
      return happened.has('abuses') ? 'abuse' : 'grievance';
    case 'two-fires':
      if (metric === 'security' || happened.has('reprisals')) return 'reprisal';
      return 'operations';
    case 'state-substitution':
      return amount >= 0 ? 'presence' : 'substitution';
    default:
      return amount >= 0 ? 'up' : 'down';
  }
}

function moveOf(scenario: Scenario, metric: PeopleMetric, before: number, after: number, deltas: readonly Delta[], happened: ReadonlySet<string>): Move {
  const byMechanism = new Map<string, { amount: number; evidence: string }>();
  for (const d of deltas) {
    if (d.metric !== metric) continue;
    const entry = byMechanism.get(d.mechanism) ?? { amount: 0, evidence: d.evidence };
    entry.amount += toDisplay(metric, d.amount);
    byMechanism.set(d.mechanism, entry);
  }
  const all = [...byMechanism.entries()]
    .filter(([, e]) => e.amount !== 0)
    .map(([mechanism, e]) => ({ mechanism, variant: variantOf(mechanism, metric, e.amount, happened), amount: e.amount, evidence: evidenceFor(scenario, e.evidence) }))
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount) || a.mechanism.localeCompare(b.mechanism));
  // At least the biggest cause is named, however small; the others only if they count.
  const causes = all.slice(0, MAX_CAUSES).filter((c, i) => i === 0 || Math.abs(c.amount) >= MINOR_CAUSE);
  const rest = all.slice(causes.length).reduce((sum, c) => sum + c.amount, 0);
  return { metric, before, after, change: after - before, causes, rest };
}

/**
 * Per community, how trust and security moved from `before` to `after` (the report's turn) and
 * why, biggest mover first. `report.record` must be the explained record of that turn.
 */
export function explainCommunities(scenario: Scenario, before: GameState, after: GameState, report: TurnReport): CommunityWhy[] {
  const perCommunity = new Map<string, Delta[]>();
  for (const d of deltasOf(report.record)) {
    if (d.community === null) continue;
    const list = perCommunity.get(d.community) ?? [];
    list.push(d);
    perCommunity.set(d.community, list);
  }
  return scenario.communities
    .map((def, i) => {
      const deltas = perCommunity.get(def.id) ?? [];
      const happened = new Set(deltas.filter((d) => d.amount > 0).map((d) => d.metric));
      const was = before.communities[i]!;
      const now = after.communities[i]!;
      return {
        id: def.id,
        name: def.name,
        trust: moveOf(scenario, 'trust', toDisplay('trust', was.trust), toDisplay('trust', now.trust), deltas, happened),
        security: moveOf(scenario, 'security', toDisplay('security', was.security), toDisplay('security', now.security), deltas, happened),
      };
    })
    .sort((a, b) => size(b) - size(a) || a.name.localeCompare(b.name));
}

const size = (c: CommunityWhy): number => Math.max(Math.abs(c.trust.change), Math.abs(c.security.change));

/** Whether a community's summary is worth showing first (the rest stay one click away). */
export function isNotable(c: CommunityWhy): boolean {
  return size(c) >= NOTABLE_CHANGE;
}

/** Whether one measure moved enough to be told in the summary. */
export function isNotableMove(move: Move): boolean {
  return Math.abs(move.change) >= NOTABLE_CHANGE;
}

/** One line of the full ledger: a mechanism's summed effect on one metric of one community. */
export interface LedgerLine {
  readonly mechanism: string;
  readonly metric: Delta['metric'];
  /** In display units. */
  readonly amount: number;
  readonly evidence: string;
}

export interface LedgerGroup {
  /** Community id, or null for region-wide figures (the clan, donor funding). */
  readonly community: string | null;
  readonly lines: readonly LedgerLine[];
}

/**
 * Rough weight so hectares, money and incidents can be ordered next to index points inside a
 * group: 50 ha or 5 M soles count like one point; one incident like five points.
 */
export function weight(line: Pick<LedgerLine, 'metric' | 'amount'>): number {
  const value = Math.abs(line.amount);
  if (line.metric === 'cocaHectares' || line.metric === 'licitHectares' || line.metric === 'eradicatedHectares') return value / 50;
  if (line.metric === 'developmentInvested' || line.metric === 'donorFunding') return value / 5;
  if (line.metric === 'abuses' || line.metric === 'reprisals' || line.metric === 'civilianHarm') return value * 5;
  return value;
}

const PEOPLE_FIRST: readonly string[] = PEOPLE_METRICS;

/**
 * Every delta of a turn, summed per community, mechanism and metric, nothing dropped: groups in
 * scenario order with the region last; inside a group trust and security first, then by weight.
 */
export function groupLedger(scenario: Scenario, report: TurnReport): LedgerGroup[] {
  const groups = new Map<string | null, Map<string, LedgerLine>>();
  for (const key of [...scenario.communities.map((c) => c.id), null]) groups.set(key, new Map());
  for (const d of deltasOf(report.record)) {
    const lines = groups.get(d.community) ?? new Map<string, LedgerLine>();
    groups.set(d.community, lines);
    const key = `${d.mechanism}|${d.metric}`;
    const previous = lines.get(key);
    lines.set(key, { mechanism: d.mechanism, metric: d.metric, amount: (previous?.amount ?? 0) + toDisplay(d.metric, d.amount), evidence: d.evidence });
  }
  const rank = (l: LedgerLine) => (PEOPLE_FIRST.includes(l.metric) ? 0 : 1);
  return [...groups.entries()]
    .map(([community, lines]) => ({
      community,
      lines: [...lines.values()].filter((l) => l.amount !== 0).sort((a, b) => rank(a) - rank(b) || weight(b) - weight(a) || a.mechanism.localeCompare(b.mechanism)),
    }))
    .filter((g) => g.lines.length > 0);
}

/** Lower case without accents, so "asháninka" is found by "ashaninka". */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * The ledger narrowed to lines whose description (community, metric, mechanism, as the screen
 * words them) contains every word of the query; groups left empty are dropped.
 */
export function searchLedger(groups: readonly LedgerGroup[], query: string, describe: (group: LedgerGroup, line: LedgerLine) => string): LedgerGroup[] {
  const words = normalise(query).split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return [...groups];
  return groups
    .map((g) => ({ community: g.community, lines: g.lines.filter((l) => {
      const text = normalise(describe(g, l));
      return words.every((w) => text.includes(w));
    }) }))
    .filter((g) => g.lines.length > 0);
}

/** A community's trust and security at each state of the game so far (start, then after each turn). */
export function communityHistory(before: readonly GameState[], index: number): { trust: number[]; security: number[] } {
  return {
    trust: before.map((s) => toDisplay('trust', s.communities[index]!.trust)),
    security: before.map((s) => toDisplay('security', s.communities[index]!.security)),
  };
}

/** The farm-gate price of coca leaf (soles a kilo, price cards included) at the start of the game, before the turn and after it. */
export interface LeafMarket {
  readonly start: number;
  readonly before: number;
  readonly after: number;
  /** Change over the turn, in percent of the price before it. */
  readonly changePercent: number;
}

export function leafMarket(start: GameState, before: GameState, after: GameState): LeafMarket {
  const was = leafPriceNow(before);
  const now = leafPriceNow(after);
  return { start: leafPriceNow(start), before: was, after: now, changePercent: was > 0 ? ((now - was) / was) * 100 : 0 };
}
