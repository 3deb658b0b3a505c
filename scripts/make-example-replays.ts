/**
 * Regenerates examples/replays/: sample replays for trying the debrief, all on seed 7 so their
 * luck is shared and the class view shows where the policies part ways.
 * Run with: npx tsx scripts/make-example-replays.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parsePolicyText } from '../src/policy/load.ts';
import { playPolicy } from '../src/policy/run.ts';
import { recordReplay } from '../src/replay/record.ts';
import { parseScenarioText } from '../src/scenario/load.ts';

const scenario = parseScenarioText(readFileSync('scenarios/vraem-2012.json', 'utf8'));
if (!scenario.ok) throw new Error(scenario.errors.join('\n'));

const examples: { policy: string; player: string; turns?: number }[] = [
  { policy: 'status-quo', player: 'Example: status quo' },
  { policy: 'eradication-only', player: 'Example: eradication only' },
  { policy: 'paired', player: 'Example: eradication paired with development' },
  { policy: 'committees-with-oversight', player: 'Example: committees with oversight' },
  { policy: 'committees-without-oversight', player: 'Example: committees without oversight' },
  { policy: 'development-only', player: 'Example: development only, stopped after two years', turns: 8 },
];

mkdirSync('examples/replays', { recursive: true });
for (const example of examples) {
  const policy = parsePolicyText(readFileSync(`policies/${example.policy}.json`, 'utf8'), scenario.value);
  if (!policy.ok) throw new Error(policy.errors.join('\n'));
  const game = playPolicy(scenario.value, policy.value, '7', example.turns === undefined ? {} : { turns: example.turns });
  const file = `examples/replays/${example.policy}${example.turns ? '-unfinished' : ''}.json`;
  writeFileSync(file, `${JSON.stringify(recordReplay({ scenario: scenario.value, seed: '7', ...game }, example.player))}\n`);
  console.log(`wrote ${file}`);
}
