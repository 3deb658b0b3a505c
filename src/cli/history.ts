/**
 * npm run history -- [--scenario FILE] [--seeds N]
 * Plays the scenario's historical policy and clearly different plans over many seeds and compares
 * each with the published yearly record in the scenario's `history` series (src/analysis/history.ts):
 * mean error, year-on-year direction, and whether the record lies inside the p10–p90 band, then
 * the history targets. Exit 0 when every target passes, 1 when one fails, 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { PLANS } from '../analysis/facts.ts';
import { fitSeries, historyTargets, measurePaths, type PlanFit } from '../analysis/history.ts';
import { historicalPolicy } from '../policy/historical.ts';
import type { HistorySeries, Scenario } from '../scenario/schema.ts';
import { formatTable, loadScenarioFile, positiveInt, runCli, UserError } from './common.ts';

const USAGE = 'usage: npm run history -- [--scenario FILE] [--seeds N (>= 2)]';

/** The plans the check must tell apart from what the state did. */
const CONTRASTS = [PLANS.eradicationOnly, PLANS.developmentOnly, PLANS.noLever, PLANS.eradicationAndMilitary];

const share = (x: number): string => `${(x * 100).toFixed(1)}%`;

function printSeries(series: HistorySeries, fits: readonly PlanFit[]): void {
  const change = series.compare === 'change';
  const unit = change ? `change in ${series.measure} since ${fits[0]!.years[0]!.year}` : `${series.measure} (${series.unit})`;
  const shown = (x: number) => (change ? share(x) : x.toFixed(0));
  console.log(`\n== ${series.id}: ${unit}`);
  console.log(series.note);
  for (const fit of fits) {
    console.log(`\n${fit.plan}`);
    console.log(
      formatTable(
        ['year', 'record', 'model mean', 'p10–p90', 'inside', 'error', 'direction'],
        fit.years.map((y) => [
          `${y.year}${y.checked ? '' : ' (unchecked)'}`,
          y.recordLow === y.recordHigh ? shown(y.record) : `${shown(y.record)} (${shown(y.recordLow)}…${shown(y.recordHigh)})`,
          shown(y.mean),
          `${shown(y.p10)}…${shown(y.p90)}`,
          y.inBand ? 'yes' : 'no',
          y.error === null ? 'anchor' : change ? `${(y.error * 100).toFixed(1)} pts` : share(y.error),
          y.directionRight === null ? '' : y.directionRight ? 'right' : 'wrong',
        ]),
      ),
    );
  }
  const anchor = fits[0]!.years[0]!.year;
  console.log(`\nSummary (${change ? `error, direction and band over the years after ${anchor}` : `error and direction over the years after ${anchor}; band over every year in the game`})`);
  console.log(
    formatTable(
      ['plan', 'mean error', 'direction right', 'record in band', `${series.measure} start to end`],
      fits.map((f) => [f.plan, change ? `${(f.meanError * 100).toFixed(1)} pts` : share(f.meanError), `${f.directionRight} of ${f.directionYears}`, `${f.inBand} of ${f.bandYears}`, `${f.changeOverGame >= 0 ? '+' : ''}${share(f.changeOverGame)}`]),
    ),
  );
}

runCli(() => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'scenarios/vraem-2012.json' },
      seeds: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const seedCount = positiveInt(values.seeds, '--seeds', 50);
  if (seedCount < 2) throw new UserError(`--seeds: expected a whole number >= 2 (a band needs two seeds), got "${values.seeds}"`);
  const scenario: Scenario = loadScenarioFile(values.scenario);
  const historical = historicalPolicy(scenario);
  if (!historical) throw new UserError(`${values.scenario}: the scenario has no historical policy (policies/historical*.json) to compare with its record`);
  const levelSeries = scenario.history.filter((s) => s.compare === 'level');
  if (levelSeries.length === 0) throw new UserError(`${values.scenario}: the scenario has no "history" series in its own unit to compare with`);
  const seeds = Array.from({ length: seedCount }, (_, i) => `h${i}`);
  const policies = [historical, ...CONTRASTS.map((make) => make(scenario))];
  console.log(`History check: ${scenario.title}, ${seedCount} seeds per plan`);

  let pass = true;
  for (const series of scenario.history) {
    const fits = policies.map((policy) => fitSeries(scenario, series, policy.name, measurePaths(scenario, series, policy, seeds)));
    printSeries(series, fits);
    if (series.compare !== 'level') continue;
    const targets = historyTargets(fits[0]!, fits.slice(1));
    console.log(`\nTargets for ${series.id}`);
    console.log(formatTable(['target', 'result', 'measured'], targets.map((t) => [t.label, t.pass ? 'PASS' : 'FAIL', t.detail])));
    pass &&= targets.every((t) => t.pass);
  }
  return pass ? 0 : 1;
});
