// docs/model.md's parameter tables are generated from the VRAEM scenario (npm run schema):
// CI fails when a value or its calibration note changes and the page is not regenerated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withParameterTables } from '../../src/authoring/modelDoc.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';

const parsed = parseScenarioText(readFileSync('scenarios/vraem-2012.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const vraem = parsed.value;
const doc = readFileSync('docs/model.md', 'utf8');

describe('docs/model.md parameter tables', () => {
  it('match the VRAEM scenario (run npm run schema)', () => {
    expect(doc).toBe(withParameterTables(doc, vraem));
  });

  it('has a section for every mechanism of the scenario', () => {
    for (const id of Object.keys(vraem.mechanisms)) expect(doc).toContain(`### \`${id}\``);
  });

  it('shows a changed value and a calibrated value with its grade and note', () => {
    const retuned = { ...vraem, mechanisms: { ...vraem.mechanisms, livelihood: { ...vraem.mechanisms.livelihood, expansionRate: 0.07 } } };
    const regenerated = withParameterTables(doc, retuned);
    expect(regenerated).not.toBe(doc);
    expect(regenerated).toContain('| `expansionRate` | 0.07 |');
    const replant = vraem.calibration.find((c) => c.path === 'mechanisms.eradication-shock.replantShare')!;
    expect(regenerated).toContain(`| \`replantShare\` | ${replant.value} | ${replant.grade}: ${replant.note} |`);
  });
});
