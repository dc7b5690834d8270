import { describe, expect, it } from 'vitest'

// Every module StrykerJS mutates (keep in step with `mutate` in stryker.config.mjs), imported one
// at a time. A mutant that stops a module from loading (a helper that returns nothing, an Intl
// option out of range) fails every test file at import, and Stryker's Vitest runner counts a test
// file that never started as no failure at all: here it is a failing test, so it counts.
const modules = import.meta.glob([
  '../contract/**/*.ts',
  '../features/*/model/**/*.ts',
  '../lib/**/*.ts',
  '../../server/calls/**/*.ts',
  '../../server/auth/**/*.ts',
  '../../server/http/**/*.ts',
  '!**/*.test.ts',
])

describe('every mutated module loads', () => {
  it.each(Object.entries(modules))('%s', async (_path, load) => {
    await expect(load()).resolves.toBeTypeOf('object')
  })
})
