/**
 * A worker's first moments: the paths a debrief runs hot (stepping with and without the record,
 * hashing states, parsing and verifying a replay file, replaying a run on other seeds) run a few times as soon as the worker
 * starts, so the JavaScript engine has compiled them before a teacher's files or a lever move
 * arrive. Without it the first 40 replays are verified by cold code, several times slower.
 */
import { seedSeries } from '../analysis/outcomeBand.ts';
import { playPolicy } from '../policy/run.ts';
import type { Scenario } from '../scenario/schema.ts';
import { spreadAcrossSeeds } from './analysis.ts';
import { recordReplay } from './record.ts';
import { loadReplayText } from './verify.ts';

const WARM_SEEDS = Array.from({ length: 24 }, (_, i) => `warm-up-${i}`);

export function warmUp(scenario: Scenario, shipped: readonly Scenario[]): void {
  seedSeries(scenario, [], {}, WARM_SEEDS);
  const policy = { name: 'warm-up', description: 'warm-up', levers: {}, turns: [], choices: { rule: 'first' as const, byEvent: {} } };
  const game = playPolicy(scenario, policy, 'warm-up');
  spreadAcrossSeeds(scenario, game.decisions, WARM_SEEDS);
  const text = JSON.stringify(recordReplay({ scenario, seed: 'warm-up', ...game }));
  for (let i = 0; i < 6; i++) loadReplayText(text, { shipped });
}
