/**
 * The farm economy behind the livelihood mechanism: what a hectare of coca or of licit crops
 * pays in a year, and the household income that follows from what is planted. Coca is
 * harvested 4–5 times a year against about two harvests of other crops (Zech 2014, endnote 35).
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

/** Yearly household income in soles: what is planted, plus other income. */
export function householdIncome(scenario: Scenario, def: CommunityDef, community: CommunityState, state: GameState): number {
  const crops = community.cocaHectares * cocaReturn(scenario, state) + community.licitHectares * licitReturn(scenario, def, community, state);
  return def.otherIncome + crops / households(def);
}

/**
 * What a household's labour earns in licit crops over what it earns in coca (0–1). Per hectare
 * coca pays about ten times coffee, but a hectare of coca takes far more work (four or five
 * hand-picked harvests a year), so a family can tend more hectares of licit crops: the living
 * is compared per day of work, not per hectare.
 */
export function livingRatio(scenario: Scenario, licitPerHectare: number, cocaPerHectare: number): number {
  const { coca, licit } = scenario.economy;
  const perDayLicit = licitPerHectare / licit.labourDaysPerHectare;
  const perDayCoca = cocaPerHectare / coca.labourDaysPerHectare;
  return perDayCoca <= 0 ? 1 : clamp01(perDayLicit / perDayCoca);
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
