/**
 * The turn's context: the opening state, the decisions, and the quantities several mechanisms
 * share (hectares eradicated, money delivered, precision of operations, the turn's random
 * draws). Every mechanism reads this one snapshot, so their order only matters at the bounds.
 * The plans it draws on live in their own modules (eradicationPlan, leakage, operations,
 * plantings), never in a mechanism's file, so nothing imports in a circle.
 */
import type { CommunityDef, Scenario } from '../scenario/schema.ts';
import type { LeverId } from '../scenario/vocabulary.ts';
import { cocaReturn, freeLand, households, jobShare, licitReturn, livingRatio, wageIncome } from './economy.ts';
import { eradicationReach, eradicationWeight, hectaresCleared } from './eradicationPlan.ts';
import { leakageShare, projectTax } from './leakage.ts';
import { operationsTempo, precision } from './operations.ts';
import { alternativeAppeal, planPlantings, type Plantings } from './plantings.ts';
import type { Rng } from './rng.ts';
import type { CommunityState, GameState } from './state.ts';
import { tablesOf, type ScenarioTables } from './tables.ts';
import { INDEX_MAX } from './units.ts';

export interface TurnDraws {
  readonly abuse: number;
  readonly capture: number;
  readonly harm: number;
  readonly reprisal: number;
  /** Luck of the season for coca (weather, local prices, demand). */
  readonly harvest: number;
}

export interface CommunityContext {
  readonly index: number;
  readonly def: CommunityDef;
  readonly state: CommunityState;
  readonly households: number;
  /** Opening index metrics as shares (0–1). */
  readonly trust: number;
  readonly security: number;
  readonly influence: number;
  readonly committee: number;
  /** Net soles per hectare per year. */
  readonly cocaReturn: number;
  readonly licitReturn: number;
  /** Pace of eradication times how far the teams reach this community (0–1). */
  readonly eradicationRisk: number;
  /** What a hectare of coca moved to licit crops earns (with paid work for the days it frees) over coca, after the eradication risk (0–1). */
  readonly livingRatio: number;
  /** How far a licit alternative is worth taking here: living and safety (0–1). */
  readonly appeal: number;
  /** Farmland under no crop, in hectares. */
  readonly freeLand: number;
  /** Share of crop income from licit crops. */
  readonly licitIncomeShare: number;
  /** Yearly household income in soles at the start of the turn. */
  readonly income: number;
  readonly eradicated: number;
  /** Development money for this community this turn, in thousands of soles. */
  readonly allocated: number;
  readonly delivered: number;
  /** Licit hectares the delivered money plants this turn, by the land they go on. */
  readonly plantings: Plantings;
  /** Military operations tempo here (0–2: operations concentrate where insurgents are strong). */
  readonly operations: number;
  /** Share of operations that find their targets (0–1). */
  readonly precision: number;
  readonly draws: TurnDraws;
}

export interface TurnContext {
  readonly scenario: Scenario;
  readonly tables: ScenarioTables;
  readonly state: GameState;
  readonly levers: Readonly<Record<LeverId, number>>;
  /** Levers as shares of their maximum (0–1). */
  readonly pace: number;
  readonly support: number;
  readonly oversight: number;
  readonly military: number;
  /** Clan strength as a share (0–1). */
  readonly clan: number;
  /** The quarter's luck for coca across the region (traffickers' demand, weather): one draw a turn. */
  readonly market: number;
  /** Yearly money (millions of soles) the clan takes from development projects this turn. */
  readonly projectTax: number;
  readonly communities: readonly CommunityContext[];
}

