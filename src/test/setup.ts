import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy…/waitFor give a real server this long: 1 s (the default) is short on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => cleanup())
