/**
 * The game state: everything needed to resume a game, the generator's state included.
 * States are immutable values (see ./immutable.ts); all numbers are whole internal units.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { CommunityMetric, GlobalMetric, LeverId, PriceId } from '../scenario/vocabulary.ts';
import { seedRng, type RngState } from './rng.ts';
import { tablesOf } from './tables.ts';
import { toInternal } from './units.ts';
import { ENGINE_VERSION } from './version.ts';

export type CommunityMetrics = Record<CommunityMetric, number>;

export interface CommunityState extends CommunityMetrics {
  readonly id: string;
  /** Hectares of licit crops planted but not yet in yield; index 0 comes into yield next turn. */
  readonly licitMaturing: readonly number[];
  /** Hectares of eradicated coca that will be replanted; index 0 is replanted next turn. */
  readonly replantQueue: readonly number[];
}

export interface PriceModifier {
  readonly price: PriceId;
  readonly factor: number;
  readonly turnsLeft: number;
  readonly source: string;
}

export interface PendingChoice {
  /** Unique within the turn: the event id, plus `@community` for community events. */
  readonly key: string;
  readonly eventId: string;
  readonly community: string | null;
}

export type GlobalMetrics = Record<GlobalMetric, number>;

export interface GameState extends GlobalMetrics {
  readonly engineVersion: string;
  readonly scenarioId: string;
  readonly seed: string;
  /** Turns completed so far (0 before the first turn). */
  readonly turn: number;
  readonly finished: boolean;
  readonly rng: RngState;
  readonly communities: readonly CommunityState[];
  /** Hectares eradicated in each of the last four turns, oldest first (donors look at a year). */
  readonly recentEradication: readonly number[];
  /** One-off change to next turn's budget, in thousands of soles (from events). */
  readonly budgetAdjustment: number;
  readonly priceModifiers: readonly PriceModifier[];
  readonly pendingChoices: readonly PendingChoice[];
  /**
   * The turn each event card last happened (0: never), per card and, for community cards, per
   * community, in scenario order (see ScenarioTables.eventSlot): for one-time cards and cooldowns.
   */
  readonly eventHistory: readonly number[];
  /** The levers in force last turn (the scenario's defaults before the first turn). */
  readonly lastLevers: Readonly<Record<LeverId, number>>;
}

export function defaultLevers(scenario: Scenario): Record<LeverId, number> {
  const levers: Record<LeverId, number> = {
    eradicationPace: 0,
    developmentFunding: 0,
    committeeSupport: 0,
    committeeOversight: 0,
    militaryOperations: 0,
  };
  for (const lever of scenario.levers) levers[lever.id] = lever.default;
  return levers;
}

/** n zeros in a packed array (`new Array(n)` would leave V8 a slower, holey one). */
function zeros(n: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < n; i++) list.push(0);
  return list;
}

export function createGame(scenario: Scenario, seed: string): GameState {
  const maturation = scenario.economy.licit.maturationTurns;
  const replantDelay = scenario.mechanisms['eradication-shock'].replantDelayTurns;
  const donor = scenario.mechanisms['donor-pressure'];
  // Pushed one by one, like every later state's list (see step): `map` would make a holey array,
  // and the opening state's list would reach the hot path in a second shape.
  const communities: CommunityState[] = [];
  for (const c of scenario.communities) {
    communities.push({
      id: c.id,
      trust: toInternal('trust', c.trust),
      security: toInternal('security', c.security),
      insurgentInfluence: toInternal('insurgentInfluence', c.insurgentInfluence),
      committeeStrength: toInternal('committeeStrength', c.committee.strength),
      soilHealth: toInternal('soilHealth', c.soilHealth),
      grievanceEradication: 0,
      grievanceAbuse: 0,
      grievanceViolence: 0,
      cocaHectares: Math.round(c.cocaHectares),
      licitHectares: Math.round(c.licitHectares),
      eradicatedHectares: 0,
      developmentInvested: 0,
      abuses: 0,
      reprisals: 0,
      civilianHarm: 0,
      licitMaturing: zeros(maturation),
      replantQueue: zeros(replantDelay),
    });
  }
  const state: GameState = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    seed,
    turn: 0,
    finished: false,
    rng: seedRng(seed),
    clanStrength: toInternal('clanStrength', scenario.clan.strength),
    donorFunding: toInternal('donorFunding', donor.maxFundingPerTurn * donor.floorShare),
    leafPrice: toInternal('leafPrice', scenario.economy.coca.pricePerKg),
    communities,
    recentEradication: [0, 0, 0, 0],
    budgetAdjustment: 0,
    priceModifiers: [],
    pendingChoices: [],
    eventHistory: zeros(tablesOf(scenario).eventSlots),
    lastLevers: defaultLevers(scenario),
  };
  return state;
}
