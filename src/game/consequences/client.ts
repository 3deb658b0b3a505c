/**
 * Asks the consequence worker for a run's analysis; where workers are unavailable the same pure
 * module runs on the page instead. Each request gets its own short-lived worker, so an end
 * screen left early never receives a stale answer.
 */
import { analyzeConsequences, type ConsequenceAnalysis } from '../../analysis/consequences.ts';
import type { Decisions } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { Session } from '../session.ts';

export interface ConsequenceRequest {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly decisions: readonly Decisions[];
}

/** The decisions a screen shows (end screen, debrief), each told with the mechanisms it acted through. */
export const SHOWN_DECISIONS = 5;

export type ConsequenceResponse = { ok: true; analysis: ConsequenceAnalysis; computeMs: number } | { ok: false; error: string };

export interface ConsequenceResult {
  readonly analysis: ConsequenceAnalysis;
  /** Time to compute, and from request to answer (including starting the worker). */
  readonly computeMs: number;
  readonly totalMs: number;
  readonly where: 'worker' | 'page';
}

function onPage(request: ConsequenceRequest, started: number): ConsequenceResult {
  const session = Session.replay(request.scenario, request.seed, request.decisions);
  if (!session) throw new Error('the engine refused the recorded decisions');
  const analysis = analyzeConsequences(request.scenario, session.played(), { channelsFor: SHOWN_DECISIONS });
  const ms = performance.now() - started;
  return { analysis, computeMs: ms, totalMs: ms, where: 'page' };
}

export function requestConsequences(request: ConsequenceRequest): Promise<ConsequenceResult> {
  const started = performance.now();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve().then(() => onPage(request, started));
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ConsequenceResponse>) => {
      worker.terminate();
      const response = event.data;
      if (response.ok) resolve({ analysis: response.analysis, computeMs: response.computeMs, totalMs: performance.now() - started, where: 'worker' });
      else reject(new Error(response.error));
    };
    worker.onerror = (error) => {
      worker.terminate();
      error.preventDefault();
      // A worker that cannot start (an offline copy opened from file://, for example): the page does it.
      try {
        resolve(onPage(request, started));
      } catch (failure) {
        reject(failure instanceof Error ? failure : new Error(String(failure)));
      }
    };
    worker.postMessage(request);
  });
}
