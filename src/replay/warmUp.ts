/**
 * A worker's first moments: the paths bands and a debrief run hot (stepping with and without the
 * record, hashing states, parsing, verifying and summarising a replay file, replaying a run on
 * other seeds) run on the scenario the page names as soon as the worker starts, so the JavaScript
 * engine has compiled them before a lever move or a teacher's files arrive. Replaying on 24 seeds
 * left the first 200-seed spread twice as slow as the next (the compiler had not yet seen
 * enough). The workers now start on the title screen, so the page names only the default
 * scenario: warming every shipped one in two workers took the cores a student starting a game at
 * once needed. A class of another scenario builds that scenario's tables on its first file.
 * The work comes as short steps (five games, or one file), so a task that arrives meanwhile
 * waits for one step at most: a cold worker on a busy 2-core machine took 190–580 ms over a step
 * of 25 games or four files, which a lever move then waited for. Bands first, since Explore is
 * the first to ask.
 */
import { seedSeries } from '../analysis/outcomeBand.ts';
import type { Decisions } from '../engine/index.ts';
import { playPolicy } from '../policy/run.ts';
import type { Scenario } from '../scenario/schema.ts';
import { spreadAcrossSeeds } from './analysis.ts';
import { recordReplay } from './record.ts';
import { runSummary } from './runSummary.ts';
import { loadReplayText } from './verify.ts';

const WARM_SEEDS = Array.from({ length: 100 }, (_, i) => `warm-up-${i}`);
/** The seeds in steps of five: a task arriving meanwhile waits for five games, not a whole 100-seed run. */
const SEED_STEPS = Array.from({ length: WARM_SEEDS.length / 5 }, (_, i) => WARM_SEEDS.slice(i * 5, i * 5 + 5));
const LOADS = 4;

/**
 * The steps, for the scenarios named (the page names the one its title screen opens on: warming
 * every shipped scenario in two workers took cores a student starting a game at once needed;
 * another scenario's tables are built on its first task).
 */
export function warmUpSteps(shipped: readonly Scenario[], warm: readonly string[]): (() => void)[] {
  const policy = { name: 'warm-up', description: 'warm-up', levers: {}, turns: [], choices: { rule: 'first' as const, byEvent: {} } };
  // A replay file of the scenario, as a teacher's would arrive (made once, on the first step that needs it).
  const files = new Map<Scenario, string>();
  const file = (scenario: Scenario) => {
    const text = files.get(scenario) ?? JSON.stringify(recordReplay({ scenario, seed: 'warm-up', ...playPolicy(scenario, policy, 'warm-up') }));
    files.set(scenario, text);
    return text;
  };
  const load = (scenario: Scenario) =>
    Array.from({ length: LOADS }, () => () => {
      const loaded = loadReplayText(file(scenario), { shipped });
      if (loaded.ok) runSummary('warm-up.json', loaded, -1, shipped);
    });
  // Decisions as a spread request brings them: parsed from a file, then copied between threads.
  const spread = (scenario: Scenario) => {
    let decisions: readonly Decisions[] | undefined;
    return SEED_STEPS.map((seeds) => () => {
      if (!decisions) {
        const loaded = loadReplayText(file(scenario), { shipped });
        if (!loaded.ok) return;
        decisions = loaded.game.decisions;
      }
      spreadAcrossSeeds(scenario, structuredClone(decisions), seeds);
    });
  };
  const band = (scenario: Scenario) => SEED_STEPS.map((seeds) => () => seedSeries(scenario, [], {}, seeds));
  const named = shipped.filter((s) => warm.includes(s.id));
  return [...named.flatMap(band), ...named.flatMap(load), ...named.flatMap(spread)];
}

/**
 * A worker's warm-up queue. The page names the scenario its title opens on, then each one the
 * player picks: a scenario named for the first time goes to the front (the player is about to
 * use it), the rest of an earlier one's steps after it; a scenario named again is not warmed
 * twice. `done` hears of a scenario once its last step has run.
 */
export class WarmUp {
  private readonly named = new Set<string>();
  private readonly queue: { id: string; step: () => void; last: boolean }[] = [];

  constructor(private readonly done: (id: string) => void) {}

  /** Queues the steps of the scenarios named here for the first time (see warmUpSteps). */
  name(shipped: readonly Scenario[], ids: readonly string[]): void {
    const fresh = ids.filter((id) => !this.named.has(id) && shipped.some((s) => s.id === id));
    for (const id of fresh) this.named.add(id);
    const steps = fresh.flatMap((id) => warmUpSteps(shipped, [id]).map((step, i, all) => ({ id, step, last: i === all.length - 1 })));
    this.queue.unshift(...steps);
  }

  /** Runs the next step, if any; whether any are left. */
  runOne(): boolean {
    const next = this.queue.shift();
    if (next) {
      next.step();
      if (next.last) this.done(next.id);
    }
    return this.queue.length > 0;
  }

  get waiting(): number {
    return this.queue.length;
  }
}
