/**
 * Advisers with a stake: four people who each read the state through their own interest and
 * push one lever each turn, with a promise of what it will bring. They disagree and any of them
 * can be wrong; after the game, `scoreAdvisers` checks each promise against what followed.
 * Pure: reads states and decisions, computes no outcome of its own.
 *
 * Who they are rests on the sources: the army's VRAEM command reads the clan's setbacks as
 * signs that pressure works (Zech 2014, anti-drug strategy section, endnote 18); DEVIDA's head
 * held that without eradication coca does not fall (endnote 19); committee leaders ask the
 * state for support it rarely gives (endnotes 45–46); coca farmers say they would switch crops
 * themselves if other crops paid (endnotes 33–34). The thresholds below are assumptions chosen
 * so each adviser speaks differently as the game moves; they are not findings.
 */
import { summarizeRegion, type Decisions, type GameState, type RegionSummary } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';

export const ADVISER_IDS = ['commander', 'devida', 'committee', 'grower'] as const;
export type AdviserId = (typeof ADVISER_IDS)[number];

/** The region-wide figure an adviser promises will improve, and which way is better. */
export type PromiseMetric = 'clanStrength' | 'cocaHectares' | 'meanSecurity' | 'meanTrust';
const BETTER_WHEN: Record<PromiseMetric, 1 | -1> = { clanStrength: -1, cocaHectares: -1, meanSecurity: 1, meanTrust: 1 };

/** What an adviser saw that made them speak (a key the strings turn into words). */
export type Reading =
  | 'clan-strong'
  | 'clan-weak'
  | 'coca-up'
  | 'coca-down'
  | 'eradication-without-development'
  | 'patrols-need-support'
  | 'patrols-supported'
  | 'raids-hurt'
  | 'no-raids';

export interface Advice {
  readonly adviser: AdviserId;
  readonly reading: Reading;
  /** The figure behind the reading, in display units (clan strength, hectares, index points, %). */
  readonly figure: number;
  readonly lever: LeverId;
  /** +1 raise, −1 lower, 0 hold where it is. */
  readonly direction: 1 | -1 | 0;
  readonly promise: PromiseMetric;
}

/** Each adviser's interest: the figure they promise to improve. */
export const INTEREST: Readonly<Record<AdviserId, PromiseMetric>> = {
  commander: 'clanStrength',
  devida: 'cocaHectares',
  committee: 'meanSecurity',
  grower: 'meanTrust',
};

function leverValue(state: GameState, lever: LeverId): number {
  return state.lastLevers[lever];
}

/**
 * This turn's advice, from the state the student is deciding on and the state a turn earlier
 * (the same state on the first turn).
 */
export function advise(scenario: Scenario, previous: GameState, state: GameState): Advice[] {
  const now = summarizeRegion(scenario, state);
  const before = summarizeRegion(scenario, previous);
  const has = (lever: LeverId) => scenario.levers.some((l) => l.id === lever);
  const advice: Advice[] = [];

  // The commander: the clan is the enemy, and only pressure keeps it down.
  if (has('militaryOperations')) {
    const strong = now.clanStrength >= 40 || now.clanStrength > before.clanStrength;
    advice.push({ adviser: 'commander', reading: strong ? 'clan-strong' : 'clan-weak', figure: now.clanStrength, lever: 'militaryOperations', direction: strong ? 1 : 0, promise: 'clanStrength' });
  }
  // The DEVIDA official: donors count hectares; eradication must go on, paired with development.
  if (has('eradicationPace')) {
    const eradicating = leverValue(state, 'eradicationPace');
    const developing = has('developmentFunding') ? leverValue(state, 'developmentFunding') : 0;
    if (eradicating >= 40 && has('developmentFunding') && developing < 60) {
      advice.push({ adviser: 'devida', reading: 'eradication-without-development', figure: developing, lever: 'developmentFunding', direction: 1, promise: 'cocaHectares' });
    } else {
      const rising = now.cocaHectares >= before.cocaHectares;
      advice.push({ adviser: 'devida', reading: rising ? 'coca-up' : 'coca-down', figure: Math.round(now.cocaHectares), lever: 'eradicationPace', direction: rising ? 1 : 0, promise: 'cocaHectares' });
    }
  }
  // The committee leader: give the patrols shotguns and radios and they will keep order.
  if (has('committeeSupport')) {
    const support = leverValue(state, 'committeeSupport');
    const wanting = support < 60;
    advice.push({ adviser: 'committee', reading: wanting ? 'patrols-need-support' : 'patrols-supported', figure: support, lever: 'committeeSupport', direction: wanting ? 1 : 0, promise: 'meanSecurity' });
  }
  // The growers' representative: stop the raids; families trust a state that leaves them a living.
  if (has('eradicationPace')) {
    const pace = leverValue(state, 'eradicationPace');
    advice.push(
      pace > 0
        ? { adviser: 'grower', reading: 'raids-hurt', figure: pace, lever: 'eradicationPace', direction: -1, promise: 'meanTrust' }
        : { adviser: 'grower', reading: 'no-raids', figure: now.meanTrust, lever: has('developmentFunding') ? 'developmentFunding' : 'eradicationPace', direction: has('developmentFunding') ? 1 : 0, promise: 'meanTrust' },
    );
  }
  return advice;
}

