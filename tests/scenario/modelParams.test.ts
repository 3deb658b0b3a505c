// Parameters that would make a mechanism of the model meaningless are refused when a scenario is
// loaded, one line each naming the path and the allowed range.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.ts';

const shipped = JSON.parse(readFileSync('scenarios/vraem-2012.json', 'utf8'));

function errorsWith(change: (mechanisms: Record<string, Record<string, unknown>>) => void): string[] {
  const copy = structuredClone(shipped);
  change(copy.mechanisms);
  // Calibration notes would also (rightly) flag the changed value; leave them out here.
  copy.calibration = [];
  const parsed = parseScenarioText(JSON.stringify(copy));
  return parsed.ok ? [] : parsed.errors;
}

describe('meaningless model parameters', () => {
  it('accepts the shipped values', () => {
    expect(errorsWith(() => {})).toEqual([]);
  });

  it.each([
    ['a comparable-living share above 1', (m: Record<string, Record<string, unknown>>) => (m['voluntary-substitution']!.comparableLivingShare = 1.5), /^mechanisms\.voluntary-substitution\.comparableLivingShare: .*<= 1/],
    ['a comparable-living share of 0', (m: Record<string, Record<string, unknown>>) => (m['voluntary-substitution']!.comparableLivingShare = 0), /^mechanisms\.voluntary-substitution\.comparableLivingShare: .*> 0/],
    ['a negative day wage', (m: Record<string, Record<string, unknown>>) => (m.livelihood!.dayWage = -3), /^mechanisms\.livelihood\.dayWage: .*>= 0/],
    ['a job share above 1', (m: Record<string, Record<string, unknown>>) => (m.livelihood!.jobShare = 1.2), /^mechanisms\.livelihood\.jobShare: .*<= 1/],
    ['a household with no days of work', (m: Record<string, Record<string, unknown>>) => (m.livelihood!.labourDaysPerHousehold = 0), /^mechanisms\.livelihood\.labourDaysPerHousehold: .*>= 1/],
    ['a popular-base threshold above 1', (m: Record<string, Record<string, unknown>>) => (m['insurgent-resilience']!.influenceForFullBase = 2), /^mechanisms\.insurgent-resilience\.influenceForFullBase: .*<= 1/],
    [
      'a model position weighted above 1',
      (m: Record<string, Record<string, unknown>>) => ((m['state-substitution']!.criticsView as Record<string, unknown>).weight = 1.5),
      /^mechanisms\.state-substitution\.criticsView\.weight: .*<= 1/,
    ],
  ])('refuses %s with its path and range', (_, change, message) => {
    const errors = errorsWith(change);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });
});
