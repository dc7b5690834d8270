// @ts-check
// Mutation testing: `npm run mutation`. How to run it and read a survivor: docs/testing.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // `related: false`: a static mutant runs every test file, not only those that import its module
  // statically, so src/test/modules-load.test.ts (which imports each module dynamically) sees a
  // module that no longer loads. The quick tests run first, so a killed mutant still stops early.
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  // Only the tests that cover a mutant run against it.
  coverageAnalysis: 'perTest',
  // Static mutants (in code that runs when a module loads: the contract's descriptions, messages
  // and bounds, module-level constants) cannot be traced to tests, so each one reloads every module
  // and runs every test file: about a minute of a worker each here. With 425 of them (20% of all
  // mutants) a run slowed to 2 mutants a minute and would not have ended in 3 hours. They are left
  // out of the score.
  // What they would change is guarded by tests made for it: the golden copies of the published
  // contract (server/test/published-contract.test.ts) and src/test/modules-load.test.ts.
  ignoreStatic: true,
  mutate: [
    'src/contract/**/*.ts',
    'src/features/*/model/**/*.ts',
    'src/lib/**/*.ts',
    'server/calls/**/*.ts',
    'server/auth/**/*.ts',
    'server/http/**/*.ts',
    '!**/*.test.ts',
    '!**/*.test.tsx',
    // Test data for the model tests, not product code.
    '!src/features/calls/model/test-calls.ts',
  ],
  // The sandbox is a copy of the project: leave out what no unit test reads (the seeded database alone
  // is tens of megabytes).
  ignorePatterns: [
    'data',
    'dist',
    'coverage',
    'reports',
    'test-results',
    'playwright-report',
    'blob-report',
    'e2e',
    'bench',
  ],
  // Results are kept per mutant and per test, so a later run re-tests only what changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // Each survivor is listed with the tests that reached it (at most 3); the table comes last.
  clearTextReporter: { allowColor: false, reportTests: false },
  thresholds: { high: 90, low: 80, break: 80 },
  // The machine is shared and mutants that loop are rare here: a generous margin avoids false timeouts.
  timeoutMS: 10_000,
  // The first run of every test (for coverage) takes ~1.5 min idle; on a busy machine more than the
  // 5 minutes Stryker allows by default.
  dryRunTimeoutMinutes: 15,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}

export default config
