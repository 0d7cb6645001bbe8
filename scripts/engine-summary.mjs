// One line per browser engine at the end of a run: "firefox: 196 passed, 0 failed, 2 skipped".
// .ci/run and the closing notes quote these lines.
export function engineSummary(engineOf = (name) => name) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = new Map();
      for (const session of sessions) {
        const name = engineOf(session.browser.name);
        const count = counts.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        countTests(session.testResults, count);
        // A file that failed to load has no test results: count it as one failure.
        if (!session.testResults && session.passed === false) count.failed++;
        counts.set(name, count);
      }
      console.log('');
      for (const [name, { passed, failed, skipped }] of counts) {
        console.log(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
      }
    },
  };
}

function countTests(suite, count) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) count.skipped++;
    else if (test.passed) count.passed++;
    else count.failed++;
  }
  for (const child of suite.suites) countTests(child, count);
}
