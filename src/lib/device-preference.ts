import { useCallback, useSyncExternalStore } from 'react'

// A choice remembered on this device (how the dashboard looks, never data or secrets), so
// localStorage is the place. Every component reading one key re-renders when any of them writes it.
const listeners = new Set<() => void>()
function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null // storage may be off (private mode, policy): the default holds
  }
}

/** Stores `value` under `key` (null forgets it) and tells every reader. */
export function writeDevicePreference(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key)
    else window.localStorage.setItem(key, value)
  } catch {
    // Not remembered, but still applied for this visit: readers fall back to memory below.
  }
  memory.set(key, value)
  listeners.forEach((l) => l())
}
// What was chosen in this visit wins over storage, which may have refused to keep it.
const memory = new Map<string, string | null>()

/**
 * The stored text of `key` and a setter. The raw text is what React compares between renders (a
 * string, so no new object each time); callers parse it with their own rules.
 */
export function useDevicePreference(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => (memory.has(key) ? (memory.get(key) ?? null) : read(key)),
    () => null,
  )
  const set = useCallback((next: string | null) => writeDevicePreference(key, next), [key])
  return [value, set]
}
