/**
 * npm run sensitivity -- [--scenario FILE] [--seeds N] [--family quick|full|combined] [--jobs N]
 * Evaluates every stylized fact (src/analysis/facts.ts) on the scenario and on each variant of
 * it (src/analysis/variants.ts) and prints the margins, the failures and, per fact, the
 * parameter its margin moves most with. Exit 0 when every fact holds on every variant (for the
 * combined family: when every fact holds as shipped and points its way on 90% of the variants),
 * 1 when one fails, 2 on bad input. Variants are shared out to worker threads (--jobs, default 2).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { FACTS, factSeeds, type FactResult } from '../analysis/facts.ts';
import { allHold, COMBINED_DIRECTION_SHARE, directionMisses, holdInDirection, summarizeFact, type FactSensitivity } from '../analysis/sensitivity.ts';
import { scenarioVariants, VARIANT_FAMILIES, type Variant, type VariantFamily } from '../analysis/variants.ts';
import { formatTable, loadScenarioFile, positiveInt, runCli, UserError } from './common.ts';
import type { WorkerSetup } from './sensitivityWorker.ts';

const USAGE = 'usage: npm run sensitivity -- [--scenario FILE] [--seeds N] [--family quick|full|combined] [--jobs N]';

/** A worker thread does not inherit tsx's loader, so a few lines of JavaScript register it before loading the worker's module. */
const WORKER_BOOT = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(new URL('./sensitivityWorker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}));`;

/** Facts on each scenario (index -1: as shipped), spread over worker threads that take the next variant when free. */
function evaluateAll(setup: WorkerSetup, count: number, jobs: number): Promise<Map<number, FactResult[]>> {
  const results = new Map<number, FactResult[]>();
  const queue = Array.from({ length: count + 1 }, (_, i) => i - 1);
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: Math.min(jobs, queue.length) }, () => new Worker(WORKER_BOOT, { eval: true, workerData: setup }));
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    for (const worker of workers) {
      const next = () => {
        const index = queue.shift();
        if (index !== undefined) worker.postMessage(index);
        else if (results.size === count + 1) void stop().then(() => resolve(results));
      };
      worker.on('message', (message: { index: number; results: FactResult[] }) => {
        results.set(message.index, message.results);
        process.stderr.write(`\r${results.size}/${count + 1} scenarios evaluated`);
        next();
      });
      worker.on('error', (error) => void stop().then(() => reject(error)));
      next();
    }
  });
}

const margin = (r: FactResult) => `${r.margin.toFixed(2)}${r.holds ? '' : r.direction ? ' ✗' : ' ✗✗'}`;

function print(report: readonly FactSensitivity[], variants: readonly Variant[], header: string, family: VariantFamily): void {
  console.log(header);
  console.log('\nfacts:');
  report.forEach((f, i) => console.log(`  ${i + 1}. ${f.fact.id}: ${f.fact.title}`));
  console.log('\nMargin of each fact (0 is its threshold, > 0 holds, ✗ fails, ✗✗ does not even point its way), on the scenario as shipped and on each variant');
  console.log(
    formatTable(
      ['variant', 'moved', ...report.map((_, i) => `${i + 1}`)],
      [
        ['(as shipped)', '', ...report.map((f) => margin(f.base))],
        ...variants.map((v, j) => [v.id, v.changes.length === 1 ? `${v.changes[0]!.from} → ${Number(v.changes[0]!.to.toFixed(4))}` : v.changes.length > 1 ? `${v.changes.length} values` : '', ...report.map((f) => margin(f.variants[j]!.result))]),
      ],
    ),
  );
  console.log('\nPer fact');
  report.forEach((f, i) => {
    const failed = f.variants.filter((v) => !v.result.holds).map((v) => v.variant.id);
    const sensitive = f.mostSensitive;
    console.log(`${i + 1}. ${f.fact.id}: ${f.base.holds ? 'holds' : 'FAILS'} as shipped (margin ${f.base.margin.toFixed(2)}); ${failed.length === 0 ? `holds on all ${f.variants.length} variants` : `FAILS on ${failed.length} of ${f.variants.length}: ${failed.join(', ')}`}`);
    if (f.weakest) console.log(`   lowest margin ${f.weakest.result.margin.toFixed(2)} on ${f.weakest.variant.id}: ${f.weakest.result.detail}`);
    if (sensitive) console.log(`   most sensitive to ${sensitive.parameter} (${sensitive.variant}: margin ${sensitive.change >= 0 ? '+' : ''}${sensitive.change.toFixed(2)})`);
    if (family === 'combined') {
      const { misses, share } = directionMisses(f);
      const verdict = share >= COMBINED_DIRECTION_SHARE ? 'holds' : 'FAILS';
      console.log(`   in direction: ${verdict} on ${f.variants.length - misses.length} of ${f.variants.length} (${(share * 100).toFixed(0)}%, needs ${COMBINED_DIRECTION_SHARE * 100}%)${misses.length > 0 ? `; points the wrong way on ${misses.map((m) => m.variant.id).join(', ')}` : ''}`);
    }
  });
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'scenarios/vraem-2012.json' },
      seeds: { type: 'string' },
      family: { type: 'string', default: 'quick' },
      jobs: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!(VARIANT_FAMILIES as readonly string[]).includes(values.family)) throw new UserError(`--family: expected one of ${VARIANT_FAMILIES.join(', ')}, got "${values.family}"`);
  const family = values.family as VariantFamily;
  const seeds = positiveInt(values.seeds, '--seeds', 200);
  const jobs = positiveInt(values.jobs, '--jobs', Math.min(2, availableParallelism()));
  const scenario = loadScenarioFile(values.scenario);
  const variants = scenarioVariants(scenario, family);

  const started = performance.now();
  const results = await evaluateAll({ scenarioPath: values.scenario, family, seeds }, variants.length, jobs);
  process.stderr.write('\n');
  const report = FACTS.map((fact, i) =>
    summarizeFact(
      fact,
      results.get(-1)![i]!,
      variants.map((variant, j) => ({ variant, result: results.get(j)![i]! })),
    ),
  );
  const names = factSeeds({ seeds });
  const seconds = (performance.now() - started) / 1000;
  print(
    report,
    variants,
    `${scenario.title}\n${FACTS.length} facts on the scenario and ${variants.length} variants (${family} family), ${seeds} seeds each (${names[0]}…${names[names.length - 1]}); ${jobs} thread(s); ${seconds.toFixed(1)} s`,
    family,
  );
  return (family === 'combined' ? holdInDirection(report) : allHold(report)) ? 0 : 1;
});
