import { mergeConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'
import base from './vite.config'

// The Vitest config StrykerJS runs (stryker.config.mjs). Stryker stops a mutant's run at its first
// failing test, and a static mutant (one in code that runs when a module loads) runs every related
// test file: putting the quick, exact tests first kills most mutants in a second or two.
const ORDER = [
  'src/test/modules-load.test.ts',
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

export default mergeConfig(base, {
  test: {
    sequence: { sequencer: QuickTestsFirst },
    // Instrumented code on one worker thread, on a shared machine: a slow first run is not a failure.
    // Stryker applies its own timeout to each mutant (timeoutMS in stryker.config.mjs).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
