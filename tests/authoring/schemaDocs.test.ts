// scenarios/schema.json, the authoring guide's field reference and docs/evidence.md are
// generated: CI fails when they no longer match the zod schema or the scenario's notes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evidenceDoc } from '../../src/authoring/evidenceDoc.ts';
import { fieldReference, scenarioJsonSchema, withReference } from '../../src/authoring/schemaDocs.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';

describe('generated scenario documentation', () => {
  it('scenarios/schema.json is up to date (run npm run schema)', () => {
    expect(readFileSync('scenarios/schema.json', 'utf8')).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  });

  it('docs/authoring.md has an up-to-date field reference (run npm run schema)', () => {
    const guide = readFileSync('docs/authoring.md', 'utf8');
    expect(guide).toBe(withReference(guide));
  });

  it('docs/evidence.md lists the VRAEM scenario\'s notes and timeline as they are (run npm run schema)', () => {
    const load = (file: string) => {
      const parsed = parseScenarioText(readFileSync(file, 'utf8'));
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      return { file, scenario: parsed.value };
    };
    const shipped = ['scenarios/vraem-2012.json', 'scenarios/classroom-short.json', 'scenarios/upper-huallaga-2005.json'].map(load);
    const doc = evidenceDoc(shipped[0]!.scenario, 'scenarios/vraem-2012.json', shipped);
    expect(readFileSync('docs/evidence.md', 'utf8')).toBe(doc);
    expect(doc).toContain('| `assume-donor-eradication-link` | assumption |');
    expect(doc).toContain('| 2013-08 | **"Alipio" and "Gabriel" killed.**');
  });

  it('lists every field with its description', () => {
    const reference = fieldReference();
    expect(reference).toContain('| `communities[].cocaHectares` | number (≥ 0, ≤ 1000000) | Hectares of coca at the start. |');
    expect(reference).toContain('| `events[].choice` (optional) |');
  });

  it('is named by every shipped scenario', () => {
    for (const file of ['vraem-2012', 'classroom-short', 'upper-huallaga-2005']) {
      expect(JSON.parse(readFileSync(`scenarios/${file}.json`, 'utf8')).$schema).toBe('./schema.json');
    }
  });
});
