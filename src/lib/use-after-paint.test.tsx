import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { usePaintedOnce } from './use-after-paint'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** Fake frames and timers; requestIdleCallback runs its callback at its timeout. */
function fakeFrames() {
  vi.useFakeTimers({
    toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
  })
  vi.stubGlobal('requestIdleCallback', (run: () => void, options?: IdleRequestOptions) =>
    setTimeout(run, options?.timeout ?? 0),
  )
  vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) =>
    clearTimeout(handle),
  )
}

describe('usePaintedOnce', () => {
  it('stays false while not ready, however many frames pass', () => {
    fakeFrames()
    const { result } = renderHook(() => usePaintedOnce(false))
    act(() => {
      vi.advanceTimersByTime(1000)
    })
    expect(result.current).toBe(false)
  })

  it('turns true once ready has been through a frame and an idle moment, not before', () => {
    fakeFrames()
    const { result, rerender } = renderHook(({ ready }) => usePaintedOnce(ready), {
      initialProps: { ready: false },
    })
    rerender({ ready: true })
    expect(result.current).toBe(false)
    act(() => {
      vi.advanceTimersByTime(16) // the frame; the idle callback is still to come
    })
    expect(result.current).toBe(false)
    act(() => {
      vi.advanceTimersByTime(100)
    })
    expect(result.current).toBe(true)
  })

  it('stays true when ready turns false again (a later search loading)', () => {
    fakeFrames()
    const { result, rerender } = renderHook(({ ready }) => usePaintedOnce(ready), {
      initialProps: { ready: true },
    })
    act(() => {
      vi.advanceTimersByTime(200)
    })
    rerender({ ready: false })
    expect(result.current).toBe(true)
  })

  it('is called off when ready turns false before the frame', () => {
    fakeFrames()
    const { result, rerender } = renderHook(({ ready }) => usePaintedOnce(ready), {
      initialProps: { ready: true },
    })
    rerender({ ready: false })
    act(() => {
      vi.advanceTimersByTime(1000)
    })
    expect(result.current).toBe(false)
  })
})