/** A lever as a share of its maximum. Callers read both by name: a read by a variable key costs several times more. */
function share(value: number, max: number): number {
  return max > 0 ? value / max : 0;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A context step writes into. */
export type WritableContext = Writable<TurnContext>;

/**
 * A community's context before its first turn: every field present (one shape for every
 * community and turn), filled in by fillContext.
 */
function emptyCommunity(index: number, def: CommunityDef, state: CommunityState): Writable<CommunityContext> {
  return {
    index,
    def,
    state,
    households: households(def),
    trust: 0,
    security: 0,
    influence: 0,
    committee: 0,
    cocaReturn: 0,
    licitReturn: 0,
    eradicationRisk: 0,
    livingRatio: 0,
    appeal: 0,
    freeLand: 0,
    licitIncomeShare: 0,
    income: 0,
    eradicated: 0,
    allocated: 0,
    delivered: 0,
    plantings: { onFreeLand: 0, onCleared: 0, converted: 0 },
    operations: 0,
    precision: 0,
    draws: { abuse: 0, capture: 0, harm: 0, reprisal: 0, harvest: 0 },
  };
}

/** A context with every field present, for fillContext to write a turn into. */
export function emptyContext(scenario: Scenario, state: GameState, levers: Readonly<Record<LeverId, number>>): WritableContext {
  const communities: Writable<CommunityContext>[] = [];
  for (let i = 0; i < state.communities.length; i++) communities.push(emptyCommunity(i, scenario.communities[i]!, state.communities[i]!));
  return { scenario, tables: tablesOf(scenario), state, levers, pace: 0, support: 0, oversight: 0, military: 0, clan: 0, market: 0, projectTax: 0, communities };
}

/** The turn's context in objects of its own (for tests and tools that keep one). */
export function buildContext(
  scenario: Scenario,
  state: GameState,
  levers: Readonly<Record<LeverId, number>>,
  allocationWeights: readonly number[],
  rng: Rng,
): TurnContext {
  return fillContext(emptyContext(scenario, state, levers), state, levers, allocationWeights, rng);
}

/**
 * Writes the turn's context into a context's objects (step reuses one per scenario: see
 * ./workspace.ts). Every field is written every turn.
 */
export function fillContext(
  ctx: WritableContext,
  state: GameState,
  levers: Readonly<Record<LeverId, number>>,
  allocationWeights: readonly number[],
  rng: Rng,
): TurnContext {
  const scenario = ctx.scenario;
  const max = ctx.tables.leverMax;
  const pace = share(levers.eradicationPace, max.eradicationPace);
  const oversight = share(levers.committeeOversight, max.committeeOversight);
  const military = share(levers.militaryOperations, max.militaryOperations);
  const coca = cocaReturn(scenario, state);

  // Region-wide totals first (sums in community order), then each community's share of them.
  let eradicationTotal = 0;
  let influenceTotal = 0;
  let totalWeight = 0;
  const count = state.communities.length;
  for (let i = 0; i < count; i++) {
    const c = state.communities[i]!;
    eradicationTotal += eradicationWeight(scenario, scenario.communities[i]!, c);
    influenceTotal += c.insurgentInfluence;
    totalWeight += allocationWeights[i]!;
  }
  const funding = levers.developmentFunding * 1000;
  ctx.state = state;
  ctx.levers = levers;
  ctx.pace = pace;
  ctx.support = share(levers.committeeSupport, max.committeeSupport);
  ctx.oversight = oversight;
  ctx.military = military;
  ctx.clan = state.clanStrength / INDEX_MAX;
  ctx.market = rng.next();

  // One object a turn, so the per-community part below takes few arguments.
  const region: Region = { coca, eradicationTotal, influenceTotal, totalWeight, funding };
  const communities = ctx.communities as Writable<CommunityContext>[];
  for (let index = 0; index < count; index++) {
    const x = communities[index]!;
    // The community's draws, in their fixed order (nothing in fillCommunity draws).
    const draws = x.draws as Writable<TurnDraws>;
    draws.abuse = rng.next();
    draws.capture = rng.next();
    draws.harm = rng.next();
    draws.reprisal = rng.next();
    draws.harvest = rng.next();
    fillCommunity(ctx, x, state.communities[index]!, allocationWeights[index]!, region);
  }
  ctx.projectTax = projectTax(scenario, communities);
  return ctx;
}

/** The region's figures every community's context is worked out from this turn. */
interface Region {
  /** Net soles per hectare of coca per year (one leaf price for the region). */
  readonly coca: number;
  /** Sums over the communities, in their order: eradication weight, insurgent influence, allocation weight. */
  readonly eradicationTotal: number;
  readonly influenceTotal: number;
  readonly totalWeight: number;
  /** Development money this turn, in thousands of soles. */
  readonly funding: number;
}

/**
 * One community's context for the turn, but its draws (see fillContext). A function of its own
 * rather than the body of fillContext's loop: the compiler inlines helpers into a function only
 * up to a budget, and the rest (each a call, each number it returns boxed) ran out of it there.
 */
function fillCommunity(ctx: WritableContext, x: Writable<CommunityContext>, c: CommunityState, weight: number, region: Region): void {
  const def = x.def;
  const scenario = ctx.scenario;
  const pace = ctx.pace;
  const trust = c.trust / INDEX_MAX;
  const influence = c.insurgentInfluence / INDEX_MAX;
  const committee = c.committeeStrength / INDEX_MAX;
  const licit = licitReturn(scenario, def, c, ctx.state);
  const eradicationRisk = pace * eradicationReach(scenario, def, c);
  const eradicated = hectaresCleared(scenario, pace, c.cocaHectares, eradicationWeight(scenario, def, c), region.eradicationTotal);
  const expectedCoca = region.coca * (1 - scenario.mechanisms['voluntary-substitution'].eradicationRiskDiscount * eradicationRisk);
  const licitIncome = c.licitHectares * licit;
  const cropIncome = licitIncome + c.cocaHectares * region.coca;
  const allocated = region.totalWeight > 0 ? Math.round((region.funding * weight) / region.totalWeight) : 0;
  const security = c.security / INDEX_MAX;
  const living = livingRatio(scenario, licit, expectedCoca, jobShare(scenario, c));
  const appeal = alternativeAppeal(scenario, living, security, influence);
  const delivered = Math.round(allocated * (1 - leakageShare(scenario, committee, influence)));
  const free = freeLand(def, c);
  x.plantings = planPlantings(scenario, {
    farmland: def.farmlandHectares,
    freeLand: free,
    coca: c.cocaHectares,
    licitInYield: c.licitHectares,
    cleared: eradicated,
    delivered,
    security,
    influence,
    appeal,
  });
  x.state = c;
  x.trust = trust;
  x.security = security;
  x.influence = influence;
  x.committee = committee;
  x.cocaReturn = region.coca;
  x.licitReturn = licit;
  x.eradicationRisk = eradicationRisk;
  x.livingRatio = living;
  x.appeal = appeal;
  x.freeLand = free;
  x.licitIncomeShare = cropIncome > 0 ? licitIncome / cropIncome : 1;
  x.income = def.otherIncome + (cropIncome + wageIncome(scenario, def, c)) / x.households;
  x.eradicated = eradicated;
  x.allocated = allocated;
  x.delivered = delivered;
  x.operations = operationsTempo(ctx.military, c.insurgentInfluence, ctx.communities.length, region.influenceTotal);
  x.precision = precision(scenario, trust, committee, ctx.oversight);
}
