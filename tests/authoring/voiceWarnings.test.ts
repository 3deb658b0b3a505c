import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../src/authoring/validateFile.ts';
import { parseScenario } from '../../src/scenario/load.ts';

const raw = () => JSON.parse(readFileSync('scenarios/classroom-short.json', 'utf8')) as Record<string, any>;
const warnings = (input: unknown) => validateScenarioText(JSON.stringify(input, null, 2), { seeds: 2 }).findings.filter((f) => f.level === 'warning');

describe('what validate says about the scenario’s voices', () => {
  it('says nothing about a shipped scenario’s own briefing and advisers', () => {
    expect(warnings(raw()).filter((w) => /^(briefing|advisers)/.test(w.path))).toEqual([]);
  });

  it('warns that a briefing without pages is generic, and that a scenario without advisers hides the panel', () => {
    const input = raw();
    delete input.briefing.pages;
    input.advisers = [];
    const found = warnings(input);
    expect(found.find((w) => w.path === 'briefing')?.message).toMatch(/the briefing is generic/);
    expect(found.find((w) => w.path === 'advisers')?.message).toMatch(/panel is hidden/);
  });

  it('warns about an adviser with few lines or none for every quarter', () => {
    const input = raw();
    input.advisers[0].lines = input.advisers[0].lines.filter((l: { when: string[] }) => l.when.length > 0).slice(0, 3);
    const messages = warnings(input).filter((w) => w.path === 'advisers[0].lines').map((w) => w.message);
    expect(messages.some((m) => /3 line\(s\)/.test(m))).toBe(true);
    expect(messages.some((m) => /no line without situations/.test(m))).toBe(true);
  });

  it('refuses advisers that point at things the scenario does not have, one line each', () => {
    const input = raw();
    input.advisers[0].lines[2].when = ['sunny'];
    const parsed = parseScenario(input);
    const errors = parsed.ok ? [] : parsed.errors;
    expect(errors.length).toBe(1);
    expect(errors[0]).toMatch(/^advisers\[0\]\.lines\[2\]\.when\[0\]: /);
    const input2 = raw();
    input2.advisers[1].id = input2.advisers[0].id;
    input2.advisers[0].lines[0].evidence = 'no-such-note';
    const parsed2 = parseScenario(input2);
    expect(parsed2.ok ? [] : parsed2.errors).toEqual(['advisers[1].id: duplicate id "commander"', 'advisers[0].lines[0].evidence: unknown evidence note "no-such-note"']);
  });

  it('warns about a line waiting for an event card the scenario does not have', () => {
    const input = raw();
    input.advisers[0].lines[1].when = ['event:no-such-card'];
    expect(warnings(input).find((w) => w.path === 'advisers[0].lines[1].when[0]')?.message).toMatch(/no event card "no-such-card"/);
  });
});
