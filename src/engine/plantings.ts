/**
 * Where development money is planted this turn and how far growers find a licit alternative
 * worth taking, planned before the mechanisms run (voluntary-substitution, eradication-shock and
 * livelihood read both).
 */
import type { Scenario } from '../scenario/schema.ts';

/**
 * How far a licit alternative is worth taking here (0–1): the share of growers who would switch,
 * times how safe it is to grow it (security, and no clan taxing the projects). Growers say they
 * would pull coca out for a similar living (Zech 2014, endnotes 33–34): all switch once the
 * alternative pays a comparable living, few while it pays much less, and the share rises
 * smoothly, faster as it approaches (the square of the living ratio over the comparable share:
 * a quarter at half of it). No price or yield flips the whole valley at once.
 */
export function alternativeAppeal(scenario: Scenario, livingRatio: number, security: number, influence: number): number {
  const comparable = scenario.mechanisms['voluntary-substitution'].comparableLivingShare;
  const x = comparable > 0 ? Math.min(1, livingRatio / comparable) : 1;
  return x * x * security * (1 - influence);
}

/** Licit hectares development pays for this turn, by the land they go on. */
export interface Plantings {
  /** On farmland under no crop. */
  readonly onFreeLand: number;
  /** On fields eradicated this turn, whose owners join a program rather than replant. */
  readonly onCleared: number;
  /** On coca fields whose owners uproot it to join a program. */
  readonly converted: number;
}

/**
 * Where the money delivered to a community is planted: first on fields just eradicated (their
 * owners have lost their coca and join where it is safe: post-eradication programs), then, up
 * to what households and extension agents can absorb where it is safe to work, on free land,
 * then on coca fields whose owners find the alternative worth taking.
 */
export function planPlantings(scenario: Scenario, c: PlantingInputs): Plantings {
  const p = scenario.mechanisms['voluntary-substitution'];
  const affordable = c.delivered / p.plantingCostPerHectare;
  // Cleared fields are ready to plant and their owners need a living now: the absorptive limit
  // (convincing and training farmers one by one) does not bind there.
  const onCleared = Math.min(affordable, c.cleared * (0.3 + 0.7 * c.security * (1 - c.influence)));
  const funded = Math.min(affordable - onCleared, p.absorptionShare * c.farmland * c.security);
  const onFreeLand = Math.min(funded, c.freeLand);
  // Farmers give up coca as they see licit crops yield around them: a lag of the maturation time.
  const coca = Math.max(0, c.coca - c.cleared);
  const proven = c.licitInYield + coca > 0 ? c.licitInYield / (c.licitInYield + coca) : 0;
  const converted = Math.min(funded - onFreeLand, coca * c.appeal * proven);
  return { onFreeLand, onCleared, converted };
}

export interface PlantingInputs {
  readonly farmland: number;
  readonly freeLand: number;
  readonly coca: number;
  /** Licit hectares in yield at the start of the turn. */
  readonly licitInYield: number;
  readonly cleared: number;
  /** Thousands of soles delivered this turn. */
  readonly delivered: number;
  readonly security: number;
  readonly influence: number;
  readonly appeal: number;
}
