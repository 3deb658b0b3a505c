/**
 * The stylized facts of the brief as data: each plays scripted plans from the scenario's own
 * start over many seeds and says whether the fact holds and by how much. Tests, the
 * sensitivity report and authors all use these, so the facts are judged one way everywhere.
 *
 * A fact is made of parts; each part compares an observed effect with the effect the fact
 * requires, on a stated scale. The fact's margin is the smallest part margin,
 * (observed − required) / scale: 0 is the threshold, 1 means one scale unit to spare.
 */
import { createGame, type GameState } from '../engine/state.ts';
import { step } from '../engine/step.ts';
import { leverCost } from '../engine/decisions.ts';
import { measure } from '../engine/assessment.ts';
import { summarizeRegion, type RegionSummary } from '../engine/summary.ts';
import { policyDecisions } from '../policy/run.ts';
import type { Policy } from '../policy/schema.ts';
import type { Scenario } from '../scenario/schema.ts';
import { LEVER_IDS, type LeverId } from '../scenario/vocabulary.ts';

export interface FactResult {
  readonly holds: boolean;
  /** > 0 holds, in the fact's own units, normalised so 0 is the threshold. */
  readonly margin: number;
  /**
   * Whether every part at least points the way the fact says (beyond its neutral value, not
   * necessarily its threshold): the looser reading the combined robustness family is judged by.
   */
  readonly direction: boolean;
  readonly detail: string;
}

export interface FactOptions {
  readonly seeds: number;
  readonly firstSeed?: number;
}

export interface StylizedFact {
  readonly id: string;
  readonly title: string;
  readonly marginReason: string;
  evaluate(scenario: Scenario, options: FactOptions): FactResult;
}

type Levers = Record<LeverId, number>;

/**
 * One comparison inside a fact: `observed` must reach `required`; `scale` is one unit of margin.
 * `neutral` is where the effect vanishes (a gap of 0, a ratio of 1): beyond it the part points
 * the fact's way. Left out, it is the threshold itself (a claim with no looser reading).
 */
interface Part {
  readonly label: string;
  readonly observed: number;
  readonly required: number;
  readonly scale: number;
  readonly neutral?: number;
}

const round = (x: number, digits = 1): string => x.toFixed(digits);

function judge(parts: readonly Part[]): FactResult {
  let margin = Infinity;
  for (const part of parts) margin = Math.min(margin, (part.observed - part.required) / part.scale);
  const detail = parts.map((p) => `${p.label}: ${round(p.observed, 2)} (needs ≥ ${round(p.required, 2)})`).join('; ');
  const direction = parts.every((p) => p.observed > (p.neutral ?? p.required));
  return { holds: margin > 0, margin, direction, detail };
}

export function factSeeds(options: FactOptions): string[] {
  const first = options.firstSeed ?? 0;
  return Array.from({ length: options.seeds }, (_, i) => `s${first + i}`);
}

// ---------------------------------------------------------------------------------------------
// Plans, stated relative to the scenario so the facts mean the same on any variant of it.

/** A lever at a share of its range (snapped to its step); levers left out keep the scenario's default. */
function levers(scenario: Scenario, shares: Partial<Record<LeverId, number>>): Levers {
  const values: Levers = { eradicationPace: 0, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 };
  for (const def of scenario.levers) {
    const share = shares[def.id];
    if (share === undefined) {
      values[def.id] = def.default;
      continue;
    }
    const raw = def.min + share * (def.max - def.min);
    values[def.id] = Math.min(def.max, def.min + Math.round((raw - def.min) / def.step) * def.step);
  }
  return fitBudget(scenario, values);
}

/**
 * A plan the scenario's own budget cannot pay for has every lever scaled down together, each
 * toward its minimum by the same share (snapped down to its step), until it fits: on a smaller
 * budget the plan keeps its shape (eradication alone stays eradication alone, only slower).
 */
