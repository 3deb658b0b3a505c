/**
 * npm run bench — engine throughput on one core: full games per second with the explanation
 * record off, on, and on with a state hash every turn, each also as a ratio against a plain
 * immer-produce-per-turn loop of the same size timed in the same run (so a slow or busy machine
 * shows in both); the time of a 1,000-seed sweep; and the consequence analysis of a 20-turn game
 * in which every lever moves every turn (its heaviest case). Prints figures; asserts nothing.
 */
import { produce } from 'immer';
import { parseArgs } from 'node:util';
import { busyRun } from '../analysis/busyRun.ts';
import { analyzeConsequences, listDecisions } from '../analysis/consequences.ts';
import { hashState, recordLength, step } from '../engine/index.ts';
import { buildContext } from '../engine/context.ts';
import { validateDecisions } from '../engine/decisions.ts';
import { Ledger } from '../engine/ledger.ts';
import { Emitter } from '../engine/mechanism.ts';
import { runMechanisms } from '../engine/mechanisms/index.ts';
import { resumeRng } from '../engine/rng.ts';
import { createGame, type GameState } from '../engine/state.ts';
import { tablesOf } from '../engine/tables.ts';
import { policyDecisions } from '../policy/run.ts';
import type { Policy } from '../policy/schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { COMMUNITY_METRICS } from '../scenario/vocabulary.ts';
import { loadPolicyFile, loadScenarioFile, runCli } from './common.ts';
import { oneLine, print } from './terminalText.ts';

function playOnce(scenario: Scenario, policy: Policy, seed: string, explain: boolean, hash: boolean): number {
  let state = createGame(scenario, seed);
  let checksum = 0;
  while (!state.finished) {
    const result = step(scenario, state, policyDecisions(scenario, policy, state), { explain });
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    checksum += recordLength(result.report.record);
    if (hash) checksum += hashState(state).length;
  }
  return checksum + state.clanStrength;
}

/**
 * The yardstick: a game of the same size (same communities, turns and number of changes per
 * turn) where each turn is one immer `produce` adding to the metrics, with nothing computed.
 */
function immerGame(start: GameState, turns: number, changesPerTurn: number): number {
  let state = start;
  for (let turn = 0; turn < turns; turn++) {
    state = produce(state, (draft) => {
      for (let k = 0; k < changesPerTurn; k++) {
        const c = draft.communities[k % draft.communities.length]!;
        c[COMMUNITY_METRICS[k % COMMUNITY_METRICS.length]!] += 1;
      }
      draft.turn += 1;
    });
  }
  return state.turn;
}

/**
 * The ceiling of this engine's design: one mid-game turn's mechanisms alone, run through the
 * emitter into a fresh ledger (record off), with no context, events or next state built. No
 * whole game can run faster than 20 of these.
 */
function mechanismsAlone(scenario: Scenario, policy: Policy): () => number {
  let state = createGame(scenario, 'ceiling');
  for (let turn = 0; turn < Math.floor(scenario.calendar.turns / 2); turn++) {
    const result = step(scenario, state, policyDecisions(scenario, policy, state), { explain: false });
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
  const valid = validateDecisions(scenario, state, policyDecisions(scenario, policy, state));
  if (!valid.ok) throw new Error(valid.error.message);
  const ctx = buildContext(scenario, state, valid.value.levers, valid.value.weights, resumeRng(state.rng));
  const tables = tablesOf(scenario);
  return () => {
    const ledger = new Ledger(state, false, tables);
    runMechanisms(ctx, new Emitter(ctx, ledger));
    return ledger.at(0);
  };
}

interface Rate {
  readonly best: number;
  readonly median: number;
}

/** Best and median of several timed rounds: a shared machine's noise only ever slows a round down. */
function perSecond(play: (round: number, game: number) => number, seconds: number): Rate {
  const rounds: number[] = [];
  let sink = 0;
  for (let round = 0; round < 5; round++) {
    let games = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < (seconds * 1000) / 5) {
      sink += play(round, games);
      games++;
      elapsed = performance.now() - start;
    }
    rounds.push((games / elapsed) * 1000);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  rounds.sort((a, b) => a - b);
  return { best: rounds[rounds.length - 1]!, median: rounds[2]! };
}

/** Changes the engine records per turn on average, for a yardstick of the same size. */
function changesPerTurn(scenario: Scenario, policy: Policy): number {
  let state = createGame(scenario, 'size');
  let changes = 0;
  while (!state.finished) {
    const result = step(scenario, state, policyDecisions(scenario, policy, state));
    if (!result.ok) throw new Error(result.error.message);
    changes += recordLength(result.report.record);
    state = result.state;
  }
  return Math.round(changes / state.turn);
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

  const size = changesPerTurn(scenario, policy);
  const opening = createGame(scenario, 'immer');
  for (let i = 0; i < 100; i++) immerGame(opening, scenario.calendar.turns, size);
  const yardstick = perSecond(() => immerGame(opening, scenario.calendar.turns, size), seconds);
  const off = perSecond((round, game) => playOnce(scenario, policy, `${round}-${game}`, false, false), seconds);
  const on = perSecond((round, game) => playOnce(scenario, policy, `${round}-${game}`, true, false), seconds);
  const hashed = perSecond((round, game) => playOnce(scenario, policy, `${round}-${game}`, true, true), seconds);
  const turn = mechanismsAlone(scenario, policy);
  const turns = scenario.calendar.turns;
  const ceiling = perSecond(() => {
    let sink = 0;
    for (let t = 0; t < turns; t++) sink += turn();
    return sink;
  }, seconds);
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
  const rate = (r: Rate) => `${r.best.toFixed(0).padStart(6)} best, ${r.median.toFixed(0).padStart(6)} median`;
  const ratio = (r: Rate) => `${(r.median / yardstick.median).toFixed(2)}× the yardstick`;
  print(`scenario ${scenario.id}, policy "${oneLine(policy.name)}", ${scenario.calendar.turns} turns, ${scenario.communities.length} communities, node ${process.version}`);
  print(`yardstick: immer produce per turn, ${size} changes: ${rate(yardstick)} games/s`);
  print(`full games per second, explanation off:           ${rate(off)}   ${ratio(off)}`);
  print(`full games per second, explanation on:            ${rate(on)}   ${ratio(on)}`);
  print(`full games per second, explanation on + hashing:  ${rate(hashed)}   ${ratio(hashed)}`);
  print(`ceiling: ${turns} turns of mechanisms alone:        ${rate(ceiling)}   (no context, events or state built)`);
  print(`1,000-seed sweep (explanation off):               ${Math.min(...sweeps).toFixed(0)} ms best of 3`);
  print(`consequences of ${busy.reports.length} turns, ${listDecisions(scenario, busy).length} decisions undone: ${consequenceTimes[0]!.toFixed(0)} ms best, ${consequenceTimes[2]!.toFixed(0)} ms median of 5`);
  const meets = (r: Rate, goal: number) => (r.best >= goal ? 'met' : 'NOT met');
  print(
    `goals (one core): >= 10,000 games/s record off (${meets(off, 10000)}), >= 5,000 record on (${meets(on, 5000)}), ` +
      `>= 2,000 hashing every turn (${meets(hashed, 2000)}); a 1,000-seed sweep under 1,000 ms`,
  );
  return 0;
});
