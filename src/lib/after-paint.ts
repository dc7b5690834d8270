/**
 * Runs `run` once the next frame is painted and the page is idle: after the tasks already waiting
 * (anything the frame itself queued included), at the latest `timeoutMs` after the frame. For work
 * nobody is looking at yet (a prefetch, the address bar, a follow-up read): in a task right after
 * the frame it ran before whatever was queued behind the paint. Where there is no
 * requestIdleCallback (Safari), in the next task; where no frame comes (a hidden tab), after
 * `timeoutMs` all the same. Returns a function that calls it off.
 */
export function afterPaint(run: () => void, timeoutMs = 100): () => void {
  return onceFramePainted(
    run,
    timeoutMs,
    'requestIdleCallback' in window
      ? () => {
          const handle = requestIdleCallback(run, { timeout: timeoutMs })
          return () => cancelIdleCallback(handle)
        }
      : inNextTask(run),
  )
}

/**
 * Runs `run` in the task right after the next frame is painted (at the latest `timeoutMs` after
 * the call, where no frame comes): for what must follow a change on screen promptly, but must not
 * hold up the frame that shows it. Returns a function that calls it off.
 */
export function afterFrame(run: () => void, timeoutMs = 100): () => void {
  return onceFramePainted(run, timeoutMs, inNextTask(run))
}

const inNextTask = (run: () => void) => () => {
  const handle = setTimeout(run)
  return () => clearTimeout(handle)
}

/** `then` once the next frame is painted; `run` itself after `timeoutMs` if no frame comes. */
function onceFramePainted(run: () => void, timeoutMs: number, then: () => () => void): () => void {
  let cancelThen: (() => void) | undefined
  const frame = requestAnimationFrame(() => {
    clearTimeout(noFrame)
    cancelThen = then()
  })
  const noFrame = setTimeout(() => {
    cancelAnimationFrame(frame)
    run()
  }, timeoutMs)
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(noFrame)
    cancelThen?.()
  }
}

/** afterPaint as a promise, for a request that should wait for it. */
export const afterPaintDone = (): Promise<void> => new Promise((resolve) => afterPaint(resolve))
