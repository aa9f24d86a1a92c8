// Prints the closing line `N passed, N failed` from vitest's JSON report. When the report is missing (a check
// before the tests failed), the failed check counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [file = 'reports/vitest.json', status = '0'] = process.argv.slice(2);
if (!existsSync(file)) {
  console.log(`0 passed, ${status === '0' ? 0 : 1} failed`);
} else {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = report.numFailedTests + (status !== '0' && report.numFailedTests === 0 ? 1 : 0);
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(
    `${report.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
  );
}
