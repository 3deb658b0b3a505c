import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/authoring/validateFile.ts';
import { parseScenarioFile } from '../../src/game/scenarios.ts';

/** The shipped scenario, pretty-printed, with eleven problems of different kinds. */
function brokenText(): string {
  const scenario = JSON.parse(readFileSync('scenarios/vraem-2012.json', 'utf8'));
  for (let i = 0; i < 8; i++) scenario.communities[i].cocaHectares = -1 - i;
  scenario.calendar.turns = 0;
  scenario.levers[0].max = 'lots';
  scenario.budget.perTurn = -3;
  return JSON.stringify(scenario, null, 2);
}

describe('a scenario file loaded in the browser', () => {
  it('lists every problem the command line lists, each with its line and column in the file', () => {
    const text = brokenText();
    const entry = parseScenarioFile('broken.json', text);
    if (entry.ok) throw new Error('the broken file loaded');
    const cli = validateScenarioText(text).findings.filter((f) => f.level === 'error');
    expect(entry.errors.length).toBeGreaterThanOrEqual(11);
    expect(entry.errors.map((e) => [e.line, e.column])).toEqual(cli.map((f) => [f.line, f.column]));
    for (const error of entry.errors) expect(error.line).not.toBeNull();
    // The line named is the one holding the faulty field.
    const lines = text.split('\n');
    const coca = entry.errors.find((e) => e.message.startsWith('communities[3].cocaHectares'))!;
    expect(lines[coca.line! - 1]).toContain('"cocaHectares": -4');
  });

  it('says where a syntax error is', () => {
    const entry = parseScenarioFile('cut.json', '{\n  "id": ');
    if (entry.ok) throw new Error('the cut file loaded');
    expect(entry.errors).toHaveLength(1);
    expect(entry.errors[0]!.line).toBe(2);
  });
});
