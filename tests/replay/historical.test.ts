// The historical path: what the state did in the VRAEM, playable on any seed beside a class's runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historicalPolicy, playHistorical } from '../../src/policy/historical.ts';
import { parsePolicyText } from '../../src/policy/load.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';

const scenario = (file: string) => {
  const parsed = parseScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
};

describe('historical path', () => {
  it('carries out no forced eradication in the VRAEM in any quarter, and says why each change happens', () => {
    const vraem = scenario('vraem-2012');
    const played = playHistorical(vraem, 'seed-1')!;
    expect(played.decisions).toHaveLength(vraem.calendar.turns);
    expect(played.decisions.every((d) => d.levers?.eradicationPace === 0)).toBe(true);
    const policy = historicalPolicy(vraem)!;
    expect(policy.turns.every((range) => range.note !== undefined && range.source !== undefined)).toBe(true);
  });

  it('plays the same on the same seed, so a class run can be compared with it', () => {
    const vraem = scenario('vraem-2012');
    const a = playHistorical(vraem, 'class-7', 6)!;
    const b = playHistorical(vraem, 'class-7', 6)!;
    expect(a.states.map((s) => s.turn)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(JSON.stringify(a.states.at(-1))).toBe(JSON.stringify(b.states.at(-1)));
  });

  it('has none for the Upper Huallaga, whose quarter-by-quarter history is not documented here', () => {
    expect(playHistorical(scenario('upper-huallaga-2005'), 'seed-1')).toBeNull();
  });

  it('refuses a historical policy loaded for another scenario', () => {
    const parsed = parsePolicyText(readFileSync('policies/historical.json', 'utf8'), scenario('upper-huallaga-2005'));
    expect(parsed.ok ? [] : parsed.errors).toContain('scenario: this policy follows scenario "vraem-2012", not "upper-huallaga-2005"');
  });
});
