/**
 * The dry run: plays the scenario over many seeds with its default levers and reports what an
 * author would want to know before a class does: numbers that are not numbers, metrics stuck
 * at a bound, events that never fire.
 */
import { createGame, eventById, step, type GameState } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { INDEX_METRICS } from '../scenario/vocabulary.ts';
import { INDEX_MAX } from '../engine/units.ts';
import type { Finding } from './checks.ts';

export interface DryRun {
  readonly seeds: number;
  readonly findings: Finding[];
}

function firstChoices(scenario: Scenario, state: GameState): Record<string, string> {
  return Object.fromEntries(
    state.pendingChoices.map((p) => [p.key, eventById(scenario, p.eventId)?.choice?.options[0]?.id ?? '']),
  );
}

export function dryRun(scenario: Scenario, seeds = 100): DryRun {
  const findings: Finding[] = [];
  const fired = new Set<string>();
  const atBound = new Map<string, number>();
  let observations = 0;
  for (let seed = 0; seed < seeds; seed++) {
    let state = createGame(scenario, `dry-${seed}`);
    while (!state.finished) {
      const result = step(scenario, state, { choices: firstChoices(scenario, state) }, { explain: false });
      if (!result.ok) {
        findings.push({ level: 'error', path: 'levers', message: `turn ${state.turn + 1} of seed dry-${seed} cannot be played with the default levers: ${result.error.message}` });
        return { seeds, findings };
      }
      state = result.state;
      for (const event of result.report.events) fired.add(event.eventId);
      observations++;
      state.communities.forEach((c, i) => {
        for (const metric of INDEX_METRICS) {
          const value = c[metric];
          if (!Number.isFinite(value)) {
            findings.push({ level: 'error', path: `communities[${i}]`, message: `${metric} became ${value} on turn ${state.turn} of seed dry-${seed}` });
            return;
          }
          if (metric.startsWith('grievance')) continue; // grievances rest at 0 by design
          if (value === 0 || value === INDEX_MAX) atBound.set(`${i}|${metric}|${value}`, (atBound.get(`${i}|${metric}|${value}`) ?? 0) + 1);
        }
      });
    }
  }
  for (const [key, count] of atBound) {
    if (count < observations / 2) continue;
    const [index, metric, value] = key.split('|');
    const name = scenario.communities[Number(index)]!.id;
    findings.push({ level: 'warning', path: `communities[${index}]`, message: `${metric} of "${name}" sits at ${Number(value) / 100} for ${Math.round((count / observations) * 100)}% of the turns played` });
  }
  scenario.events.forEach((event, i) => {
    if (!fired.has(event.id)) findings.push({ level: 'warning', path: `events[${i}]`, message: `event "${event.id}" never happened in ${seeds} games with the default levers` });
  });
  return { seeds, findings };
}
