import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { createFuzzTarget } from '../fuzz/fuzz-target'
import { isolationCaseArbitrary, runIsolationCase } from '../fuzz/isolation-property'

const target = createFuzzTarget(2000)
afterAll(() => target.close())

describe('tenant isolation as a property', () => {
  it('any token sees exactly what it may: 401/400/403, or exactly the SQL rows of its scope', async () => {
    const statuses = new Set<number>()
    await fc.assert(
      fc.asyncProperty(isolationCaseArbitrary(target.samples), async (c) => {
        const result = await runIsolationCase(target, c)
        statuses.add(result.status)
        expect(result.violations, JSON.stringify(c)).toEqual([])
      }),
      { numRuns: 500 },
    )
    // The cases reach every outcome, so the property is not vacuous.
    expect([...statuses].sort()).toEqual([200, 400, 401, 403])
  })
})
