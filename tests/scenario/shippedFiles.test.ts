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

  const vraem = parseScenarioText(readFileSync('scenarios/vraem-2012.json', 'utf8'));
  for (const file of policyFiles) {
    it(`policies/${file} validates against the VRAEM scenario`, () => {
      if (!vraem.ok) throw new Error('scenario invalid');
      const parsed = parsePolicyText(readFileSync(`policies/${file}`, 'utf8'), vraem.value);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    });
  }
});
