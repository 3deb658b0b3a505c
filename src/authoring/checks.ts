/**
 * Checks beyond the schema and the cross-references: things that are valid data but cannot
 * be what the author meant (a condition that can never hold, levers the budget cannot pay).
 */
import type { Scenario } from '../scenario/schema.ts';
import { INDEX_METRICS } from '../scenario/vocabulary.ts';

export interface Finding {
  readonly level: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
}

const INDEX = new Set<string>([...INDEX_METRICS, 'clanStrength']);

/** Whether a comparison against a value range [lo, hi] can ever be true. */
function satisfiable(op: '<' | '<=' | '>' | '>=', value: number, lo: number, hi: number): boolean {
  switch (op) {
    case '<':
      return lo < value;
    case '<=':
      return lo <= value;
    case '>':
      return hi > value;
    case '>=':
      return hi >= value;
  }
}

export function checkScenario(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  scenario.events.forEach((event, i) => {
    if (event.probability === 0) findings.push({ level: 'warning', path: `events[${i}].probability`, message: `event "${event.id}" has probability 0 and can never happen` });
    event.conditions.forEach((condition, j) => {
      const path = `events[${i}].conditions[${j}]`;
      if (condition.kind === 'community' || condition.kind === 'global') {
        const [lo, hi] = INDEX.has(condition.metric) ? [0, 100] : [0, Number.POSITIVE_INFINITY];
        if (!satisfiable(condition.op, condition.value, lo, hi)) {
          findings.push({ level: 'error', path, message: `${condition.metric} ${condition.op} ${condition.value} can never hold (the metric runs from ${lo} to ${hi === Number.POSITIVE_INFINITY ? 'any size' : hi}), so event "${event.id}" never happens` });
        }
      }
      if (condition.kind === 'lever') {
        const lever = scenario.levers.find((l) => l.id === condition.lever);
        const [lo, hi] = lever ? [lever.min, lever.max] : [0, 0];
        if (!satisfiable(condition.op, condition.value, lo, hi)) {
          const range = lever ? `runs from ${lo} to ${hi}` : 'is not available in this scenario, so it stays at 0';
          findings.push({ level: 'error', path, message: `lever ${condition.lever} ${condition.op} ${condition.value} can never hold (the lever ${range}), so event "${event.id}" never happens` });
        }
      }
    });
  });

  const donor = scenario.mechanisms['donor-pressure'].maxFundingPerTurn;
  const cheapest = Math.min(...scenario.levers.map((l) => l.costPerUnit * Math.min(l.max, l.min + l.step)));
  if (cheapest > scenario.budget.perTurn + donor) {
    findings.push({ level: 'error', path: 'budget.perTurn', message: `the budget (${scenario.budget.perTurn} plus at most ${donor} from donors) cannot pay for one step of any lever (the cheapest costs ${cheapest})` });
  }
  const defaults = scenario.levers.reduce((sum, l) => sum + l.costPerUnit * l.default, 0);
  const opening = scenario.budget.perTurn + donor * scenario.mechanisms['donor-pressure'].floorShare;
  if (defaults > opening + 1e-9) {
    findings.push({ level: 'error', path: 'levers', message: `the levers' default values cost ${defaults}, more than the ${opening.toFixed(1)} available on the first turn` });
  }
  // A figure moved outside the range its own note supports no longer rests on that note as graded.
  scenario.calibration.forEach((entry, i) => {
    const range = entry.supports;
    if (range && (entry.value < range.min || entry.value > range.max)) {
      findings.push({ level: 'warning', path: `calibration[${i}].value`, message: `${entry.path} is ${entry.value}, outside the range its note supports (${range.min} to ${range.max}): regrade the note as an assumption or explain the new value` });
    }
  });
  return findings;
}
