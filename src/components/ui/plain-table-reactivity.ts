import type { TableReactivityBindings } from '@tanstack/table-core/reactivity'

/** A writable atom as table-core's bindings hand them out, kept as a plain value. */
type PlainAtom<T> = {
  get: () => T
  set: (next: T | ((previous: T) => T)) => void
  subscribe: () => never
}

const nothingToFollow = (): never => {
  throw new Error('This table keeps no state: there is nothing to subscribe to.')
}

/**
 * TanStack Table's reactivity for a table that keeps no state and is built again whenever its
 * columns or rows change (useDataTable): its atoms are plain values, and a derived one is worked
 * out when read. Nothing is subscribed to, so TanStack Store's dependency tracking (the
 * `storeReactivityBindings` this replaces: 1.5 kB gzip of the first load) had nothing to do. Any
 * subscription throws, as `storeReactivityBindings` does for its unsupported calls: a stateful
 * feature added to the table needs real reactivity, and must fail loudly rather than go stale.
 */
export function plainTableReactivity(): TableReactivityBindings {
  return {
    createOptionsStore: false,
    wrapExternalAtoms: false,
    addSubscription: nothingToFollow,
    batch: (fn) => fn(),
    schedule: (fn) => queueMicrotask(fn),
    untrack: (fn) => fn(),
    createReadonlyAtom: (compute) => ({ get: compute, subscribe: nothingToFollow }),
    createWritableAtom: <T>(initial: T) => {
      let value = initial
      const atom: PlainAtom<T> = {
        get: () => value,
        set: (next: T | ((previous: T) => T)) => {
          value = typeof next === 'function' ? (next as (previous: T) => T)(value) : next
        },
        subscribe: nothingToFollow,
      }
      return atom
    },
  }
}
