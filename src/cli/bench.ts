/**
 * npm run bench — engine throughput on one core, as ratios measured in one run so a slow or busy
 * machine shows in both sides of each: the whole game with the explanation record off against
 * the ceiling of the design (the mechanisms alone), the record on against off, hashing every turn
 * against off, and every figure against a fixed arithmetic loop (a reference that moves with the
 * machine, not with the engine). Time is the process's CPU time; the measures are interleaved
 * round by round, and each ratio is taken between bests and between medians of the rounds. Then: whether games 1,000–2,000 of a fresh
 * process cost what games 2,000–3,000 do (a deoptimisation would show), the time of a 1,000-seed
 * sweep and the consequence analysis of a 20-turn game in which every lever moves every turn.
 * Prints figures; asserts nothing.
 */
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
import { createGame } from '../engine/state.ts';
import { tablesOf } from '../engine/tables.ts';
import { policyDecisions } from '../policy/run.ts';
import type { Policy } from '../policy/schema.ts';
import type { Scenario } from '../scenario/schema.ts';
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
 * The reference: a fixed loop of whole-number arithmetic (a linear congruential generator), the
 * same work in every version of the engine. It moves with the machine (its load, its clock) and
 * with nothing else, so figures divided by it compare across runs and machines.
 */
function reference(): number {
  let x = 1;
  let sum = 0;
  for (let i = 0; i < 20_000; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    sum = (sum + (x >> 8)) % 1000003;
  }
  return sum;
}

/**
 * The ceiling of this engine's design: one mid-game turn's mechanisms alone, run through the
 * emitter into a ledger opened on the turn's state as step opens its own (record off), with no
 * context, events or next state built. No whole game can run faster than 20 of these.
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
  const ledger = new Ledger(state, false, tablesOf(scenario));
  return () => {
    ledger.open(state, false);
    runMechanisms(ctx, new Emitter(ctx, ledger));
    return ledger.at(0);
  };
}

interface Rate {
  readonly best: number;
  readonly median: number;
}

const ROUNDS = 7;

/**
 * Milliseconds of this process's CPU time: on a machine others share, the time it waits for a
 * core does not count, only the time it computes (wall-clock figures swung 2–3× under load).
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Each measure's rate in calls per second, round by round, the measures interleaved within each
 * round (a shared machine's load falls on all of them alike): per measure, its rate in each round.
 */
function interleaved(measures: Record<string, () => number>, seconds: number): Record<string, number[]> {
  const rates: Record<string, number[]> = Object.fromEntries(Object.keys(measures).map((name) => [name, []]));
  const slice = (seconds * 1000) / ROUNDS / Object.keys(measures).length;
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(measures)) {
      let calls = 0;
      const start = cpuMs();
      let elapsed = 0;
      while (elapsed < slice) {
        sink += run();
        calls++;
        elapsed = cpuMs() - start;
      }
      rates[name]!.push((calls / elapsed) * 1000);
    }
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return rates;
}

/** Best and median of some rounds' figures: a shared machine's noise only ever slows a round down. */
function bestAndMedian(values: readonly number[]): Rate {
  const sorted = [...values].sort((a, b) => a - b);
  return { best: sorted[sorted.length - 1]!, median: sorted[Math.floor(sorted.length / 2)]! };
}

/** One measure's rate over another's: the best round of one over the best of the other, and likewise the medians. */
function ratios(top: readonly number[], bottom: readonly number[]): Rate {
  const a = bestAndMedian(top);
  const b = bestAndMedian(bottom);
  return { best: a.best / b.best, median: a.median / b.median };
}

/**
 * Milliseconds per 1,000 games for games 0–1,000, 1,000–2,000 and 2,000–3,000 of this process,
 * on fresh seeds: run first, before anything else warms the engine, so a deoptimisation after
 * the first thousand games shows as a later block slower than the one after it.
 */
