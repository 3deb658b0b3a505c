/**
 * A small family of scripted adaptive plans, to ask whether adapting pays: sequences of lever
 * packages by phase of the game (the Monzón sequence — security first, then development, then
 * eradication where development has delivered — its reverse, and the two halves swapped), and
 * rules that react to what the player can see (security, trust, the clan's strength, how much
 * farmland licit crops already hold). Each plan is a pure function of the scenario and the state.
 */
import { leverCost, summarizeCommunities, summarizeRegion, type GameState } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema.ts';
import { fullLevers, type Levers, type Plan, type PlanMove } from './plans.ts';

/** Lever packages, in the VRAEM's units; `fit` trims them to another scenario's budget. */
const PACKAGES = {
  /** Army and committees first: operations, strong committee backing with oversight, some development. */
  secure: { militaryOperations: 80, committeeSupport: 90, committeeOversight: 90, developmentFunding: 130, eradicationPace: 0 },
  /** Development at full funding, committees kept up, fewer operations. */
  develop: { militaryOperations: 30, committeeSupport: 60, committeeOversight: 60, developmentFunding: 200, eradicationPace: 0 },
  /** Eradication alongside continued development. */
  eradicateWithDevelopment: { militaryOperations: 30, committeeSupport: 50, committeeOversight: 50, developmentFunding: 150, eradicationPace: 70 },
  /** Eradication and operations first, little else. */
  eradicate: { militaryOperations: 80, committeeSupport: 30, committeeOversight: 30, developmentFunding: 60, eradicationPace: 100 },
} as const satisfies Record<string, Levers>;

/** Levers kept inside their ranges and steps, then trimmed to the budget: development first, then operations, then eradication. */
export function fit(scenario: Scenario, wanted: Partial<Levers>): Levers {
  const levers = fullLevers(scenario, wanted);
  for (const def of scenario.levers) {
    const snapped = def.min + Math.round((levers[def.id] - def.min) / def.step) * def.step;
    levers[def.id] = Math.min(def.max, Math.max(def.min, snapped));
  }
  for (const id of ['developmentFunding', 'militaryOperations', 'eradicationPace', 'committeeSupport', 'committeeOversight'] as const) {
    const def = scenario.levers.find((l) => l.id === id);
    while (def && levers[id] > def.min && leverCost(scenario, levers) > scenario.budget.perTurn + 1e-9) levers[id] -= def.step;
  }
  return levers;
}

/** Which phase the coming turn falls in, given the phases' starts as shares of the game. */
const phaseOf = (scenario: Scenario, state: GameState, starts: readonly number[]): number => {
  const progress = state.turn / scenario.calendar.turns;
  return starts.filter((s) => progress >= s).length;
};

/** Development shares weighted to where it is safe to grow licit crops (security, little clan influence). */
function safeAllocation(scenario: Scenario, state: GameState): Record<string, number> {
  return Object.fromEntries(summarizeCommunities(scenario, state).map((c) => [c.id, 0.2 + (c.security / 100) * (1 - c.insurgentInfluence / 100)]));
}

function sequence(name: string, description: string, packages: readonly Levers[], starts: readonly number[], allocate = false): Plan {
  return {
    name,
    description,
    decide(scenario, state): PlanMove {
      const levers = fit(scenario, packages[phaseOf(scenario, state, starts)]!);
      return allocate ? { levers, allocation: safeAllocation(scenario, state) } : { levers };
    },
  };
}

function rule(name: string, description: string, decide: (scenario: Scenario, state: GameState) => Partial<Levers>, allocate = false): Plan {
  return {
    name,
    description,
    decide(scenario, state): PlanMove {
      const levers = fit(scenario, decide(scenario, state));
      return allocate ? { levers, allocation: safeAllocation(scenario, state) } : { levers };
    },
  };
}

const { secure, develop, eradicateWithDevelopment, eradicate } = PACKAGES;

