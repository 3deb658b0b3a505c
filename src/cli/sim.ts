/**
 * npm run sim -- --scenario FILE --seed S --policy FILE [--runs N] [--csv FILE]
 * Plays the policy headless with the same engine as the browser and prints what happened.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assess, summarizeCommunities, summarizeRegion, type RegionSummary } from '../engine/index.ts';
import { quantile } from '../analysis/stats.ts';
import { playPolicy, PolicyError } from '../policy/run.ts';
import { recordReplay } from '../replay/record.ts';
import type { Policy } from '../policy/schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { csvDocument, formatNumber, formatTable, loadPolicyFile, loadScenarioFile, InvalidFile, positiveInt, requireFlag, runCli, sweepSeeds, UserError } from './common.ts';
import { oneLine, print } from './terminalText.ts';

const USAGE = 'usage: npm run sim -- --scenario FILE --seed SEED --policy FILE [--runs N] [--csv FILE] [--replay-out FILE]';

const REGION_COLUMNS: readonly [keyof RegionSummary, string][] = [
  ['meanTrust', 'trust'],
  ['meanSecurity', 'security'],
  ['meanInsurgentInfluence', 'influence'],
  ['cocaHectares', 'coca ha'],
  ['licitHectares', 'licit ha'],
  ['meanIncome', 'income'],
  ['clanStrength', 'clan'],
  ['abuses', 'abuses'],
  ['civilianHarm', 'harm'],
  ['reprisals', 'reprisals'],
  ['eradicatedHectares', 'eradicated ha'],
];

/** The policy file, named in the message when the engine refuses one of its turns. */
let policyFile = '';

function play(scenario: Scenario, policy: Policy, seed: string) {
  try {
    return playPolicy(scenario, policy, seed, { explain: false });
  } catch (error) {
    if (error instanceof PolicyError) throw new InvalidFile(`${oneLine(policyFile)}: policy "${oneLine(policy.name)}" ${oneLine(error.message)}`);
    throw error;
  }
}

function single(scenario: Scenario, policy: Policy, seed: string, csv: string | undefined, replayOut: string | undefined): void {
  const game = play(scenario, policy, seed);
  const first = game.states[0]!;
  const last = game.states[game.states.length - 1]!;
  const start = summarizeCommunities(scenario, first);
  const end = summarizeCommunities(scenario, last);
  const arrow = (a: number, b: number) => `${formatNumber(a)} → ${formatNumber(b)}`;
  print(`${oneLine(scenario.title)}\npolicy "${oneLine(policy.name)}", seed ${oneLine(seed)}, ${last.turn} turns\n`);
  print(
    formatTable(
      ['community', 'zone', 'trust', 'security', 'influence', 'coca ha', 'licit ha', 'income (soles/yr)', 'abuses', 'harm', 'reprisals'],
      end.map((c, i) => [
        c.name,
        c.zone,
        arrow(start[i]!.trust, c.trust),
        arrow(start[i]!.security, c.security),
        arrow(start[i]!.insurgentInfluence, c.insurgentInfluence),
        arrow(start[i]!.cocaHectares, c.cocaHectares),
        arrow(start[i]!.licitHectares, c.licitHectares),
        arrow(start[i]!.householdIncome, c.householdIncome),
        c.abuses,
        c.civilianHarm,
        c.reprisals,
      ]),
    ),
  );
  const region = summarizeRegion(scenario, last);
  const regionStart = summarizeRegion(scenario, first);
  print(`\nregion: ${REGION_COLUMNS.map(([key, label]) => `${label} ${formatNumber(regionStart[key])} → ${formatNumber(region[key])}`).join(', ')}`);
  const events = game.reports.flatMap((r) => r.events.map((e) => oneLine(`turn ${r.turn}: ${e.title}${e.community ? ` (${e.community})` : ''}`)));
  if (events.length > 0) print(`\nevents:\n  ${events.join('\n  ')}`);
  print('\nassessment:');
  print(formatTable(['criterion', 'value', 'rating'], assess(scenario, last).map((c) => [c.label, c.value, c.rating])));
  if (csv) {
    const rows = game.states.flatMap((state) =>
      summarizeCommunities(scenario, state).map((c) => [state.turn, c.id, c.trust, c.security, c.insurgentInfluence, c.cocaHectares, c.licitHectares, c.householdIncome, c.abuses, c.civilianHarm, c.reprisals]),
    );
    writeFileSync(csv, csvDocument(['turn', 'community', 'trust', 'security', 'insurgentInfluence', 'cocaHectares', 'licitHectares', 'householdIncome', 'abuses', 'civilianHarm', 'reprisals'], rows));
    print(`\nwrote ${game.states.length * scenario.communities.length} rows to ${csv}`);
  }
  if (replayOut) {
    writeFileSync(replayOut, `${JSON.stringify(recordReplay({ scenario, seed, ...game }, `policy: ${policy.name}`))}\n`);
    print(`\nwrote the replay to ${replayOut}`);
  }
}

function sweep(scenario: Scenario, policy: Policy, seeds: readonly string[], csv: string | undefined): void {
  const rows: { seed: string; values: number[] }[] = [];
  const criteria = scenario.assessment;
  for (const seed of seeds) {
    const game = play(scenario, policy, seed);
    const last = game.states[game.states.length - 1]!;
    const region = summarizeRegion(scenario, last);
    const assessed = assess(scenario, last);
    rows.push({ seed, values: [...REGION_COLUMNS.map(([key]) => region[key]), ...assessed.map((c) => c.value)] });
  }
  const labels = [...REGION_COLUMNS.map(([, label]) => label), ...criteria.map((c) => `assessment: ${c.label}`)];
  print(`${oneLine(scenario.title)}\npolicy "${oneLine(policy.name)}", ${seeds.length} runs (seeds ${oneLine(`${seeds[0]}…${seeds[seeds.length - 1]}`)}), end of game\n`);
  print(
    formatTable(
      ['measure', 'mean', 'p10', 'p90'],
      labels.map((label, i) => {
        const values = rows.map((r) => r.values[i]!).sort((a, b) => a - b);
        return [label, values.reduce((a, b) => a + b, 0) / values.length, quantile(values, 0.1), quantile(values, 0.9)];
      }),
    ),
  );
  if (csv) {
    writeFileSync(csv, csvDocument(['seed', ...REGION_COLUMNS.map(([key]) => key), ...criteria.map((c) => c.id)], rows.map((r) => [r.seed, ...r.values])));
    print(`\nwrote ${rows.length} rows to ${csv}`);
  }
}

runCli(() => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      seed: { type: 'string' },
      policy: { type: 'string' },
      runs: { type: 'string' },
      csv: { type: 'string' },
      'replay-out': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    print(USAGE);
    return 0;
  }
  const scenario = loadScenarioFile(requireFlag(values.scenario, '--scenario', USAGE));
  const seed = requireFlag(values.seed, '--seed', USAGE);
  policyFile = requireFlag(values.policy, '--policy', USAGE);
  const policy = loadPolicyFile(policyFile, scenario);
  const runs = positiveInt(values.runs, '--runs', 1);
  if (runs > 1 && values['replay-out']) throw new UserError('--replay-out: records one game; leave out --runs');
  if (runs === 1) single(scenario, policy, seed, values.csv, values['replay-out']);
  else sweep(scenario, policy, sweepSeeds(seed, runs), values.csv);
  return 0;
});
