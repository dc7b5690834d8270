import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterFrame, afterPaint, afterPaintDone } from './after-paint'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** Fake frames and timers, in a browser without requestIdleCallback (Safari). */
function framesWithoutIdleCallback() {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] })
  Reflect.deleteProperty(window, 'requestIdleCallback')
}

/** A hidden tab: timers run, frames never come. */
function framesNeverCome() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  vi.stubGlobal('requestAnimationFrame', () => 1)
  vi.stubGlobal('cancelAnimationFrame', () => {})
}

describe('afterPaint', () => {
  it('waits for the frame, then for an idle moment (at most the timeout)', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] })
    const idle: { run: () => void; timeout: number | undefined }[] = []
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: IdleRequestOptions) =>
      idle.push({ run, timeout: options?.timeout }),
    )
    const run = vi.fn()
    afterPaint(run, 80)
    expect(idle).toHaveLength(0)
    vi.advanceTimersByTime(16) // the frame
    expect(idle).toEqual([{ run, timeout: 80 }])
    vi.advanceTimersByTime(500) // the frame came: no second run from the no-frame timer
    expect(run).not.toHaveBeenCalled()
  })

  it('runs in the task after the frame where there is no requestIdleCallback', () => {
    framesWithoutIdleCallback()
    const run = vi.fn()
    afterPaint(run)
    vi.advanceTimersByTime(16)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(500)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('is called off after the frame where there is no requestIdleCallback', () => {
    framesWithoutIdleCallback()
    const run = vi.fn()
    const cancel = afterPaint(run)
    vi.advanceTimersByTime(16)
    cancel()
    vi.advanceTimersByTime(500)
    expect(run).not.toHaveBeenCalled()
  })

  it('runs after the timeout when no frame comes (a hidden tab), and only once', () => {
    framesNeverCome()
    const run = vi.fn()
    afterPaint(run, 80)
    vi.advanceTimersByTime(79)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(500)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('resolves afterPaintDone after the frame', async () => {
    framesWithoutIdleCallback()
    let done = false
    void afterPaintDone().then(() => (done = true))
    await vi.advanceTimersByTimeAsync(16)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })

  it('is called off before the frame, and after it before the idle moment', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'clearTimeout'] })
    const cancelled: number[] = []
    vi.stubGlobal('requestIdleCallback', () => 7)
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle))
    const run = vi.fn()
    afterPaint(run)()
    vi.advanceTimersByTime(20)
    expect(cancelled).toEqual([])
    const cancel = afterPaint(run)
    vi.advanceTimersByTime(16)
    cancel()
    expect(cancelled).toEqual([7])
    vi.advanceTimersByTime(500)
    expect(run).not.toHaveBeenCalled()
  })
})

describe('afterFrame', () => {
  it('runs in the task right after the frame, without waiting for an idle moment', () => {
    vi.useFakeTimers({
      toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
    })
    const idle = vi.fn()
    vi.stubGlobal('requestIdleCallback', idle)
    const run = vi.fn()
    afterFrame(run)
    vi.advanceTimersByTime(16) // the frame
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    expect(idle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(500) // the frame came: no second run from the no-frame timer
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs after the timeout when no frame comes (a hidden tab)', () => {
    framesNeverCome()
    const run = vi.fn()
    afterFrame(run, 50)
    vi.advanceTimersByTime(49)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('is called off before the frame', () => {
    vi.useFakeTimers({
      toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
    })
    const run = vi.fn()
    afterFrame(run)()
    vi.advanceTimersByTime(500)
    expect(run).not.toHaveBeenCalled()
  })

  it('is called off after the frame, before its task', () => {
    vi.useFakeTimers({
      toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
    })
    const run = vi.fn()
    const cancel = afterFrame(run)
    vi.advanceTimersByTime(16)
    cancel()
    vi.advanceTimersByTime(500)
    expect(run).not.toHaveBeenCalled()
  })
})
