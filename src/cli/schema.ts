/**
 * npm run schema — regenerates scenarios/schema.json and the field reference in
 * docs/authoring.md from the zod schema. With --check, changes nothing and exits 1 if either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scenarioJsonSchema, withReference } from '../authoring/schemaDocs.ts';
import { runCli } from './common.ts';

const SCHEMA = 'scenarios/schema.json';
const GUIDE = 'docs/authoring.md';

runCli(() => {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } }, strict: true });
  const schema = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  const guide = withReference(readFileSync(GUIDE, 'utf8'));
  const stale = [readFileSync(SCHEMA, { encoding: 'utf8', flag: 'a+' }) !== schema ? SCHEMA : '', readFileSync(GUIDE, 'utf8') !== guide ? GUIDE : ''].filter(Boolean);
  if (values.check) {
    for (const file of stale) console.error(`${file} is stale: run npm run schema`);
    return stale.length > 0 ? 1 : 0;
  }
  writeFileSync(SCHEMA, schema);
  writeFileSync(GUIDE, guide);
  console.log(stale.length > 0 ? `updated ${stale.join(' and ')}` : 'already up to date');
  return 0;
});
