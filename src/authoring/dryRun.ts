/**
 * The dry run: plays the scenario over many seeds with its default levers and reports what an
 * author would want to know before a class does: numbers that are not numbers (anywhere in a
 * state, its summaries or the assessment), metrics stuck at a bound, events that never fire.
 */
import { assess, createGame, eventById, step, summarizeCommunities, summarizeRegion, type GameState } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { INDEX_METRICS } from '../scenario/vocabulary.ts';
import { INDEX_MAX } from '../engine/units.ts';
import type { Finding } from './checks.ts';
import { firstNonFinite } from './finiteNumbers.ts';

export interface DryRun {
  readonly seeds: number;
  readonly findings: Finding[];
}

function firstChoices(scenario: Scenario, state: GameState): Record<string, string> {
  return Object.fromEntries(
    state.pendingChoices.map((p) => [p.key, eventById(scenario, p.eventId)?.choice?.options[0]?.id ?? '']),
  );
}

/** The first number that is not finite in a state played, its report, its summaries and, at the end, its assessment. */
function notFinite(scenario: Scenario, state: GameState, report: unknown): { path: string; value: number } | null {
  return (
    firstNonFinite(state, 'state') ??
    firstNonFinite(report, 'report') ??
    firstNonFinite(summarizeRegion(scenario, state), 'region') ??
    firstNonFinite(summarizeCommunities(scenario, state), 'communities') ??
    (state.finished ? firstNonFinite(assess(scenario, state).map((c) => c.value), 'assessment') : null)
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
      const broken = notFinite(scenario, state, result.report);
      if (broken) {
        findings.push({ level: 'error', path: '', message: `${broken.path} became ${broken.value} on turn ${state.turn} of seed dry-${seed}` });
        return { seeds, findings };
      }
      for (const event of result.report.events) fired.add(event.eventId);
      observations++;
      state.communities.forEach((c, i) => {
        for (const metric of INDEX_METRICS) {
          const value = c[metric];
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
