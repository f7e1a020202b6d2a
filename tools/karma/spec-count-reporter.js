// A Karma reporter that prints each failure in full and one summary line per run:
// "<project>: N passed, N failed, N skipped". The project name comes from KARMA_PROJECT.
function SpecCountReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const project = process.env.KARMA_PROJECT || 'unit';

  const baseRunStart = this.onRunStart.bind(this);
  this.onRunStart = (browsers) => {
    baseRunStart(browsers);
    counts.passed = counts.failed = counts.skipped = 0;
  };
  this.onBrowserLog = (_browser, log, type) => {
    if (type === 'error' || type === 'warn') this.write(`  [browser ${type}] ${log}\n`);
  };
  this.specSuccess = () => counts.passed++;
  this.specSkipped = () => counts.skipped++;
  this.specFailure = (_browser, result) => {
    counts.failed++;
    this.write(`\n  FAILED ${result.suite.join(' › ')} › ${result.description}\n`);
    for (const log of result.log)
      this.write(`    ${String(log).split('\n').slice(0, 8).join('\n    ')}\n`);
  };
  this.onBrowserError = (_browser, error) => {
    counts.failed++;
    this.write(`\n  ERROR ${typeof error === 'string' ? error : JSON.stringify(error)}\n`);
  };
  this.onRunComplete = (_browsers, results) => {
    if (results.error && counts.failed === 0) counts.failed++;
    this.write(
      `${project}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  };
}
SpecCountReporter.$inject = ['baseReporterDecorator'];

module.exports = { 'reporter:spec-count': ['type', SpecCountReporter] };
