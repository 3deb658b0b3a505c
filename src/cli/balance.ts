/**
 * npm run balance -- [--scenario FILE] [--levels N] [--seeds N] [--policies DIR]
 * Plays a grid of constant lever settings, a family of adaptive plans and the shipped policies
 * over many seeds, and prints the balance report (src/analysis/balance.ts) with the targets of
 * the model's robustness goals. Exit 0 when every target passes, 1 when one fails, 2 on bad input.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bestLeverRanges, goodCount, leverGrid, leverLevels, playBalance, ratingScore, SIGNIFICANCE, type BalanceReport, type PlanRun } from '../analysis/balance.ts';
import { Policy } from '../policy/schema.ts';
import { parseJsonText } from '../scenario/json.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formatNumber, formatTable, InvalidFile, loadPolicyFile, loadScenarioFile, positiveInt, readText, runCli, sweepSeeds, UserError } from './common.ts';
import { oneLine, print } from './terminalText.ts';

const USAGE = 'usage: npm run balance -- [--scenario FILE] [--levels N (>= 3)] [--seeds N] [--policies DIR]';
const FRONT_ROWS = 20;

/**
 * The policies in a folder that fit the scenario. A file that is not a valid policy is an
 * error; a valid policy written for another scenario (other lever ranges, other communities,
 * a larger budget) is skipped and named, so one folder can serve several scenarios.
 */
function loadPolicies(dir: string, scenario: Scenario): { policies: Policy[]; skipped: string[] } {
  const policies: Policy[] = [];
  const skipped: string[] = [];
  for (const file of policyFiles(dir)) {
    try {
      policies.push(loadPolicyFile(file, scenario));
    } catch (error) {
      const json = parseJsonText(readText(file));
      // A policy that fits another scenario is a file with errors for this one (InvalidFile): skipped.
      if (!(error instanceof InvalidFile) || !json.ok || !Policy.safeParse(json.value).success) throw error;
      skipped.push(`${file} (${error.message.split('\n')[0]!.slice(file.length + 2)})`);
    }
  }
  return { policies, skipped };
}

function policyFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new UserError(`--policies: ${dir}: not a readable folder`);
  }
  if (names.length === 0) throw new UserError(`--policies: ${dir}: no .json policy files`);
  return names.map((n) => join(dir, n));
}

const short = (scenario: Scenario) => scenario.assessment.map((c) => c.label);
const round = (values: readonly number[]) => values.map((v) => Number(formatNumber(v)));

