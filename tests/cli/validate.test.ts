import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.ts';

const validate = (...args: string[]) => runCli('src/cli/validate.ts', [...args, '--seeds', '10']);
const dir = mkdtempSync(join(tmpdir(), 'btf-validate-'));

describe('npm run validate', () => {
  it('accepts the shipped scenario, with a summary, exit 0', async () => {
    const result = await validate('scenarios/vraem-2012.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/scenarios\/vraem-2012\.json: valid.*\(8 communities, 14 events, 20 turns; dry run of 10 games; 13 of 13 checks pass; [\d.]+ s\)/);
  });

  it('names file, line, column, path and problem for each error, exit 1', async () => {
    const scenario = JSON.parse(readFileSync('scenarios/vraem-2012.json', 'utf8'));
    scenario.communities[3].cocaHectares = -5;
    scenario.communities[2].zone = 'desert';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(scenario, null, 2));
    const result = await validate(file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`${file}:\\d+:\\d+: error: communities\\[3\\]\\.cocaHectares: expected a number >= 0, got -5`));
    expect(result.stdout).toMatch(/error: communities\[2\]\.zone: expected one of "jungle", "highland", got "desert"/);
    expect(result.stdout).toContain(`${file}: 2 error(s), 0 warning(s)`);
  });

  it('says where a file that is not JSON stops parsing', async () => {
    const file = join(dir, 'not.json');
    writeFileSync(file, '{\n  "id": "x",\n  "title": \n}');
    const result = await validate(file);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}:4:1: error: not valid JSON at line 4, column 1: expected a value`);
  });

  it('reports an unreadable file with exit 2 and still checks the others', async () => {
    const result = await validate('scenarios/nope.json', 'scenarios/vraem-2012.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('scenarios/nope.json: cannot be read: no such file');
    expect(result.stdout).toContain('scenarios/vraem-2012.json: valid');
  });
});
