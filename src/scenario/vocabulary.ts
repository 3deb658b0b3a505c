/**
 * The closed vocabulary shared by scenario files and the engine: lever ids, metric ids and
 * mechanism ids. Scenario files may only name these; the engine implements exactly these.
 */
import { z } from 'zod';

export const LEVER_IDS = [
  'eradicationPace',
  'developmentFunding',
  'committeeSupport',
  'committeeOversight',
  'militaryOperations',
] as const;
export const LeverId = z.enum(LEVER_IDS);
export type LeverId = z.infer<typeof LeverId>;

/** Index metrics run 0–100 in scenario files and are held internally in hundredths (0–10000). */
export const INDEX_METRICS = [
  'trust',
  'security',
  'insurgentInfluence',
  'committeeStrength',
  'soilHealth',
  'grievanceEradication',
  'grievanceAbuse',
  'grievanceViolence',
] as const;

/** Count metrics are whole numbers (hectares, incidents, thousands of soles). */
export const COUNT_METRICS = [
  'cocaHectares',
  'licitHectares',
  'eradicatedHectares',
  'developmentInvested',
  'abuses',
  'reprisals',
  'civilianHarm',
] as const;

export const COMMUNITY_METRICS = [...INDEX_METRICS, ...COUNT_METRICS] as const;
export const CommunityMetric = z.enum(COMMUNITY_METRICS);
export type CommunityMetric = z.infer<typeof CommunityMetric>;
export type IndexMetric = (typeof INDEX_METRICS)[number];

export const GLOBAL_METRICS = ['clanStrength', 'donorFunding', 'leafPrice'] as const;
export const GlobalMetric = z.enum(GLOBAL_METRICS);
export type GlobalMetric = z.infer<typeof GlobalMetric>;

export const MECHANISM_IDS = [
  'livelihood',
  'eradication-shock',
  'voluntary-substitution',
  'money-is-not-enough',
  'committee-security',
  'committee-risk',
  'jungle-caution',
  'two-fires',
  'insurgent-resilience',
  'intelligence',
  'environment',
  'donor-pressure',
  'state-substitution',
  'leaf-price',
  'local-fortunes',
] as const;
export const MechanismId = z.enum(MECHANISM_IDS);
export type MechanismId = z.infer<typeof MechanismId>;

/** Market prices an event can move for a few turns. */
export const PRICE_IDS = ['cocaLeafPrice', 'licitCropPrice'] as const;
export const PriceId = z.enum(PRICE_IDS);
export type PriceId = z.infer<typeof PriceId>;