/** Turns over which a promise is judged: a year of quarters, or what is left of the game. */
export const HORIZON_TURNS = 4;

export interface AdviserScore {
  readonly adviser: AdviserId;
  /** Turns the student said they heeded this adviser. */
  readonly heeded: number;
  /** Turns the student's levers moved the way this adviser asked. */
  readonly followed: number;
  /** Of the followed turns, those after which the promised figure improved within the horizon. */
  readonly boreOut: number;
  /** The promised figure's change over the whole game, in display units. */
  readonly overall: number;
}

function figure(summary: RegionSummary, metric: PromiseMetric): number {
  return summary[metric];
}

/** Whether a turn's decisions moved the advised lever the advised way (holding counts for 0). */
export function followed(advice: Advice, state: GameState, decisions: Decisions): boolean {
  const before = state.lastLevers[advice.lever];
  const after = decisions.levers?.[advice.lever] ?? before;
  return advice.direction === 0 ? after === before : Math.sign(after - before) === advice.direction;
}

/**
 * Whose advice the outcome bore out. `states` holds the start and the state after each turn;
 * `decisions[i]` and `heeded[i]` belong to the turn played from `states[i]`. The advice of each
 * turn is recomputed from the states, so the score needs no record of what was said.
 */
export function scoreAdvisers(
  scenario: Scenario,
  states: readonly GameState[],
  decisions: readonly Decisions[],
  heeded: readonly (AdviserId | null)[],
): AdviserScore[] {
  const summaries = states.map((s) => summarizeRegion(scenario, s));
  const tally = new Map<AdviserId, { heeded: number; followed: number; boreOut: number }>(ADVISER_IDS.map((id) => [id, { heeded: 0, followed: 0, boreOut: 0 }]));
  for (let turn = 0; turn < decisions.length && turn + 1 < states.length; turn++) {
    const said = advise(scenario, states[Math.max(0, turn - 1)]!, states[turn]!);
    for (const advice of said) {
      const entry = tally.get(advice.adviser)!;
      if (heeded[turn] === advice.adviser) entry.heeded++;
      if (!followed(advice, states[turn]!, decisions[turn]!)) continue;
      entry.followed++;
      const later = summaries[Math.min(summaries.length - 1, turn + HORIZON_TURNS)]!;
      const change = figure(later, advice.promise) - figure(summaries[turn]!, advice.promise);
      if (change * BETTER_WHEN[advice.promise] > 0) entry.boreOut++;
    }
  }
  const first = summaries[0]!;
  const last = summaries[summaries.length - 1]!;
  return ADVISER_IDS.filter((id) => advise(scenario, states[0]!, states[0]!).some((a) => a.adviser === id)).map((id) => ({
    adviser: id,
    ...tally.get(id)!,
    overall: figure(last, INTEREST[id]) - figure(first, INTEREST[id]),
  }));
}

/** Whether a figure's change is for the better from this adviser's point of view. */
export function isBetter(adviser: AdviserId, change: number): boolean {
  return change * BETTER_WHEN[INTEREST[adviser]] > 0;
}
