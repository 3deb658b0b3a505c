/**
 * What a teacher can trust in a class view: which runs count in rankings and class statistics
 * (verified, and finished unless the teacher brings unfinished games in), the order of the
 * ranking, what the header counts, and how the loaded files split across scenarios.
 */
import type { Criterion } from '../scenario/schema.ts';
import type { ClassRow } from './classTable.ts';

/** A run counts in rankings and class statistics only if it verifies and, by default, is finished. */
export function counts(row: ClassRow, includeUnfinished: boolean): boolean {
  return row.verified && (row.finished || includeUnfinished);
}

/**
 * The runs that count, best first on the criterion (in load order if none), then every other
 * run in load order, unranked: an unfinished or unverified game never outranks a finished one.
 */
export function rankRuns<T extends { readonly row: ClassRow }>(runs: readonly T[], criterion: Criterion | undefined, includeUnfinished: boolean): { ranked: T[]; unranked: T[] } {
  const ranked = runs.filter((r) => counts(r.row, includeUnfinished));
  if (criterion) ranked.sort((a, b) => (criterion.better === 'higher' ? -1 : 1) * ((a.row.outcomes[criterion.id] ?? 0) - (b.row.outcomes[criterion.id] ?? 0)));
  return { ranked, unranked: runs.filter((r) => !counts(r.row, includeUnfinished)) };
}

export interface ClassCounts {
  readonly verified: number;
  readonly unverified: number;
  /** Verified but not played to the end. */
  readonly unfinished: number;
  /** Runs in rankings and class statistics with the current setting. */
  readonly counted: number;
}

export function classCounts(rows: readonly ClassRow[], includeUnfinished: boolean): ClassCounts {
  return {
    verified: rows.filter((r) => r.verified).length,
    unverified: rows.filter((r) => !r.verified).length,
    unfinished: rows.filter((r) => r.verified && !r.finished).length,
    counted: rows.filter((r) => counts(r, includeUnfinished)).length,
  };
}

/** A scenario among the loaded runs: one id and one content, so look-alikes with the same title or id stay apart. */
export interface ScenarioGroup {
  readonly key: string;
  readonly id: string;
  readonly hash: string;
  readonly title: string;
  readonly shipped: boolean;
  readonly runs: number;
}

/** The key of a run's scenario: id and content hash. */
export const scenarioKey = (row: Pick<ClassRow, 'scenarioId' | 'scenarioHash'>): string => `${row.scenarioId}#${row.scenarioHash}`;

/** Loaded runs by scenario (id and content hash), the largest group first, the shipped first among equals. */
export function scenarioGroups(runs: readonly { readonly row: ClassRow; readonly title: string }[]): ScenarioGroup[] {
  const groups = new Map<string, ScenarioGroup>();
  for (const { row, title } of runs) {
    const key = scenarioKey(row);
    const group = groups.get(key);
    groups.set(key, { key, id: row.scenarioId, hash: row.scenarioHash, title, shipped: row.shippedScenario, runs: (group?.runs ?? 0) + 1 });
  }
  return [...groups.values()].sort((a, b) => b.runs - a.runs || Number(b.shipped) - Number(a.shipped));
}

/**
 * The class's scenario, whose runs are ranked and compared: a shipped scenario whenever any run
 * plays one unchanged (the teacher's choice among several, else the one most runs play); a
 * custom one only when no run plays a shipped scenario (again the teacher's choice, else the
 * largest group). Whatever file came first, a custom look-alike is never ranked as the class's.
 */
export function referenceGroup(groups: readonly ScenarioGroup[], chosen?: string): ScenarioGroup | undefined {
  const shipped = groups.filter((g) => g.shipped);
  const eligible = shipped.length > 0 ? shipped : groups;
  return eligible.find((g) => g.key === chosen) ?? eligible[0];
}

/** Whether another group has the same title, so the group must be named by id and content hash too. */
export function titleTwin(group: ScenarioGroup, groups: readonly ScenarioGroup[]): boolean {
  return groups.some((g) => g !== group && g.title === group.title);
}
