/**
 * The consequence analysis off the page's thread: a busy 20-turn game means about a hundred
 * partial re-simulations, which would freeze the end screen for a moment on a classroom laptop.
 * It receives the scenario, the seed and the decisions, replays the run and posts the analysis.
 */
import { analyzeConsequences } from '../../analysis/consequences.ts';
import { Session } from '../session.ts';
import { SHOWN_DECISIONS, type ConsequenceRequest, type ConsequenceResponse } from './client.ts';

self.onmessage = (event: MessageEvent<ConsequenceRequest>) => {
  const { scenario, seed, decisions } = event.data;
  const started = performance.now();
  const session = Session.replay(scenario, seed, decisions);
  const response: ConsequenceResponse = session
    ? { ok: true, analysis: analyzeConsequences(scenario, session.played(), { channelsFor: SHOWN_DECISIONS }), computeMs: performance.now() - started }
    : { ok: false, error: 'the engine refused the recorded decisions' };
  self.postMessage(response);
};
