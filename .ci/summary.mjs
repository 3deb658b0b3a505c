// Totals vitest's JSON reports (and the typecheck) into one line: "N passed, N failed".
// A suite whose report is missing counts as one failure; so does a file that failed to load.
import { existsSync, readFileSync } from 'node:fs';

const [typecheck, ...reports] = process.argv.slice(2);
let passed = typecheck === 'pass' ? 1 : 0;
let failed = typecheck === 'pass' ? 0 : 1;
for (const path of reports) {
  if (!existsSync(path)) {
    console.log(`${path}: missing (the suite did not run)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  failed += brokenFiles;
  if (report.numTotalTests === 0) {
    console.log(`${path}: ran no test`);
    failed += 1;
  }
  console.log(`${path}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${brokenFiles} file(s) failed to load`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
