/**
 * npm run validate -- FILE... — checks scenario files and says, for each problem, where it is
 * (line:column and JSON path) and what is wrong. Exit 0 when no file has errors (warnings
 * allowed), 1 when some file has errors, 2 when a file cannot be read or the flags are wrong.
 */
import { parseArgs } from 'node:util';
import { validateScenarioText } from '../authoring/validateFile.ts';
import { InvalidFile, readText, runCli, UserError } from './common.ts';
import { oneLine, print } from './terminalText.ts';

const USAGE = 'usage: npm run validate -- FILE... [--seeds N]';

runCli(() => {
  const { values, positionals } = parseArgs({ options: { seeds: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (values.help) {
    print(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UserError(`no file given\n${USAGE}`);
  const seeds = values.seeds === undefined ? undefined : Number(values.seeds);
  if (seeds !== undefined && (!Number.isInteger(seeds) || seeds < 1)) throw new UserError(`--seeds: expected a whole number >= 1, got "${values.seeds}"`);

  let errors = 0;
  let unreadable = 0;
  for (const path of positionals) {
    // The name as given, on one line: a file name may hold control characters too.
    const file = oneLine(path);
    let text: string;
    try {
      text = readText(path);
    } catch (error) {
      if (error instanceof InvalidFile) {
        print(`${file}: error: ${error.message.slice(path.length + 2)}`);
        errors++;
        continue;
      }
      if (!(error instanceof UserError)) throw error;
      print(`${file}: cannot be read: ${error.message.slice(path.length + 2)}`);
      unreadable++;
      continue;
    }
    if (/"\$schema"\s*:\s*"https?:\/\/json-schema\.org/.test(text.slice(0, 200))) {
      print(`${file}: skipped (the JSON Schema of scenario files, not a scenario)`);
      continue;
    }
    const report = validateScenarioText(text, seeds === undefined ? {} : { seeds });
    for (const f of report.findings) {
      const where = f.line === null ? file : `${file}:${f.line}:${f.column}`;
      print(`${where}: ${f.level}: ${f.path ? `${f.path}: ` : ''}${f.message}`);
    }
    const fileErrors = report.findings.filter((f) => f.level === 'error').length;
    const warnings = report.findings.length - fileErrors;
    errors += fileErrors;
    if (fileErrors === 0) print(`${file}: valid${warnings > 0 ? ` with ${warnings} warning(s)` : ''} (${report.summary})`);
    else print(`${file}: ${fileErrors} error(s), ${warnings} warning(s)`);
  }
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
});
