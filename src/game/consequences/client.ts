/**
 * Asks for a run's most consequential decisions: worked out in the analysis workers (see
 * ../ui/analysisWorker.ts), or on the page where no worker can run. An end screen or a debrief
 * that asks again simply gets the newer answer drawn; a stale one is never shown (see callers).
 */
import type { ConsequenceAnalysis } from '../../analysis/consequences.ts';
import type { Decisions } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { consequencesInWorkers } from '../ui/analysisWorker.ts';

export interface ConsequenceRequest {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly decisions: readonly Decisions[];
}

/** The decisions a screen shows (end screen, debrief), each told with the mechanisms it acted through. */
export { SHOWN_DECISIONS } from '../../analysis/consequences.ts';

export interface ConsequenceResult {
  readonly analysis: ConsequenceAnalysis;
  /** Time to compute, and from request to answer. */
  readonly computeMs: number;
  readonly totalMs: number;
  readonly where: 'worker' | 'page';
}

export async function requestConsequences(request: ConsequenceRequest): Promise<ConsequenceResult> {
  const started = performance.now();
  const { analysis, computeMs, where } = await consequencesInWorkers(request.scenario, request.seed, request.decisions);
  return { analysis, computeMs, totalMs: performance.now() - started, where };
}
