/**
 * npm run bench — engine throughput on one core: full games per second with the explanation
 * record on and off, the time of a 1,000-seed sweep, and the consequence analysis of a 20-turn
 * game in which every lever moves every turn (its heaviest case). Prints figures; asserts nothing.
 */
import { parseArgs } from 'node:util';
import { busyRun } from '../analysis/busyRun.ts';
import { analyzeConsequences, listDecisions } from '../analysis/consequences.ts';
import { hashState, step } from '../engine/index.ts';
import { createGame } from '../engine/state.ts';
import { policyDecisions } from '../policy/run.ts';
import type { Policy } from '../policy/schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { loadPolicyFile, loadScenarioFile, runCli } from './common.ts';

function playOnce(scenario: Scenario, policy: Policy, seed: string, explain: boolean, hash: boolean): number {
  let state = createGame(scenario, seed);
  let checksum = 0;
  while (!state.finished) {
    const result = step(scenario, state, policyDecisions(scenario, policy, state), { explain });
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    checksum += result.report.deltas.length;
    if (hash) checksum += hashState(state).length;
  }
  return checksum + state.clanStrength;
}

/** Best and median of several timed rounds: a shared machine's noise only ever slows a round down. */
function gamesPerSecond(scenario: Scenario, policy: Policy, explain: boolean, hash: boolean, seconds: number): { best: number; median: number } {
  const rounds: number[] = [];
  let sink = 0;
  for (let round = 0; round < 5; round++) {
    let games = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < (seconds * 1000) / 5) {
      sink += playOnce(scenario, policy, `${round}-${games}`, explain, hash);
      games++;
      elapsed = performance.now() - start;
    }
    rounds.push((games / elapsed) * 1000);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  rounds.sort((a, b) => a - b);
  return { best: rounds[rounds.length - 1]!, median: rounds[2]! };
}

runCli(() => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'scenarios/vraem-2012.json' },
      policy: { type: 'string', default: 'policies/status-quo.json' },
      seconds: { type: 'string', default: '2' },
    },
    strict: true,
  });
  const scenario = loadScenarioFile(values.scenario);
  const policy = loadPolicyFile(values.policy, scenario);
  const seconds = Number(values.seconds);
  // Warm up the JIT before measuring.
  for (let i = 0; i < 300; i++) playOnce(scenario, policy, `warm-${i}`, i % 2 === 0, false);

  const off = gamesPerSecond(scenario, policy, false, false, seconds);
  const on = gamesPerSecond(scenario, policy, true, false, seconds);
  const hashed = gamesPerSecond(scenario, policy, true, true, seconds);
  const sweeps: number[] = [];
  for (let round = 0; round < 3; round++) {
    const sweepStart = performance.now();
    for (let i = 0; i < 1000; i++) playOnce(scenario, policy, String(i), false, false);
    sweeps.push(performance.now() - sweepStart);
  }
  const busy = busyRun(scenario, 'bench');
  const consequenceTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    analyzeConsequences(scenario, busy);
    consequenceTimes.push(performance.now() - start);
  }
  consequenceTimes.sort((a, b) => a - b);
  const rate = (r: { best: number; median: number }) => `${r.best.toFixed(0).padStart(5)} best, ${r.median.toFixed(0).padStart(5)} median`;
  console.log(`scenario ${scenario.id}, policy "${policy.name}", ${scenario.calendar.turns} turns, ${scenario.communities.length} communities, node ${process.version}`);
  console.log(`full games per second, explanation off:           ${rate(off)}`);
  console.log(`full games per second, explanation on:            ${rate(on)}`);
  console.log(`full games per second, explanation on + hashing:  ${rate(hashed)}`);
  console.log(`1,000-seed sweep (explanation off):               ${Math.min(...sweeps).toFixed(0)} ms best of 3`);
  console.log(`consequences of ${busy.reports.length} turns, ${listDecisions(scenario, busy).length} decisions undone: ${consequenceTimes[0]!.toFixed(0)} ms best, ${consequenceTimes[2]!.toFixed(0)} ms median of 5`);
  console.log('targets: >= 2,000 games per second; a 1,000-seed sweep under 1,000 ms');
  return 0;
});
