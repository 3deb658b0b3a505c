// Every scenario and policy the project ships loads without a single error.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '../../src/policy/load.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';

const scenarioFiles = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'schema.json');
const policyFiles = readdirSync('policies').filter((f) => f.endsWith('.json'));

describe('shipped files', () => {
  it('include the VRAEM scenario and the named policies', () => {
    expect(scenarioFiles).toContain('vraem-2012.json');
    expect(policyFiles.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of scenarioFiles) {
    it(`scenarios/${file} validates`, () => {
      const parsed = parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'));
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    });
  }

  // A policy written for one scenario (its "scenario" field) validates against that one; the others against the VRAEM.
  for (const file of policyFiles) {
    const text = readFileSync(`policies/${file}`, 'utf8');
    const target = (JSON.parse(text) as { scenario?: string }).scenario ?? 'vraem-2012';
    it(`policies/${file} validates against scenarios/${target}.json`, () => {
      const scenario = parseScenarioText(readFileSync(`scenarios/${target}.json`, 'utf8'));
      if (!scenario.ok) throw new Error('scenario invalid');
      const parsed = parsePolicyText(text, scenario.value);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    });
  }
});
