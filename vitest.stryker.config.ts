import { configDefaults, mergeConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import base from './vite.config'

// The Vitest config StrykerJS runs (stryker.config.mjs). Stryker stops a mutant's run at its first
// failing test, and a static mutant (one in code that runs when a module loads) runs every related
// test file: putting the quick, exact tests first kills most mutants in a second or two.
const ORDER = [
  'server/test/published-contract.test.ts',
  'src/contract/',
  'src/lib/',
  'src/features/calls/model/',
  'server/test/paging-links.test.ts',
  'server/test/calls-repository.test.ts',
  'server/test/require-tenancy.test.ts',
  'server/test/',
  'src/features/',
]

const rank = (spec: TestSpecification) => {
  const file = spec.moduleId.replaceAll('\\', '/')
  const i = ORDER.findIndex((prefix) => file.includes(`/${prefix}`))
  return i === -1 ? ORDER.length : i
}

class QuickTestsFirst extends BaseSequencer {
  override sort(files: TestSpecification[]) {
    return Promise.resolve([...files].sort((a, b) => rank(a) - rank(b)))
  }
}

// Left out of mutation runs: the whole-app jsdom tests (src/app), which take 2-12 s a file and wait
// up to 5 s on each findBy, and the cluster test, which starts processes. Every mutated module has
// tests of its own; a mutant that only a whole-app test notices is a rule with no unit case, and the
// run should say so rather than spend half a minute on each such mutant. `npm test` still runs them.
const SLOW_COMPOSITION_TESTS = ['src/app/**', 'server/test/cluster-start.test.ts']
// Also left out: the test that imports every mutated module inside a test. It makes each module's
// load-time code look covered by that test, so with `ignoreStatic` Stryker runs those mutants
// against it alone, activated after the module has loaded: they "survive" without ever being in
// effect. Without it, load-time code is purely static and reported as Ignored, which is the truth.
const LOAD_TIME_IMPORTS = ['src/test/modules-load.test.ts']

export default mergeConfig(base, {
  test: {
    exclude: [...configDefaults.exclude, ...SLOW_COMPOSITION_TESTS, ...LOAD_TIME_IMPORTS],
    sequence: { sequencer: QuickTestsFirst },
    // Instrumented code on one worker thread, on a shared machine: a slow first run is not a failure.
    // Stryker applies its own timeout to each mutant (timeoutMS in stryker.config.mjs).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
