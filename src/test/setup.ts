import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { flushUrlWrites } from '../lib/url-search-params'

// findBy…/waitFor give a real server this long: 1 s (the default) is short on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
  // No history entry of one test is left to be written into the next.
  flushUrlWrites()
})
