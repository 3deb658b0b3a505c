/**
 * The end-of-game assessment: one rating per criterion of the scenario (security, trust, coca,
 * human-rights record, livelihoods…), never a single score, because every lever has a price.
 */
import type { Criterion, Measure, Scenario } from '../scenario/schema.ts';
import { createGame, type GameState } from './state.ts';
import { summarizeRegion, type RegionSummary } from './summary.ts';

export type Rating = 'good' | 'fair' | 'poor';

export interface CriterionResult {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly measure: Measure;
  readonly better: 'higher' | 'lower';
  readonly value: number;
  readonly rating: Rating;
}

const percentChange = (from: number, to: number): number => (from === 0 ? 0 : ((to - from) / from) * 100);

export function measure(kind: Measure, start: RegionSummary, end: RegionSummary): number {
  switch (kind) {
    case 'meanTrust':
      return end.meanTrust;
    case 'meanSecurity':
      return end.meanSecurity;
    case 'meanInsurgentInfluence':
      return end.meanInsurgentInfluence;
    case 'cocaChangePercent':
      return percentChange(start.cocaHectares, end.cocaHectares);
    case 'humanRightsIncidents':
      return end.abuses + end.civilianHarm;
    case 'incomeChangePercent':
      return percentChange(start.meanIncome, end.meanIncome);
    case 'incomeChangeAtStartPrices':
      return percentChange(start.meanIncomeAtStartPrices, end.meanIncomeAtStartPrices);
    case 'clanStrength':
      return end.clanStrength;
  }
}

export function rate(criterion: Criterion, value: number): Rating {
  const sign = criterion.better === 'higher' ? 1 : -1;
  if (sign * (value - criterion.good) >= 0) return 'good';
  if (sign * (value - criterion.poor) <= 0) return 'poor';
  return 'fair';
}

export function assess(scenario: Scenario, state: GameState): CriterionResult[] {
  const start = summarizeRegion(scenario, createGame(scenario, state.seed));
  const end = summarizeRegion(scenario, state);
  return scenario.assessment.map((criterion) => {
    const value = measure(criterion.measure, start, end);
    return {
      id: criterion.id,
      label: criterion.label,
      description: criterion.description,
      measure: criterion.measure,
      better: criterion.better,
      value,
      rating: rate(criterion, value),
    };
  });
}
