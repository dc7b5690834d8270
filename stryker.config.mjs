// @ts-check
// Mutation testing: `npm run mutation`. How to run it and read a survivor: docs/testing.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // `related: false`: a static mutant runs every test file, not only those that import its module
  // statically, so src/test/modules-load.test.ts (which imports each module dynamically) sees a
  // module that no longer loads. The quick tests run first, so a killed mutant still stops early.
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  // Only the tests that cover a mutant run against it. Static mutants (code that runs when a module
  // loads, such as the contract's descriptions and messages) still run: the OpenAPI golden test is
  // what catches them, and ignoring them would hide exactly what it guards.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/contract/**/*.ts',
    'src/features/*/model/**/*.ts',
    'src/lib/**/*.ts',
    'server/calls/**/*.ts',
    'server/auth/**/*.ts',
    'server/http/**/*.ts',
    '!**/*.test.ts',
    '!**/*.test.tsx',
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
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // Each survivor is listed with the tests that reached it (at most 3); the table comes last.
  clearTextReporter: { allowColor: false, reportTests: false },
  thresholds: { high: 90, low: 80, break: 80 },
  // The machine is shared and mutants that loop are rare here: a generous margin avoids false timeouts.
  timeoutMS: 10_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}

export default config
