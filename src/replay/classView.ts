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

/** Loaded runs by scenario (id and title), the largest group first. */
export function scenarioGroups(runs: readonly { readonly scenarioId: string; readonly title: string }[]): { id: string; title: string; runs: number }[] {
  const groups = new Map<string, { id: string; title: string; runs: number }>();
  for (const run of runs) {
    const group = groups.get(run.scenarioId) ?? { id: run.scenarioId, title: run.title, runs: 0 };
    group.runs++;
    groups.set(run.scenarioId, group);
  }
  return [...groups.values()].sort((a, b) => b.runs - a.runs);
}