function printReport(scenario: Scenario, report: BalanceReport, header: string): void {
  const { grid, front, comparison } = report;
  const lever = scenario.levers.map((l) => l.id);
  print(header);

  const byScore = [...front].sort((a, b) => ratingScore(scenario, b.means) - ratingScore(scenario, a.means));
  print(`\nPareto front over the ${scenario.assessment.length} criteria (means over the seeds): ${front.length} of ${grid.length} settings${front.length > FRONT_ROWS ? `; the ${FRONT_ROWS} with the best rating score` : ''}`);
  print(
    formatTable(
      [...lever, ...short(scenario), 'good', 'score'],
      byScore.slice(0, FRONT_ROWS).map((r) => [...lever.map((id) => r.levers![id]), ...round(r.means), goodCount(scenario, r.means), ratingScore(scenario, r.means).toFixed(2)]),
    ),
  );

  const top = Math.min(15, grid.length);
  print(`\nLevers among the ${top} constant settings with the best rating score: ${bestLeverRanges(scenario, grid, top).map((r) => `${r.lever} ${r.min === r.max ? r.min : `${r.min}-${r.max}`}`).join(', ')}`);

  print(`\nRaising one lever, all else equal: pairs of settings that differ only in it; a change counts beyond ${SIGNIFICANCE} standard errors of the paired difference`);
  print(
    formatTable(
      ['lever', 'pairs', 'worsens some', 'improves all', ...short(scenario).map((l) => `worsens ${l}`)],
      report.levers.map((l) => [l.lever, l.pairs, l.worsening, l.improvingAll, ...l.worsensByCriterion]),
    ),
  );

  print('\nShare of each criterion\'s variance that lies between seeds of the same plan (within-plan variance / total, over the grid)');
  print(formatTable(['criterion', 'seed share %'], scenario.assessment.map((c, k) => [c.label, Number((report.seedShares[k]! * 100).toFixed(1))])));

  print(`\nConstant plans by the number of criteria their means rate "good": ${report.goodHistogram.map((n, k) => `${k}: ${n}`).join(', ')}`);

  const best = comparison.bestConstant;
  print(`\nAdaptive plans against the best constant plan (${lever.map((id) => `${id} ${best.levers![id]}`).join(', ')}), by rating score; +/- = better/worse beyond noise`);
  const row = (name: string, run: PlanRun, verdicts: readonly number[] | null, dominated: string) => [
    name,
    ...scenario.assessment.map((_, k) => `${formatNumber(run.means[k]!)}${verdicts ? (verdicts[k]! > 0 ? ' +' : verdicts[k]! < 0 ? ' -' : '  ') : '  '}`),
    ratingScore(scenario, run.means).toFixed(2),
    goodCount(scenario, run.means),
    dominated,
  ];
  print(
    formatTable(
      ['plan', ...short(scenario), 'score', 'good', 'dominated by a constant'],
      [
        row('(best constant)', best, null, ''),
        ...[...comparison.adaptive].sort((a, b) => b.score - a.score).map((a) => row(a.run.plan.name, a.run, a.verdicts, a.dominatedByConstant ? 'yes' : 'no')),
      ],
    ),
  );

  for (const a of comparison.adaptive) print(`  ${a.run.plan.name}: ${a.run.plan.description}`);

  if (comparison.retimed.length > 0) {
    print('\nRe-timed plans against the constant plan they re-time: does timing alone change the outcome?');
    print(
      formatTable(
        ['plan', ...short(scenario), 'better on', 'worse on'],
        comparison.retimed.map((r) => [
          r.run.plan.name,
          ...scenario.assessment.map((_, k) => `${formatNumber(r.basis.means[k]!)} → ${formatNumber(r.run.means[k]!)}${r.verdicts[k]! > 0 ? ' +' : r.verdicts[k]! < 0 ? ' -' : ''}`),
          r.verdicts.filter((v) => v > 0).length,
          r.verdicts.filter((v) => v < 0).length,
        ]),
      ),
    );
  }

  print('\nShipped policies: 10th-90th percentile of the seeds at the end of the game');
  print(
    formatTable(
      ['policy', 'trust p10', 'trust p90', 'span (points)', 'coca ha p10', 'coca ha p90', 'span (% of median)'],
      report.spreads.map((s) => [s.name, s.trust.p10, s.trust.p90, s.trust.span, s.coca.p10, s.coca.p90, s.coca.spanPercent]),
    ),
  );

  print('\nTargets');
  for (const t of report.targets) print(`${t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.figure}`);
}

runCli(() => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'scenarios/vraem-2012.json' },
      levels: { type: 'string' },
      seeds: { type: 'string' },
      policies: { type: 'string', default: 'policies' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    print(USAGE);
    return 0;
  }
  const levels = positiveInt(values.levels, '--levels', 3);
  if (levels < 3) throw new UserError(`--levels: expected a whole number >= 3, got "${values.levels}"`);
  if (levels > 11) throw new UserError(`--levels: at most 11 levels (11^5 settings already take hours), got "${values.levels}"`);
  const seedCount = positiveInt(values.seeds, '--seeds', 50);
  if (seedCount < 2) throw new UserError(`--seeds: expected a whole number >= 2 (a spread needs two seeds), got "${values.seeds}"`);
  const scenario = loadScenarioFile(values.scenario);
  const { policies, skipped } = loadPolicies(values.policies, scenario);
  if (policies.length === 0) throw new UserError(`--policies: ${values.policies}: no policy fits ${values.scenario}`);

  const started = performance.now();
  const seeds = sweepSeeds('1', seedCount);
  const affordable = leverGrid(scenario, levels).length;
  if (affordable < 2) throw new UserError(`${values.scenario}: only ${affordable} lever setting(s) of the grid fit the budget`);
  const played = playBalance(scenario, { levels, seeds, policies });
  const { report } = played;
  skipped.push(...played.skipped);
  const seconds = (performance.now() - started) / 1000;
  const total = scenario.levers.reduce((n, lever) => n * leverLevels(lever, levels).length, 1);
  printReport(
    scenario,
    report,
    `${oneLine(scenario.title)}\n${scenario.levers.length} levers at ${levels} levels: ${total} settings, ${affordable} within the budget of ${scenario.budget.perTurn} ${scenario.budget.currency} a turn; ` +
      `${report.comparison.adaptive.length} adaptive plans; ${report.spreads.length} shipped policies; ${seedCount} seeds each (${seeds[0]}…${seeds[seeds.length - 1]}); ${seconds.toFixed(1)} s` +
      (skipped.length > 0 ? `\npolicies that do not fit this scenario, skipped: ${skipped.join('; ')}` : ''),
  );
  return report.targets.every((t) => t.pass) ? 0 : 1;
});
