/**
 * Prints the plain closing line CI reads ("vitest: N passed, N failed"),
 * since vitest's own summary is not one it recognises. A file that fails
 * to load, or a run that fails outside any test, counts as one failure.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>, reason: string) {
    let passed = 0;
    let failed = errors.length;
    for (const module of modules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
      }
    }
    // A run that failed before any test (a global setup that threw) still counts as failed.
    if (reason === 'failed' && failed === 0) failed = 1;
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed\n`);
  }
}
