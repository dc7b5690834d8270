/**
 * Runs `run` once the next frame is painted and the page is idle: after the tasks already waiting
 * (anything the frame itself queued included), at the latest `timeoutMs` after the frame. For work
 * nobody is looking at yet (a prefetch, the address bar): in a task right after the frame it ran
 * before whatever was queued behind the paint. Where there is no requestIdleCallback (Safari), in
 * the next task. Returns a function that calls it off.
 */
export function afterPaint(run: () => void, timeoutMs = 100): () => void {
  let idle: (() => void) | undefined
  const frame = requestAnimationFrame(() => {
    if ('requestIdleCallback' in window) {
      const handle = requestIdleCallback(run, { timeout: timeoutMs })
      idle = () => cancelIdleCallback(handle)
    } else {
      const handle = setTimeout(run)
      idle = () => clearTimeout(handle)
    }
  })
  return () => {
    cancelAnimationFrame(frame)
    idle?.()
  }
}