export function fitBudget(scenario: Scenario, values: Levers): Levers {
  const budget = scenario.budget.perTurn;
  if (leverCost(scenario, values) <= budget) return values;
  for (let share = 99; share >= 0; share--) {
    const scaled = { ...values };
    for (const def of scenario.levers) {
      scaled[def.id] = def.min + Math.floor(((values[def.id] - def.min) * share) / 100 / def.step + 1e-9) * def.step;
    }
    if (leverCost(scenario, scaled) <= budget) return scaled;
  }
  throw new Error(`no plan fits a budget of ${budget} with every lever at its minimum`);
}

/** Development money shared in proportion to each community's starting coca. */
function cocaAllocation(scenario: Scenario): Record<string, number> {
  return Object.fromEntries(scenario.communities.map((c) => [c.id, c.cocaHectares + 1]));
}

function plan(name: string, constant: Levers, extra: Partial<Pick<Policy, 'turns' | 'allocation'>> = {}): Policy {
  return { name, description: name, levers: constant, turns: extra.turns ?? [], allocation: extra.allocation, choices: { rule: 'first', byEvent: {} } };
}

export const PLANS = {
  statusQuo: (s: Scenario) => plan('status quo', levers(s, {})),
  eradicationOnly: (s: Scenario) => plan('eradication only', levers(s, { eradicationPace: 1, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0 })),
  developmentOnly: (s: Scenario) => plan('development only', levers(s, { eradicationPace: 0, developmentFunding: 1 })),
  paired: (s: Scenario) =>
    plan('eradication with development', levers(s, { eradicationPace: 0.8, developmentFunding: 0.75, militaryOperations: 0.3 }), { allocation: cocaAllocation(s) }),
  committeesWatched: (s: Scenario) => plan('committees with oversight', levers(s, { committeeSupport: 1, committeeOversight: 1 })),
  committeesUnwatched: (s: Scenario) => plan('committees without oversight', levers(s, { committeeSupport: 1, committeeOversight: 0 })),
  noLever: (s: Scenario) => plan('no lever at all', levers(s, { eradicationPace: 0, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 })),
  eradicationAndMilitary: (s: Scenario) =>
    plan('eradication and military at full', levers(s, { eradicationPace: 1, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0, militaryOperations: 1 })),
};

// ---------------------------------------------------------------------------------------------
// Running plans over seeds.

type Intervention = (state: GameState) => GameState;

/** Plays a plan on one seed to `turns`, applying `at[turn]` to the state before that turn is played. */
function play(scenario: Scenario, policy: Policy, seed: string, turns: number, at: Record<number, Intervention> = {}): GameState[] {
  let state = createGame(scenario, seed);
  const states = [state];
  while (state.turn < turns) {
    const before = at[state.turn];
    if (before) state = before(state);
    const result = step(scenario, state, policyDecisions(scenario, policy, state), { explain: false });
    if (!result.ok) throw new Error(`${policy.name}, turn ${state.turn + 1}: ${result.error.message}`);
    state = result.state;
    states.push(state);
  }
  return states;
}

type Summary = Record<keyof RegionSummary, number>;

/** The regional summary at each requested turn, averaged over the seeds. */
export function meanSummaries(scenario: Scenario, policy: Policy, seeds: readonly string[], turns: readonly number[]): Summary[] {
  const last = Math.max(...turns);
  const sums = turns.map(() => ({}) as Summary);
  for (const seed of seeds) {
    const states = play(scenario, policy, seed, last);
    turns.forEach((turn, i) => {
      const region = summarizeRegion(scenario, states[turn]!);
      const sum = sums[i]!;
      for (const key of Object.keys(region) as (keyof RegionSummary)[]) sum[key] = (sum[key] ?? 0) + region[key] / seeds.length;
    });
  }
  return sums;
}

const ends = (scenario: Scenario) => scenario.calendar.turns;
/**
 * Facts about the long run (what development and unsupervised committees do "by the end", "over
 * time") are judged on at least four years, the span of the record (2012–2016): licit crops take
 * two years to yield (economy.licit.maturationTurns) and abuse builds up slowly, so a shorter game
 * ends before the effect the fact claims can show. A shorter scenario is played on to four years.
 */