function blocksOfGames(scenario: Scenario, policy: Policy): number[] {
  const blocks: number[] = [];
  for (let block = 0; block < 3; block++) {
    const start = cpuMs();
    for (let i = 0; i < 1000; i++) playOnce(scenario, policy, `block-${block}-${i}`, false, false);
    blocks.push(cpuMs() - start);
  }
  return blocks;
}

runCli(() => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'scenarios/vraem-2012.json' },
      policy: { type: 'string', default: 'policies/status-quo.json' },
      seconds: { type: 'string', default: '5' },
    },
    strict: true,
  });
  const scenario = loadScenarioFile(values.scenario);
  const policy = loadPolicyFile(values.policy, scenario);
  const seconds = Number(values.seconds);
  const blocks = blocksOfGames(scenario, policy);
  const turn = mechanismsAlone(scenario, policy);
  const turns = scenario.calendar.turns;
  let game = 0;
  const rates = interleaved(
    {
      reference,
      off: () => playOnce(scenario, policy, `off-${game++}`, false, false),
      on: () => playOnce(scenario, policy, `on-${game++}`, true, false),
      hashed: () => playOnce(scenario, policy, `hashed-${game++}`, true, true),
      ceiling: () => {
        let sink = 0;
        for (let t = 0; t < turns; t++) sink += turn();
        return sink;
      },
    },
    seconds,
  );
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
  const ratio = (r: Rate) => `${r.best.toFixed(2)} best, ${r.median.toFixed(2)} median`;
  const meets = (r: Rate, goal: number) => (r.median >= goal ? 'met' : r.best >= goal ? 'met at best, not at median' : 'NOT met');
  const perReference = (name: string) => ratios(rates[name]!, rates['reference']!);
  print(`scenario ${scenario.id}, policy "${oneLine(policy.name)}", ${turns} turns, ${scenario.communities.length} communities, node ${process.version}; ${ROUNDS} rounds, measures interleaved`);
  print(`reference: fixed arithmetic loop:                 ${rate(bestAndMedian(rates['reference']!))} loops/s`);
  for (const [name, label] of [['off', 'explanation off:         '], ['on', 'explanation on:          '], ['hashed', 'explanation on + hashing:'], ['ceiling', 'mechanisms alone (ceiling):']] as const) {
    const per = perReference(name);
    print(`games/s, ${label.padEnd(28)} ${rate(bestAndMedian(rates[name]!))}   (${per.median.toFixed(3)}× the reference's rate, median)`);
  }
  const offCeiling = ratios(rates['off']!, rates['ceiling']!);
  const onOff = ratios(rates['on']!, rates['off']!);
  const hashedOff = ratios(rates['hashed']!, rates['off']!);
  print(`whole game (explanation off) ÷ mechanisms-alone ceiling: ${ratio(offCeiling)}; target >= 0.60 (${meets(offCeiling, 0.6)})`);
  print(`explanation on ÷ off:                                  ${ratio(onOff)}; target >= 0.80 (${meets(onOff, 0.8)})`);
  print(`hashing every turn ÷ off:                              ${ratio(hashedOff)}; target >= 0.60 (${meets(hashedOff, 0.6)})`);
  const drift = blocks[1]! / blocks[2]! - 1;
  print(
    `fresh process, CPU ms per 1,000 games: games 0–1,000 ${blocks[0]!.toFixed(0)}, 1,000–2,000 ${blocks[1]!.toFixed(0)}, 2,000–3,000 ${blocks[2]!.toFixed(0)}; ` +
      `1,000–2,000 vs 2,000–3,000: ${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(1)}%, target within 10% (${Math.abs(drift) <= 0.1 ? 'met' : 'NOT met'})`,
  );
  print(`1,000-seed sweep (explanation off):               ${Math.min(...sweeps).toFixed(0)} ms best of 3`);
  print(`consequences of ${busy.reports.length} turns, ${listDecisions(scenario, busy).length} decisions undone: ${consequenceTimes[0]!.toFixed(0)} ms best, ${consequenceTimes[2]!.toFixed(0)} ms median of 5`);
  return 0;
});
