import { useEffect, useState } from 'react'
import { afterPaint } from './after-paint'

/**
 * False until `ready` has been true through a painted frame and an idle moment (afterPaint), then
 * true for good. For a part that should not be fetched or drawn alongside what the user is
 * waiting for: its lazy code is asked for only once that is on screen.
 */
export function usePaintedOnce(ready: boolean): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted || !ready) return
    return afterPaint(() => setPainted(true))
  }, [painted, ready])
  return painted
}
