import { useEffect, useSyncExternalStore } from 'react'
import { afterPaint } from './after-paint'

// The URL is the state: the platform's History API and URLSearchParams, no router needed.
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

// The view changes at once; the address bar is written once the frame that shows it is painted and
// the page is idle. In Chromium a pushState costs 1–13 ms on this page (measured), as much as
// rendering a whole page of rows, and a Next page click or a search would wait for it before
// painting. Until the write, `shown` is the search the view answers, and `writes` are the history
// entries still to be made, in order.
let shown: string | null = null
const writes: { url: string; replace: boolean }[] = []
let guard: ReturnType<typeof setTimeout> | undefined
/** At the latest this long after a change, the address bar says it (a hidden tab has no frames). */
const GUARD_MS = 200
let frameAsked = false
/** Holders who need the main thread more than the address bar does now (useHoldUrlWrites). */
let holds = 0
// What waits for the address bar to be right: the tab's title (see afterUrlWrites).
const afterWrites = new Set<() => void>()

function runAfterWrites() {
  const waiting = [...afterWrites]
  afterWrites.clear()
  for (const run of waiting) run()
}

/** Makes the pending history entries; the address bar then says what the view shows. */
export function flushUrlWrites() {
  clearTimeout(guard)
  guard = undefined
  frameAsked = false
  for (const { url, replace } of writes.splice(0)) {
    // Stryker disable next-line StringLiteral: browsers ignore the title argument ('' by convention)
    window.history[replace ? 'replaceState' : 'pushState'](null, '', url)
  }
  shown = null
  runAfterWrites()
}

/**
 * Runs `run` once the history entries still to be made are made (at once when there are none);
 * the returned function cancels it. Chromium names the current history entry with the tab's title:
 * a title set before the entry for its view exists would rename the entry being left.
 */
export function afterUrlWrites(run: () => void): () => void {
  if (writes.length === 0) {
    run()
    return () => {}
  }
  afterWrites.add(run)
  return () => afterWrites.delete(run)
}

function scheduleFlush() {
  guard ??= setTimeout(flushUrlWrites, GUARD_MS)
  if (frameAsked) return
  frameAsked = true
  afterPaint(() => {
    frameAsked = false
    if (holds === 0) flushUrlWrites()
  }, GUARD_MS)
}

/**
 * While `hold` is true the address bar is not written, for at most 200 ms from the change (a search
 * whose rows are on their way: the write would run as they arrive and hold them back by its own
 * length). When the hold ends, the write follows the next frame, as usual.
 */
export function useHoldUrlWrites(hold: boolean): void {
  useEffect(() => {
    if (!hold) return
    holds += 1
    return () => {
      holds -= 1
      if (writes.length > 0) scheduleFlush()
    }
  }, [hold])
}

// Back or Forward wins over a write not yet made: the browser has moved from the entry the write
// would have followed, so making it now would put the page the user left back on top.
function onPopState() {
  writes.length = 0
  shown = null
  runAfterWrites()
  notify()
}

// The page is going out of sight or away (another tab, a closed tab): the history gets what is
// pending now, held or not, so a tab reopened or looked at again names the view it showed. (Not a
// reload: the browser reads the address to reload before pagehide.)
function onLeave(event: Event) {
  if (event.type === 'pagehide' || document.visibilityState === 'hidden') flushUrlWrites()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (listeners.size === 1) {
    window.addEventListener('popstate', onPopState)
    window.addEventListener('pagehide', onLeave)
    document.addEventListener('visibilitychange', onLeave)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      window.removeEventListener('popstate', onPopState)
      window.removeEventListener('pagehide', onLeave)
      document.removeEventListener('visibilitychange', onLeave)
    }
  }
}

/** The query string the view answers: the address bar's, or the one about to be written to it. */
export const currentSearch = () => shown ?? window.location.search

export type Navigate = (params: URLSearchParams, options?: { replace?: boolean }) => void

/** Puts `params` in the address bar (a new history entry unless `replace`), keeping path and hash. */
const navigate: Navigate = (params, options) => {
  const query = params.toString()
  const search = query ? `?${query}` : ''
  if (search === currentSearch()) return
  writes.push({
    url: `${window.location.pathname}${search}${window.location.hash}`,
    replace: options?.replace ?? false,
  })
  shown = search
  scheduleFlush()
  notify()
}

/** The current query string, re-rendering on navigation and on Back/Forward. */
export function useUrlSearch(): [string, Navigate] {
  const search = useSyncExternalStore(subscribe, currentSearch, () => '')
  return [search, navigate]
}
