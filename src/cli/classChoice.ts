/**
 * The class a teacher asks for on the command line (`npm run class`, `npm run class:hosted
 * --open-class`): a shipped scenario, the VRAEM unless `--scenario` names another, and a seed, a
 * fresh one unless `--seed` gives it; as the hub records the class.
 */
import { ENGINE_VERSION } from '../engine/index.ts';
import type { ClassInfo } from '../hub/protocol.ts';
import { contentHash } from '../replay/record.ts';
import { shippedScenarios, UserError } from './common.ts';

export function chosenClass(values: { readonly scenario?: string | undefined; readonly seed?: string | undefined }): ClassInfo {
  const scenarios = shippedScenarios();
  const scenarioId = values.scenario ?? 'vraem-2012';
  const scenario = scenarios.find((s) => s.id === scenarioId);
  if (!scenario) throw new UserError(`--scenario: no shipped scenario "${scenarioId}" (there are: ${scenarios.map((s) => s.id).join(', ')})`);
  const seed = values.seed ?? String(10000 + Math.floor(Math.random() * 90000));
  if (!/^[\p{L}\p{N}_-]{1,64}$/u.test(seed)) throw new UserError(`--seed: letters, digits, - and _ only (at most 64), got "${seed}"`);
  return { scenarioId: scenario.id, scenarioHash: contentHash(scenario), engineVersion: ENGINE_VERSION, seed, turns: scenario.calendar.turns };
}
