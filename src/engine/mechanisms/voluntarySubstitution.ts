/**
 * voluntary-substitution — development money reaching a community becomes licit plantings that
 * yield only after years. Plantings need land: they take free farmland first, and once that is
 * used up they can only go where farmers give up coca, which they do where licit crops pay a
 * comparable living and it is safe to grow them (Zech 2014, coca economy section, endnote 33).
 * Money beyond what households and extension agents can plant in a turn is not planted
 * (absorptive limit), and where security is poor less can be planted at all.
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { Mechanism } from '../mechanism.ts';
import { clamp01 } from '../units.ts';

/**
 * How far a licit alternative is worth taking here (0–1): the living licit crops give over the
 * threshold at which farmers start to switch, times how safe it is to grow them (security, and
 * no clan taxing the projects).
 */
export function alternativeAppeal(scenario: Scenario, livingRatio: number, security: number, influence: number): number {
  const threshold = scenario.mechanisms['voluntary-substitution'].comparableReturnThreshold;
  const attractiveness = clamp01((livingRatio - threshold) / (1 - threshold));
  return attractiveness * security * (1 - influence);
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
 * Where the money delivered to a community is planted: up to what households and extension
 * agents can absorb where it is safe to work; first on fields just eradicated (their owners
 * have lost their coca and join where it is safe: post-eradication programs), then on free
 * land, then on coca fields whose owners find the alternative worth taking.
 */
export function planPlantings(scenario: Scenario, c: PlantingInputs): Plantings {
  const p = scenario.mechanisms['voluntary-substitution'];
  const absorbable = p.absorptionShare * c.farmland * c.security;
  const funded = Math.min(c.delivered / p.plantingCostPerHectare, absorbable);
  const onCleared = Math.min(funded, c.cleared * (0.3 + 0.7 * c.security * (1 - c.influence)));
  const onFreeLand = Math.min(funded - onCleared, c.freeLand);
  const converted = Math.min(funded - onFreeLand - onCleared, Math.max(0, c.coca - c.cleared) * c.appeal);
  return { onFreeLand, onCleared, converted };
}

export interface PlantingInputs {
  readonly farmland: number;
  readonly freeLand: number;
  readonly coca: number;
  readonly cleared: number;
  /** Thousands of soles delivered this turn. */
  readonly delivered: number;
  readonly security: number;
  readonly influence: number;
  readonly appeal: number;
}

export const voluntarySubstitution: Mechanism = {
  id: 'voluntary-substitution',
  run(ctx, out) {
    const p = ctx.scenario.mechanisms['voluntary-substitution'];
    const maturation = ctx.scenario.economy.licit.maturationTurns;
    for (const c of ctx.communities) {
      out.community(c.index, 'developmentInvested', c.allocated);
      const matured = c.state.licitMaturing[0] ?? 0;
      out.community(c.index, 'licitHectares', matured);
      const { onFreeLand, onCleared, converted } = c.plantings;
      out.schedule('licitMaturing', c.index, maturation, onFreeLand + onCleared + converted);

      // Farmers also uproot coca on their own where licit crops already in yield pay and it is safe.
      const coca = c.state.cocaHectares - c.eradicated - converted;
      const licit = c.state.licitHectares + matured;
      const landReady = licit + coca > 0 ? licit / (licit + coca) : 0;
      const spontaneous = p.uprootRate * Math.max(0, coca) * c.appeal * landReady;
      out.community(c.index, 'cocaHectares', -(converted + spontaneous));
    }
  },
};
