/**
 * The policy the end screen compares a run with: what the state historically did, for scenarios
 * that have a historical path (src/policy/historical.ts), else the status quo.
 */
import statusQuo from '../../policies/status-quo.json';
import { historicalPolicy } from '../policy/historical.ts';
import type { Scenario } from '../scenario/schema.ts';

export function referencePolicy(scenario: Scenario): unknown {
  return historicalPolicy(scenario) ?? statusQuo;
}
