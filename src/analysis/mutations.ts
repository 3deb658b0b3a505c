/**
 * Facts that can fail: for each stylized fact, the mechanism it is about switched off through
 * the scenario's own parameters (no engine code is touched), so that a test can show the
 * fact's check fails without it. A fact whose check still held with its mechanism off would be
 * a fact the model reproduces by construction, not one its mechanisms produce.
 *
 * A fact may be left uncovered only with a stated reason, listed in UNCOVERED.
 */
import type { Scenario } from '../scenario/schema.ts';
import { withValues } from './variants.ts';

export interface Mutation {
  /** The fact (src/analysis/facts.ts) whose check must fail on the mutated scenario. */
  readonly fact: string;
  readonly id: string;
  /** What is switched off, in a sentence. */
  readonly switchedOff: string;
  /** Scenario numbers set, by path. */
  readonly values: Readonly<Record<string, number>>;
}

const SHOCK = 'mechanisms.eradication-shock';
const SUBSTITUTION = 'mechanisms.voluntary-substitution';

const REPLANTING_OFF = { [`${SHOCK}.replantShare`]: 0 };

export const MUTATIONS: readonly Mutation[] = [
  {
    fact: 'eradication-alone-backfires',
    id: 'eradication-trust-cost-off',
    switchedOff: 'eradication costs no trust and leaves no grievance',
    values: { [`${SHOCK}.trustHit`]: 0, [`${SHOCK}.grievanceGain`]: 0 },
  },
  {
    fact: 'eradication-alone-backfires',
    id: 'eradication-feeds-no-one',
    switchedOff: 'uprooted families are neither pushed toward the insurgents nor recruited by the clan',
    values: { [`${SHOCK}.influenceGain`]: 0, [`${SHOCK}.clanRecruitment`]: 0 },
  },
  { fact: 'eradication-alone-backfires', id: 'replanting-off', switchedOff: 'no cleared field is replanted', values: REPLANTING_OFF },
  {
    fact: 'development-slow-on-coca',
    id: 'state-presence-off',
    switchedOff: 'development delivered brings no trust in the state',
    values: { 'mechanisms.state-substitution.presenceTrust': 0 },
  },
  {
    fact: 'development-slow-on-coca',
    id: 'development-without-brakes',
    switchedOff: 'licit crops yield at once and pay more than coca, nothing leaks, and ten times as much can be planted a quarter',
    values: {
      'economy.licit.maturationTurns': 1,
      'economy.licit.pricePerKg': 20,
      'mechanisms.money-is-not-enough.leakageBase': 0,
      [`${SUBSTITUTION}.absorptionShare`]: 0.5,
    },
  },
  {
    fact: 'paired-beats-either',
    id: 'development-cushion-off',
    switchedOff: 'development money does not cushion the families whose coca is cut',
    values: { [`${SHOCK}.cushionFromDevelopment`]: 0 },
  },
  { fact: 'paired-beats-either', id: 'replanting-off', switchedOff: 'no cleared field is replanted (nothing for development to prevent)', values: REPLANTING_OFF },
  { fact: 'oversight-matters', id: 'committee-risk-off', switchedOff: 'committees never abuse or get captured', values: { 'mechanisms.committee-risk.abuseChance': 0 } },
  { fact: 'oversight-matters', id: 'committee-security-off', switchedOff: 'committees add no security', values: { 'mechanisms.committee-security.securityGain': 0 } },
  {
    fact: 'blind-operations-cost-trust',
    id: 'civilian-harm-off',
    switchedOff: 'operations that fall on civilians cost no trust and leave no grievance',
    values: { 'mechanisms.two-fires.harmTrustHit': 0, 'mechanisms.two-fires.harmGrievance': 0 },
  },
  {
    fact: 'blind-operations-cost-trust',
    id: 'intelligence-off',
    switchedOff: 'trust and committees do not make operations more precise',
    values: { 'mechanisms.intelligence.trustWeight': 0, 'mechanisms.intelligence.committeeWeight': 0 },
  },
  { fact: 'clan-recovers-while-revenue-flows', id: 'recovery-off', switchedOff: 'the clan does not rebuild its strength', values: { 'mechanisms.insurgent-resilience.recoveryRate': 0 } },
  { fact: 'clan-recovers-while-revenue-flows', id: 'revenue-off', switchedOff: 'the clan takes nothing from the drug trade', values: { 'mechanisms.insurgent-resilience.revenueShare': 0 } },
  { fact: 'exposed-collaborators-suffer', id: 'reprisals-off', switchedOff: 'the insurgents take no reprisals', values: { 'mechanisms.two-fires.reprisalChance': 0 } },
  {
    fact: 'development-cuts-coca-late',
    id: 'absorption-off',
    switchedOff: 'development money plants no licit crops outside freshly cleared fields',
    values: { [`${SUBSTITUTION}.absorptionShare`]: 0 },
  },
  { fact: 'eradication-does-not-stick', id: 'replanting-off', switchedOff: 'no cleared field is replanted', values: REPLANTING_OFF },
  {
    fact: 'eradication-does-not-stick',
    id: 'clan-response-off',
    switchedOff: 'eradication hands the clan nothing: no recruits from uprooted families, and no popular base from the influence they give it (the base never limits the clan)',
    values: { [`${SHOCK}.clanRecruitment`]: 0, 'mechanisms.insurgent-resilience.influenceForFullBase': 0.01 },
  },
  {
    fact: 'eradication-and-development-complement',
    id: 'replanting-off',
    switchedOff: 'no cleared field is replanted, so development has no replanting to prevent: the complement\'s channel',
    values: REPLANTING_OFF,
  },
  {
    fact: 'no-lever-is-free',
    id: 'oversight-drag-off',
    switchedOff: 'oversight no longer slows the committees\' growth, its only cost',
    values: { 'mechanisms.committee-security.oversightDrag': 0 },
  },
];

/** Facts no parameter switch can make fail, each with the reason. */
export const UNCOVERED: Readonly<Record<string, string>> = {
  'order-matters':
    'The sequence ends with less coca than its reverse through several channels at once: eradication coming last leaves no time for its cut to be undone, development is absorbed in proportion to security, and security first keeps insurgent influence down. With eradication switched off the coca gap is still 8%, and with replanting and coca\'s spread both off it grows; no one parameter switches sequencing off.',
};

/** The scenario with a mutation's mechanism switched off (checked again by the scenario parser). */
export function mutated(base: Scenario, mutation: Mutation): Scenario {
  return withValues(base, `mutation:${mutation.fact}:${mutation.id}`, mutation.values);
}
