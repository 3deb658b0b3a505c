/**
 * npm run targets -- [--scenario FILE] [--policy FILE] [--seeds N] [--only ID,ID]
 * Prints the model's targets (src/analysis/modelTargets.ts) with their figures: household
 * income under development, committees under oversight, the armed group worn down, its response
 * to eradication perturbed, and communities pinned at zero trust. Exit 0 when every target
 * holds, 1 when one fails, 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { clanResponseTarget, committeeTarget, householdTarget, pinnedTrustTarget, wearDownTarget, type Target } from '../analysis/modelTargets.ts';
import { loadPolicyFile, loadScenarioFile, positiveInt, runCli, UserError } from './common.ts';

const USAGE = 'usage: npm run targets -- [--scenario FILE] [--policy FILE] [--seeds N] [--only household,committees,wear-down,clan-response,pinned]';

runCli(() => {
  let values;
  try {
    ({ values } = parseArgs({ options: { scenario: { type: 'string' }, policy: { type: 'string' }, seeds: { type: 'string' }, only: { type: 'string' } } }));
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n${USAGE}`);
  }
  const scenario = loadScenarioFile(values.scenario ?? 'scenarios/vraem-2012.json');
  const historical = loadPolicyFile(values.policy ?? 'policies/historical.json', scenario);
  const seeds = positiveInt(values.seeds, '--seeds', 50);
  const all: Record<string, () => Target> = {
    household: () => householdTarget(scenario, seeds),
    committees: () => committeeTarget(scenario, seeds),
    'wear-down': () => wearDownTarget(scenario, historical, seeds),
    'clan-response': () => clanResponseTarget(scenario, seeds),
    pinned: () => pinnedTrustTarget(scenario, Math.min(seeds, 8)),
  };
  const only = values.only?.split(',') ?? Object.keys(all);
  for (const id of only) if (!(id in all)) throw new UserError(`--only: unknown target "${id}"\n${USAGE}`);
  let failed = 0;
  for (const id of only) {
    const target = all[id]!();
    if (!target.holds) failed++;
    console.log(`${target.holds ? 'PASS' : 'FAIL'} ${target.id}: ${target.claim}\n     ${target.figures}`);
  }
  return failed > 0 ? 1 : 0;
});
