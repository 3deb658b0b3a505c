/**
 * Cross-checks for the scenario's voices (./voicesSchema.ts) that the schema cannot express:
 * unique ids, evidence notes that exist, levers the scenario has. One line each. (A line reacting
 * to an event card the scenario lacks is only warned about: a variant without that card still plays.)
 */
import type { Scenario } from './schema.ts';

function duplicates(ids: readonly string[], path: (i: number) => string, errors: string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push(`${path(i)}: duplicate id "${id}"`);
    seen.add(id);
  });
}

export function voicesErrors(s: Scenario): string[] {
  const errors: string[] = [];
  const evidence = new Set(s.evidence.map((e) => e.id));
  const levers = new Set<string>(s.levers.map((l) => l.id));
  duplicates(s.glossary.map((e) => e.id), (i) => `glossary[${i}].id`, errors);
  duplicates(s.advisers.map((a) => a.id), (i) => `advisers[${i}].id`, errors);
  s.advisers.forEach((adviser, i) => {
    duplicates(adviser.lines.map((l) => l.id), (j) => `advisers[${i}].lines[${j}].id`, errors);
    adviser.lines.forEach((line, j) => {
      const path = `advisers[${i}].lines[${j}]`;
      if (line.evidence !== undefined && !evidence.has(line.evidence)) errors.push(`${path}.evidence: unknown evidence note "${line.evidence}"`);
      if (!levers.has(line.advice.lever)) errors.push(`${path}.advice.lever: the scenario has no lever "${line.advice.lever}"`);
    });
  });
  return errors;
}
