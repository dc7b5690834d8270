import { useSyncExternalStore } from 'react'

// The URL is the state: the platform's History API and URLSearchParams, no router needed.
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (listeners.size === 1) window.addEventListener('popstate', notify)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('popstate', notify)
  }
}

const getSearch = () => window.location.search

export type Navigate = (params: URLSearchParams, options?: { replace?: boolean }) => void

/** Puts `params` in the address bar (a new history entry unless `replace`), keeping path and hash. */
const navigate: Navigate = (params, options) => {
  const query = params.toString()
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return
  const write = options?.replace ? 'replaceState' : 'pushState'
  // Stryker disable next-line StringLiteral: browsers ignore the title argument ('' by convention)
  window.history[write](null, '', url)
  notify()
}

/** The current query string, re-rendering on navigation and on Back/Forward. */
export function useUrlSearch(): [string, Navigate] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '')
  return [search, navigate]
}
