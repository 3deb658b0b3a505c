/**
 * npm run schema — regenerates scenarios/schema.json and the field reference in
 * docs/authoring.md from the zod schema, and docs/evidence.md from the VRAEM scenario's
 * evidence notes and timeline, and the parameter tables of docs/model.md from its values and
 * calibration notes. With --check, changes nothing and exits 1 if any is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evidenceDoc } from '../authoring/evidenceDoc.ts';
import { withParameterTables } from '../authoring/modelDoc.ts';
import { scenarioJsonSchema, withReference } from '../authoring/schemaDocs.ts';
import { parseScenarioText } from '../scenario/load.ts';
import { runCli } from './common.ts';
import { print, warn } from './terminalText.ts';

const SCHEMA = 'scenarios/schema.json';
const GUIDE = 'docs/authoring.md';
const EVIDENCE_SOURCE = 'scenarios/vraem-2012.json';
const EVIDENCE = 'docs/evidence.md';
const MODEL = 'docs/model.md';

/** The shipped scenarios whose citations the register lists. */
const SHIPPED = [EVIDENCE_SOURCE, 'scenarios/classroom-short.json', 'scenarios/upper-huallaga-2005.json'];

function load(file: string) {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not validate: run npm run validate`);
  return parsed.value;
}

runCli(() => {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } }, strict: true });
  const schema = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  const guide = withReference(readFileSync(GUIDE, 'utf8'));
  const scenario = load(EVIDENCE_SOURCE);
  const notes = evidenceDoc(scenario, EVIDENCE_SOURCE, SHIPPED.map((file) => ({ file, scenario: load(file) })));
  const model = withParameterTables(readFileSync(MODEL, 'utf8'), scenario);
  const stale = [
    readFileSync(SCHEMA, { encoding: 'utf8', flag: 'a+' }) !== schema ? SCHEMA : '',
    readFileSync(GUIDE, 'utf8') !== guide ? GUIDE : '',
    readFileSync(EVIDENCE, { encoding: 'utf8', flag: 'a+' }) !== notes ? EVIDENCE : '',
    readFileSync(MODEL, 'utf8') !== model ? MODEL : '',
  ].filter(Boolean);
  if (values.check) {
    for (const file of stale) warn(`${file} is stale: run npm run schema`);
    return stale.length > 0 ? 1 : 0;
  }
  writeFileSync(SCHEMA, schema);
  writeFileSync(GUIDE, guide);
  writeFileSync(EVIDENCE, notes);
  writeFileSync(MODEL, model);
  print(stale.length > 0 ? `updated ${stale.join(', ')}` : 'already up to date');
  return 0;
});
