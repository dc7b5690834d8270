/**
 * Runs `run` once: when `promise` settles (either way), or `ms` after the call if it has not by
 * then, whichever comes first. Returns a function that calls it off (a no-op once it has run).
 *
 * For an answer worth waiting a moment for rather than drawing a waiting state first: a search
 * answered within `ms` replaces the rows on screen directly, without a loading frame in between.
 */
export function settledOrAfter(promise: Promise<unknown>, ms: number, run: () => void): () => void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    clearTimeout(timer)
    run()
  }
  const timer = setTimeout(once, ms)
  promise.then(once, once)
  return () => {
    done = true
    clearTimeout(timer)
  }
}
