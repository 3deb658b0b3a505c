/** The shipped scenarios, parsed, for the analysis tests. */
import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

export function shippedScenario(name: string): Scenario {
  const parsed = parseScenarioText(readFileSync(`scenarios/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}

export const SHIPPED = ['vraem-2012', 'upper-huallaga-2005', 'classroom-short'] as const;
