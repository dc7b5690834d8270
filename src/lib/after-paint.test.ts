import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterPaint } from './after-paint'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('afterPaint', () => {
  it('waits for the frame, then for an idle moment (at most the timeout)', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] })
    const idle: { run: () => void; timeout: number | undefined }[] = []
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: IdleRequestOptions) =>
      idle.push({ run, timeout: options?.timeout }),
    )
    const run = vi.fn()
    afterPaint(run, 80)
    expect(idle).toHaveLength(0)
    vi.advanceTimersByTime(16) // the frame
    expect(idle).toEqual([{ run, timeout: 80 }])
    expect(run).not.toHaveBeenCalled()
  })

  it('runs in the task after the frame where there is no requestIdleCallback', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] })
    vi.stubGlobal('requestIdleCallback', undefined)
    Reflect.deleteProperty(window, 'requestIdleCallback')
    const run = vi.fn()
    afterPaint(run)
    vi.advanceTimersByTime(16)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('is called off before the frame, and after it before the idle moment', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] })
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
    expect(run).not.toHaveBeenCalled()
  })
})
