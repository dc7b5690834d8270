import { useSyncExternalStore } from 'react'

/** Relative times ("5 minutes ago") must not fall more than this behind the clock. */
export const NOW_TICK_MS = 30_000

// One clock for the whole page: every cell that shows a relative time reads the same instant, and
// one timer runs while any of them is on screen.
let now = Date.now()
let timer: ReturnType<typeof setInterval> | undefined
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (listeners.size === 1) {
    now = Date.now()
    timer = setInterval(() => {
      now = Date.now()
      listeners.forEach((l) => l())
    }, NOW_TICK_MS)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) clearInterval(timer)
  }
}

/** The current time in epoch ms, re-rendering the caller every NOW_TICK_MS. */
export const useNow = (): number =>
  useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
  )