function longRun(scenario: Scenario): Scenario {
  const turns = Math.round(48 / scenario.calendar.turnMonths);
  return scenario.calendar.turns >= turns ? scenario : { ...scenario, calendar: { ...scenario.calendar, turns } };
}
/** Two years of quarters, or the whole game if shorter. */
const twoYears = (scenario: Scenario) => Math.min(ends(scenario), Math.round(24 / scenario.calendar.turnMonths));

// ---------------------------------------------------------------------------------------------
// The facts.

export const FACTS: readonly StylizedFact[] = [
  {
    id: 'eradication-alone-backfires',
    title: 'Eradication alone ends with lower trust and stronger insurgent influence than the status quo, and coca grows back once it stops',
    marginReason:
      'Trust and influence gaps against the status quo in units of 5 index points (a change a class sees on the map); the trust eradication itself costs (against the same levers without it) in units of 3 points; regrowth as the share of eradication\'s cut that comes back by the end (at least a quarter), in units of 10%.',
    evaluate(scenario, options) {
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const half = Math.floor(end / 2);
      const only = PLANS.eradicationOnly(scenario);
      const never = { ...only, name: 'the same levers without eradication', levers: { ...only.levers, eradicationPace: 0 } };
      const pulse = { ...only, turns: [{ from: half + 1, to: end, levers: { eradicationPace: 0 } }] };
      const [sq] = meanSummaries(scenario, PLANS.statusQuo(scenario), seeds, [end]);
      const [erad] = meanSummaries(scenario, only, seeds, [end]);
      const [neverStop, neverEnd] = meanSummaries(scenario, never, seeds, [half, end]);
      const [stop, after] = meanSummaries(scenario, pulse, seeds, [half, end]);
      // Coca spreads into idle land whatever the cause: regrowth counts as the part of
      // eradication's cut (against the same levers without it) that is gone by the end.
      const cutAtStop = neverStop!.cocaHectares - stop!.cocaHectares;
      const cutAtEnd = neverEnd!.cocaHectares - after!.cocaHectares;
      return judge([
        { label: 'trust below status quo (points)', observed: sq!.meanTrust - erad!.meanTrust, required: 5, scale: 5, neutral: 0 },
        { label: 'influence above status quo (points)', observed: erad!.meanInsurgentInfluence - sq!.meanInsurgentInfluence, required: 5, scale: 5, neutral: 0 },
        { label: 'trust below the same levers without eradication (points)', observed: neverEnd!.meanTrust - erad!.meanTrust, required: 3, scale: 3, neutral: 0 },
        { label: 'share of the cut undone by the end', observed: 1 - cutAtEnd / Math.max(1, cutAtStop), required: 0.25, scale: 0.1, neutral: 0 },
      ]);
    },
  },
  {
    id: 'development-slow-on-coca',
    title: 'Development alone barely moves coca in its first two years, yet trust rises',
    marginReason:
      'Coca may move at most 10% in two years (units of 10%); trust must gain 3 points over the start and over the status quo (units of 3 points, the smallest gain a player reads as a trend).',
    evaluate(scenario, options) {
      const seeds = factSeeds(options);
      const t = twoYears(scenario);
      const [start, sqAt] = meanSummaries(scenario, PLANS.statusQuo(scenario), seeds, [0, t]);
      const [dev] = meanSummaries(scenario, PLANS.developmentOnly(scenario), seeds, [t]);
      return judge([
        { label: 'coca change in two years, share under 10%', observed: 0.1 - Math.abs(dev!.cocaHectares / start!.cocaHectares - 1), required: 0, scale: 0.1 },
        { label: 'trust gain over the start (points)', observed: dev!.meanTrust - start!.meanTrust, required: 3, scale: 3, neutral: 0 },
        { label: 'trust gain over the status quo (points)', observed: dev!.meanTrust - sqAt!.meanTrust, required: 3, scale: 3, neutral: 0 },
      ]);
    },
  },
  {
    id: 'paired-beats-either',
    title: 'Eradication paired with development cuts coca more by the end than either alone, with trust no worse than the status quo',
    marginReason: 'Coca in units of 10% of the better single lever\'s end area (the pair must beat it by 10%); trust in units of 2 points.',
    evaluate(scenario, options) {
      scenario = longRun(scenario);
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const [sq] = meanSummaries(scenario, PLANS.statusQuo(scenario), seeds, [end]);
      const [erad] = meanSummaries(scenario, PLANS.eradicationOnly(scenario), seeds, [end]);
      const [dev] = meanSummaries(scenario, PLANS.developmentOnly(scenario), seeds, [end]);
      const [paired] = meanSummaries(scenario, PLANS.paired(scenario), seeds, [end]);
      const best = Math.min(erad!.cocaHectares, dev!.cocaHectares);
      return judge([
        { label: 'coca saved against the better single lever (share)', observed: 1 - paired!.cocaHectares / best, required: 0.1, scale: 0.1, neutral: 0 },
        { label: 'trust against the status quo (points)', observed: paired!.meanTrust - sq!.meanTrust, required: 0, scale: 2 },
      ]);
    },
  },
  {
    id: 'oversight-matters',
    title: 'Committee support with oversight raises security; without oversight it brings more abuse and, over time, lower trust',
    marginReason:
      'Security gain in units of 5 points; abuse as a ratio (must at least double, units of 1×); the trust gap must exceed 5 points and double between year one and the end (units of 5 points).',
    evaluate(scenario, options) {
      scenario = longRun(scenario);
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const early = Math.min(end, Math.round(12 / scenario.calendar.turnMonths));
      const [sq] = meanSummaries(scenario, PLANS.statusQuo(scenario), seeds, [end]);
      const [wEarly, wEnd] = meanSummaries(scenario, PLANS.committeesWatched(scenario), seeds, [early, end]);
      const [uEarly, uEnd] = meanSummaries(scenario, PLANS.committeesUnwatched(scenario), seeds, [early, end]);
      const gapEarly = wEarly!.meanTrust - uEarly!.meanTrust;
      const gapLate = wEnd!.meanTrust - uEnd!.meanTrust;
      return judge([
        { label: 'security over the status quo (points)', observed: wEnd!.meanSecurity - sq!.meanSecurity, required: 5, scale: 5, neutral: 0 },
        { label: 'abuse without oversight over with (ratio)', observed: uEnd!.abuses / Math.max(0.01, wEnd!.abuses), required: 2, scale: 1, neutral: 1 },
        { label: 'trust gap at the end (points)', observed: gapLate, required: 5, scale: 5, neutral: 0 },
        { label: 'trust gap growth: end minus twice year one (points)', observed: gapLate - 2 * gapEarly, required: 0, scale: 5 },
      ]);
    },
  },
  {
    id: 'blind-operations-cost-trust',
    title: 'Military action without intelligence costs trust; with trust and committees it costs far less',
    marginReason:
      'Blind operations must cost at least 3 points of trust (units of 3 points); informed operations at most half as much (units of 10% of the blind cost).',
    evaluate(scenario, options) {
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const cost = (shares: Partial<Record<LeverId, number>>) => {
        const [without] = meanSummaries(scenario, plan('no operations', levers(scenario, { ...shares, militaryOperations: 0 })), seeds, [end]);
        const [withOps] = meanSummaries(scenario, plan('full operations', levers(scenario, { ...shares, militaryOperations: 1 })), seeds, [end]);
        return without!.meanTrust - withOps!.meanTrust;
      };
      const blind = cost({ eradicationPace: 0, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0 });
      const informed = cost({ eradicationPace: 0, developmentFunding: 0.5, committeeSupport: 1, committeeOversight: 1 });
      return judge([
        { label: 'trust cost of blind operations (points)', observed: blind, required: 3, scale: 3, neutral: 0 },
        { label: 'informed cost below half the blind cost (share of blind)', observed: 0.5 - informed / Math.max(0.01, blind), required: 0, scale: 0.1, neutral: -0.5 },
      ]);
    },
  },
  {
    id: 'clan-recovers-while-revenue-flows',
    title: 'A blow to the insurgents is undone within a few turns while drug revenue keeps flowing',
    marginReason:
      'Share of a 25-point blow undone four turns later must exceed 60% (units of 10%); with the leaf price collapsed the clan must regain 25 points less of its former strength in those four turns (units of 10%).',
    evaluate(scenario, options) {
      const seeds = factSeeds(options);
      // Without event cards: a card such as a second blow would fire in one run and not its twin.
      scenario = { ...scenario, events: [] };
      const sq = PLANS.statusQuo(scenario);
      const blowAt = Math.min(6, Math.max(0, ends(scenario) - 4));
      const after = blowAt + 4;
      const blow = 2500;
      const hit: Intervention = (s) => ({ ...s, clanStrength: Math.max(0, s.clanStrength - blow) });
      const collapse: Intervention = (s) => ({
        ...s,
        priceModifiers: [...s.priceModifiers, { price: 'cocaLeafPrice', factor: 0.2, turnsLeft: 8, source: 'fact' }],
      });
      // Two readings of recovery: the share of the blow undone against the same run unstruck, and
      // the strength regained against the clan's own strength before the blow. Only the second
      // can show what revenue does: both runs of a pair face the same market, so the first
      // compares the clan with a twin that the collapse weakens too.
      const recovery = (market: Intervention) => {
        let undone = 0;
        let regained = 0;
        for (const seed of seeds) {
          const base = play(scenario, sq, seed, after, { [blowAt]: market });
          const struck = play(scenario, sq, seed, after, { [blowAt]: (s) => hit(market(s)) });
          undone += (1 - (base[after]!.clanStrength - struck[after]!.clanStrength) / blow) / seeds.length;
          regained += struck[after]!.clanStrength / Math.max(1, base[blowAt]!.clanStrength) / seeds.length;
        }
        return { undone, regained };
      };
      const flowing = recovery((s) => s);
      const starved = recovery(collapse);
      return judge([
        { label: 'share of the blow undone in four turns', observed: flowing.undone, required: 0.6, scale: 0.1, neutral: 0.5 },
        { label: 'strength regained, share of the strength before the blow: flowing minus collapsed', observed: flowing.regained - starved.regained, required: 0.25, scale: 0.1, neutral: 0 },
      ]);
    },
  },
  {
    id: 'exposed-collaborators-suffer',
    title: 'Communities seen to side with the state while unprotected suffer reprisals',
    marginReason:
      'Reprisals under committee backing with no army cover must exceed 1.5× those of bystanders and 1.5× those with the army present (units of 0.5×).',
    evaluate(scenario, options) {
      const seeds = factSeeds(options);
      const t = twoYears(scenario);
      const reprisals = (shares: Partial<Record<LeverId, number>>) =>
        meanSummaries(scenario, plan('reprisals', levers(scenario, { eradicationPace: 0, developmentFunding: 0, ...shares })), seeds, [t])[0]!.reprisals;
      const exposed = reprisals({ committeeSupport: 1, committeeOversight: 1, militaryOperations: 0 });
      const bystanders = reprisals({ committeeSupport: 0, committeeOversight: 0, militaryOperations: 0 });
      const covered = reprisals({ committeeSupport: 1, committeeOversight: 1, militaryOperations: 1 });
      return judge([
        { label: 'reprisals, exposed over bystanders (ratio)', observed: exposed / Math.max(0.01, bystanders), required: 1.5, scale: 0.5, neutral: 1 },
        { label: 'reprisals, exposed over covered (ratio)', observed: exposed / Math.max(0.01, covered), required: 1.5, scale: 0.5, neutral: 1 },
      ]);
    },
  },
  {
    id: 'development-cuts-coca-late',
    title: 'Development alone cuts coca clearly by the end of the game, though barely in its first two years',
    marginReason:
      'End coca must be at least 10% below the status quo (units of 5% of the status quo\'s area); coca may move at most 10% in two years (units of 5%).',
    evaluate(scenario, options) {
      scenario = longRun(scenario);
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const t = twoYears(scenario);
      const [start, sq] = meanSummaries(scenario, PLANS.statusQuo(scenario), seeds, [0, end]);
      const [early, late] = meanSummaries(scenario, PLANS.developmentOnly(scenario), seeds, [t, end]);
      return judge([
        { label: 'end coca cut against the status quo (share)', observed: 1 - late!.cocaHectares / sq!.cocaHectares, required: 0.1, scale: 0.05, neutral: 0 },
        { label: 'coca change in two years, share under 10%', observed: 0.1 - Math.abs(early!.cocaHectares / start!.cocaHectares - 1), required: 0, scale: 0.05 },
      ]);
    },
  },
  {
    id: 'eradication-does-not-stick',
    title: 'After eradication stops, coca returns to most of its former area within a year; eradication without alternatives does not weaken the armed group',
    marginReason:
      'Coca four turns after eradication stops must reach 80% of the starting area (units of 5% of it); the clan under eradication alone must end no weaker than under the status quo (units of 2 points).',
    evaluate(scenario, options) {
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const stop = Math.max(1, Math.min(Math.floor(end / 2), end - 4));
      const only = PLANS.eradicationOnly(scenario);
      const pulse = { ...only, turns: [{ from: stop + 1, to: end, levers: { eradicationPace: 0 } }] };
      const [start, back] = meanSummaries(scenario, pulse, seeds, [0, stop + 4]);
      const [sq] = meanSummaries(scenario, PLANS.statusQuo(scenario), seeds, [end]);
      const [erad] = meanSummaries(scenario, only, seeds, [end]);
      return judge([
        { label: 'coca four turns after stopping, share of the start', observed: back!.cocaHectares / start!.cocaHectares, required: 0.8, scale: 0.05, neutral: 0.5 },
        { label: 'clan strength, eradication alone minus status quo (points)', observed: erad!.clanStrength - sq!.clanStrength, required: 0, scale: 2 },
      ]);
    },
  },
  {
    id: 'eradication-and-development-complement',
    title: 'Eradication and development are complements at a high pace: together they cut more coca than the sum of each alone; at a moderate pace they are at least additive',
    marginReason:
      'At a high pace (eradication 80%, development at three quarters of its range) the pair\'s cut must exceed the sum of the single cuts (units of 10% of that sum). At a moderate pace (eradication 40%, development at half its range) it may fall short of the sum by at most 5% (units of 5%): the complement works through the fields just cleared, which development plants before they are replanted, so it shrinks with the hectares cleared (about +10% from the shipped start, within a few points of zero when coca pays less). Each single lever is the pair with the other lever at zero, so on a budget too small for the pair all three are scaled alike. The brief\'s fact is about coca; trust beside the pair is fact 3\'s.',
    evaluate(scenario, options) {
      scenario = longRun(scenario);
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const allocation = cocaAllocation(scenario);
      const coca = (values: Levers) => meanSummaries(scenario, plan('complements', values, { allocation }), seeds, [end])[0]!.cocaHectares;
      const none = coca(levers(scenario, { eradicationPace: 0, developmentFunding: 0 }));
      const excess = (eradication: number, development: number) => {
        const pair = levers(scenario, { eradicationPace: eradication, developmentFunding: development });
        const sum = none - coca({ ...pair, developmentFunding: 0 }) + (none - coca({ ...pair, eradicationPace: 0 }));
        return (none - coca(pair)) / Math.max(1, sum) - 1;
      };
      return judge([
        { label: 'pair\'s cut over the sum of single cuts, high pace (share)', observed: excess(0.8, 0.75), required: 0, scale: 0.1 },
        { label: 'pair\'s cut over the sum of single cuts, moderate pace (share)', observed: excess(0.4, 0.5), required: -0.05, scale: 0.05 },
      ]);
    },
  },
  {
    id: 'no-lever-is-free',
    title: 'No lever is free: raising each one makes some end-of-game criterion worse somewhere in the lever space',
    marginReason:
      'For each lever, its largest worsening of any criterion over four starting plans, in units of 5% of that criterion\'s span between "good" and "poor"; the least-costly lever sets the margin.',
    evaluate(scenario, options) {
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const bases = [
        {},
        { eradicationPace: 0, developmentFunding: 1 },
        { eradicationPace: 1, developmentFunding: 0, committeeSupport: 0, committeeOversight: 0 },
        { committeeSupport: 1 },
      ];
      const criteria = (shares: Partial<Record<LeverId, number>>) => {
        const [start, last] = meanSummaries(scenario, plan('lever', levers(scenario, shares)), seeds, [0, end]);
        return scenario.assessment.map((c) => measure(c.measure, start as RegionSummary, last as RegionSummary));
      };
      const parts: Part[] = [];
      for (const id of LEVER_IDS) {
        if (!scenario.levers.some((l) => l.id === id)) continue;
        let worst = 0;
        let where = '';
        for (const base of bases) {
          const low = criteria({ ...base, [id]: 0 });
          const high = criteria({ ...base, [id]: 1 });
          scenario.assessment.forEach((c, i) => {
            const sign = c.better === 'higher' ? 1 : -1;
            const worsening = (sign * (low[i]! - high[i]!)) / (Math.abs(c.good - c.poor) * 0.05);
            if (worsening > worst) {
              worst = worsening;
              where = c.id;
            }
          });
        }
        parts.push({ label: `${id} worsens ${where || 'nothing'} (units)`, observed: worst, required: 1, scale: 1, neutral: 0 });
      }
      return judge(parts);
    },
  },
  {
    id: 'order-matters',
    title: 'When a lever moves matters: security first, then development, then eradication cuts more coca than the same phases reversed, and the two orders end differently on other criteria too',
    marginReason:
      'The sequence must end with at least 5% less coca than its reverse (units of 5% of the reverse\'s area); the largest gap between the orders on trust, security, influence or the clan must reach 2 points (units of 2 points).',
    evaluate(scenario, options) {
      const seeds = factSeeds(options);
      const end = ends(scenario);
      const third = Math.max(1, Math.floor(end / 3));
      const secure = levers(scenario, { eradicationPace: 0, developmentFunding: 0.3, committeeSupport: 1, committeeOversight: 1, militaryOperations: 0.8 });
      const develop = levers(scenario, { eradicationPace: 0, developmentFunding: 1, committeeSupport: 0.5, committeeOversight: 0.5, militaryOperations: 0.3 });
      const eradicate = levers(scenario, { eradicationPace: 0.8, developmentFunding: 0.6, committeeSupport: 0.3, committeeOversight: 0.3, militaryOperations: 0.3 });
      const phased = (first: Levers, second: Levers, last: Levers) =>
        plan('phased', first, {
          turns: [
            { from: third + 1, to: 2 * third, levers: second },
            { from: 2 * third + 1, to: end, levers: last },
          ],
        });
      const [forward] = meanSummaries(scenario, phased(secure, develop, eradicate), seeds, [end]);
      const [reverse] = meanSummaries(scenario, phased(eradicate, develop, secure), seeds, [end]);
      const gaps = (['meanTrust', 'meanSecurity', 'meanInsurgentInfluence', 'clanStrength'] as const).map((k) => Math.abs(forward![k] - reverse![k]));
      return judge([
        { label: 'coca cut of the sequence against its reverse (share)', observed: 1 - forward!.cocaHectares / reverse!.cocaHectares, required: 0.05, scale: 0.05, neutral: 0 },
        { label: 'largest other gap between the orders (points)', observed: Math.max(...gaps), required: 2, scale: 2, neutral: 0 },
      ]);
    },
  },
];
