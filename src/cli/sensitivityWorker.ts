/**
 * A worker thread of npm run sensitivity: rebuilds the same variant family from the same file
 * (variants are a pure function of the scenario), then evaluates every fact on the variants it
 * is handed, one index at a time (-1 is the scenario as shipped).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FACTS } from '../analysis/facts.ts';
import { scenarioVariants, type VariantFamily } from '../analysis/variants.ts';
import { loadScenarioFile } from './common.ts';

export interface WorkerSetup {
  readonly scenarioPath: string;
  readonly family: VariantFamily;
  readonly seeds: number;
}

const setup = workerData as WorkerSetup;
const base = loadScenarioFile(setup.scenarioPath);
const variants = scenarioVariants(base, setup.family);

parentPort!.on('message', (index: number) => {
  const scenario = index < 0 ? base : variants[index]!.scenario;
  parentPort!.postMessage({ index, results: FACTS.map((fact) => fact.evaluate(scenario, { seeds: setup.seeds })) });
});