export const ADAPTIVE_PLANS: readonly Plan[] = [
  sequence('monzon', 'Security for the first quarter of the game, development to mid-game, then eradication beside development.', [secure, develop, eradicateWithDevelopment], [0.25, 0.5]),
  sequence('monzon-safe-allocation', 'The Monzón sequence, with development money sent where it is safe to grow licit crops.', [secure, develop, eradicateWithDevelopment], [0.25, 0.5], true),
  sequence('monzon-long-security', 'The Monzón sequence with a longer security phase (40%) and late eradication (from 60%).', [secure, develop, eradicateWithDevelopment], [0.4, 0.6], true),
  sequence('monzon-fast', 'The Monzón sequence compressed: security to 15%, development to 35%, eradication after.', [secure, develop, eradicateWithDevelopment], [0.15, 0.35], true),
  sequence('reverse-monzon', 'The reverse order: eradication and operations first, then development, then committees.', [eradicate, develop, secure], [0.25, 0.5]),
  sequence('develop-then-eradicate', 'Development for the first half of the game, eradication beside development in the second.', [develop, eradicateWithDevelopment], [0.5]),
  sequence('eradicate-then-develop', 'Eradication for the first half of the game, development in the second.', [eradicate, develop], [0.5]),
  rule(
    'security-gated',
    'The security package until security reaches 50 and the clan falls below 50, then development; eradication once licit crops hold half the farmland.',
    (scenario, state) => {
      const region = summarizeRegion(scenario, state);
      if (region.meanSecurity < 50 || region.clanStrength >= 50) return secure;
      return region.licitHectares >= region.cocaHectares ? eradicateWithDevelopment : develop;
    },
    true,
  ),
  rule('trust-gated-eradication', 'Development throughout; eradication only while trust in the state stands at 45 or more.', (scenario, state) =>
    summarizeRegion(scenario, state).meanTrust >= 45 ? eradicateWithDevelopment : develop,
  ),
  rule(
    'informed-surge',
    'Development at full funding, committees under full oversight, operations at half tempo; once trust in the state stands at 45 or more (so operations are informed), 50 million moves from development to operations at full tempo.',
    (scenario, state) => {
      const base = { eradicationPace: 0, developmentFunding: 200, committeeSupport: 50, committeeOversight: 100, militaryOperations: 50 };
      return summarizeRegion(scenario, state).meanTrust >= 45 ? { ...base, developmentFunding: 150, militaryOperations: 100 } : base;
    },
  ),
  rule('informed-operations', 'Operations at a high tempo only while trust (and so intelligence) is at least 35 and the clan at least 40; development otherwise.', (scenario, state) => {
    const region = summarizeRegion(scenario, state);
    return region.meanTrust >= 35 && region.clanStrength >= 40 ? { ...develop, militaryOperations: 70, developmentFunding: 160 } : develop;
  }),
];

const leverText = (levers: Levers): string =>
  Object.entries(levers)
    .map(([id, v]) => `${id} ${v}`)
    .join(', ');

/**
 * The best constant plans re-timed: the same levers, with security or development moved to the
 * start of the game, or eradication held back or brought forward (its total over the game kept
 * where its range allows). The eradication timings start from the best constant plan that
 * eradicates at all. If timing matters, one of these should beat the plan it came from. A
 * re-timing that changes nothing (development already at its maximum, say) is left out.
 */
export function retimedPlans(scenario: Scenario, best: Levers, bestEradicating: Levers): Plan[] {
  const security = { ...best, militaryOperations: Math.max(best.militaryOperations, 80), committeeSupport: Math.max(best.committeeSupport, 80), committeeOversight: Math.max(best.committeeOversight, 80) };
  const more = { ...bestEradicating, eradicationPace: bestEradicating.eradicationPace / 0.6 };
  const none = { ...bestEradicating, eradicationPace: 0 };
  const candidates = [
    { name: 'best constant, security first', text: 'operations and committees at 80 or more for the first quarter of the game', packages: [security, best], starts: [0.25], base: best },
    { name: 'best constant, development first', text: 'full development and no eradication for the first quarter of the game', packages: [{ ...best, developmentFunding: Infinity, eradicationPace: 0 }, best], starts: [0.25], base: best },
    { name: 'best eradicating constant, eradication later', text: 'no eradication for the first 40% of the game, more after', packages: [none, more], starts: [0.4], base: bestEradicating },
    { name: 'best eradicating constant, eradication first', text: 'more eradication for the first 60% of the game, none after', packages: [more, none], starts: [0.6], base: bestEradicating },
  ];
  return candidates
    .filter((c) => new Set(c.packages.map((p) => JSON.stringify(fit(scenario, p)))).size > 1)
    .map((c) => ({ ...sequence(c.name, `${leverText(c.base)}, with ${c.text}.`, c.packages, c.starts), basis: c.base }));
}
