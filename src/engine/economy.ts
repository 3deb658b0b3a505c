/**
 * The household economy: what a family's land and labour earn in a year — coca, licit crops and
 * the paid work its unused days find — counted the same way when farmers decide what to grow
 * and when the livelihoods criterion rates the outcome. Coca is harvested 4–5 times a year
 * against about two harvests of other crops (Zech 2014, endnote 35), and takes far more work.
 */
import type { CommunityDef, Scenario } from '../scenario/schema.ts';
import type { PriceId } from '../scenario/vocabulary.ts';
import type { CommunityState, GameState } from './state.ts';
import { INDEX_MAX, clamp01, saturate, toDisplay, toInternal } from './units.ts';

export function priceFactor(state: GameState, price: PriceId): number {
  let factor = 1;
  for (const modifier of state.priceModifiers) if (modifier.price === price) factor *= modifier.factor;
  return factor;
}

/**
 * The farm-gate leaf price this turn, soles a kilogram: the region's price level (which the
 * leaf-price mechanism drifts) times any price card in force (a shock on top of the drift).
 */
export function leafPriceNow(state: GameState): number {
  return toDisplay('leafPrice', state.leafPrice) * priceFactor(state, 'cocaLeafPrice');
}

/** Net soles a household keeps per hectare of coca per year. */
export function cocaReturn(scenario: Scenario, state: GameState): number {
  const coca = scenario.economy.coca;
  return coca.harvestsPerYear * coca.yieldKgPerHarvest * leafPriceNow(state) * coca.netShare;
}

/** Share of the licit gain that development investment has unlocked (0–1). */
export function investmentSaturation(scenario: Scenario, community: CommunityState): number {
  const farmed = community.cocaHectares + community.licitHectares + 1;
  const half = scenario.mechanisms['voluntary-substitution'].investmentForHalfEffect;
  return saturate(community.developmentInvested / farmed, half);
}

/**
 * Net soles per hectare of licit crops per year: market access (roads, plus what development
 * investment adds) and, for subsistence crops, soil health (Zech 2014, endnotes 36–37).
 */
export function licitReturn(scenario: Scenario, def: CommunityDef, community: CommunityState, state: GameState): number {
  const licit = scenario.economy.licit;
  const gain = scenario.mechanisms['voluntary-substitution'].marketGain;
  const market = 0.5 + 0.5 * def.roadAccess + gain * investmentSaturation(scenario, community);
  const environment = scenario.mechanisms.environment;
  const soilSensitivity = def.subsistence ? environment.subsistenceSensitivity : environment.cashCropSensitivity;
  const soil = 1 - soilSensitivity * (1 - community.soilHealth / INDEX_MAX);
  return licit.harvestsPerYear * licit.yieldKgPerHarvest * licit.pricePerKg * licit.netShare * market * soil * priceFactor(state, 'licitCropPrice');
}

export function households(def: CommunityDef): number {
  return def.population / def.householdSize;
}

/**
 * The state as it would sell at the scenario's own prices: the leaf price level back at the
 * scenario's price and no price card in force. Income counted this way changes only with what is
 * planted, the land and the market access the game's years left behind (like national accounts
 * at constant prices), so a rating read from it rates the policy, not the last quarter's market.
 */
export function atScenarioPrices(scenario: Scenario, state: GameState): GameState {
  return { ...state, leafPrice: toInternal('leafPrice', scenario.economy.coca.pricePerKg), priceModifiers: [] };
}

/**
 * Share of a household's unused days that find paid work (0–1): some with no development
 * (harvest hands, trade, transport), more where development has built roads, cooperatives and
 * services (its saturating share, as for licit returns).
 */
export function jobShare(scenario: Scenario, community: CommunityState): number {
  const p = scenario.mechanisms.livelihood;
  return p.jobShare + (1 - p.jobShare) * p.jobsFromDevelopment * investmentSaturation(scenario, community);
}

/** Days of work a year the community's crops take: coca, and licit crops in yield or maturing. */
function farmDays(scenario: Scenario, community: CommunityState): number {
  const { coca, licit } = scenario.economy;
  return community.cocaHectares * coca.labourDaysPerHectare + (community.licitHectares + maturingHectares(community)) * licit.labourDaysPerHectare;
}

/** Yearly soles the community's households earn from days their crops leave free. */
export function wageIncome(scenario: Scenario, def: CommunityDef, community: CommunityState): number {
  const p = scenario.mechanisms.livelihood;
  const unused = Math.max(0, households(def) * p.labourDaysPerHousehold - farmDays(scenario, community));
  return unused * p.dayWage * jobShare(scenario, community);
}

/** Yearly household income in soles: crops, paid work on unused days, and other income. */
export function householdIncome(scenario: Scenario, def: CommunityDef, community: CommunityState, state: GameState): number {
  const crops = community.cocaHectares * cocaReturn(scenario, state) + community.licitHectares * licitReturn(scenario, def, community, state);
  return def.otherIncome + (crops + wageIncome(scenario, def, community)) / households(def);
}

/**
 * What a household earns from a hectare of coca moved to licit crops, over what that hectare
 * earns in coca (0–1): the licit hectare plus the paid work found for the days it frees (a
 * hectare of licit crops takes less work than one of coca). The same sums as householdIncome,
 * so a family that switches expects the income the livelihoods rating then counts.
 */
export function livingRatio(scenario: Scenario, licitPerHectare: number, cocaPerHectare: number, jobs: number): number {
  const { coca, licit } = scenario.economy;
  const freedDays = Math.max(0, coca.labourDaysPerHectare - licit.labourDaysPerHectare);
  const switched = licitPerHectare + freedDays * scenario.mechanisms.livelihood.dayWage * jobs;
  return cocaPerHectare <= 0 ? 1 : clamp01(switched / cocaPerHectare);
}

/** Licit hectares planted but not yet in yield. */
export function maturingHectares(community: CommunityState): number {
  const queue = community.licitMaturing;
  let total = 0;
  for (let i = 0; i < queue.length; i++) total += queue[i]!;
  return total;
}

/** Farmland not yet under coca or licit crops (in yield or maturing): where new plantings go first. */
export function freeLand(def: CommunityDef, community: CommunityState): number {
  return Math.max(0, def.farmlandHectares - community.cocaHectares - community.licitHectares - maturingHectares(community));
}
