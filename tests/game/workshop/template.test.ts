import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../../src/authoring/validateFile.ts';

describe('the workshop\'s starting template', () => {
  const text = readFileSync('src/game/workshop/template.json', 'utf8');
  const value = JSON.parse(text);

  it('is accepted by the validator npm run validate runs (no errors)', () => {
    const report = validateScenarioText(text, { seeds: 20 });
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(report.summary).not.toBeNull();
  });

  it('has three communities, the five levers, two event cards and a briefing, in English and Spanish', () => {
    expect(value.communities).toHaveLength(3);
    expect(value.levers).toHaveLength(5);
    expect(value.events).toHaveLength(2);
    expect(value.briefing.intro.length).toBeGreaterThan(0);
    expect(value.translations.es['briefing.intro']).toBeTruthy();
  });
});
