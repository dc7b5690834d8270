/**
 * Runs `run` once the next frame is painted and the page is idle: after the tasks already waiting
 * (anything the frame itself queued included), at the latest `timeoutMs` after the frame. For work
 * nobody is looking at yet (a prefetch, the address bar, a follow-up read): in a task right after
 * the frame it ran before whatever was queued behind the paint. Where there is no
 * requestIdleCallback (Safari), in the next task; where no frame comes (a hidden tab), after
 * `timeoutMs` all the same. Returns a function that calls it off.
 */
export function afterPaint(run: () => void, timeoutMs = 100): () => void {
  let cancelIdle: (() => void) | undefined
  const frame = requestAnimationFrame(() => {
    clearTimeout(noFrame)
    if ('requestIdleCallback' in window) {
      const handle = requestIdleCallback(run, { timeout: timeoutMs })
      cancelIdle = () => cancelIdleCallback(handle)
    } else {
      const handle = setTimeout(run)
      cancelIdle = () => clearTimeout(handle)
    }
  })
  const noFrame = setTimeout(() => {
    cancelAnimationFrame(frame)
    run()
  }, timeoutMs)
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(noFrame)
    cancelIdle?.()
  }
}

/** afterPaint as a promise, for a request that should wait for it. */
export const afterPaintDone = (): Promise<void> => new Promise((resolve) => afterPaint(resolve))
