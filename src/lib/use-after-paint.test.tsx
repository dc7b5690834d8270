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

/** The hook under fake frames, starting with `ready`; `pass(ms)` lets that much time go by. */
function paintedOnce(ready: boolean) {
  fakeFrames()
  const hook = renderHook((props: { ready: boolean }) => usePaintedOnce(props.ready), {
    initialProps: { ready },
  })
  const pass = (ms: number) =>
    act(() => {
      vi.advanceTimersByTime(ms)
    })
  return { ...hook, pass }
}

describe('usePaintedOnce', () => {
  it('stays false while not ready, however many frames pass', () => {
    const { result, pass } = paintedOnce(false)
    pass(1000)
    expect(result.current).toBe(false)
  })

  it('turns true once ready has been through a frame and an idle moment, not before', () => {
    const { result, rerender, pass } = paintedOnce(false)
    rerender({ ready: true })
    expect(result.current).toBe(false)
    pass(16) // the frame; the idle callback is still to come
    expect(result.current).toBe(false)
    pass(100)
    expect(result.current).toBe(true)
  })

  it('stays true when ready turns false again (a later search loading)', () => {
    const { result, rerender, pass } = paintedOnce(true)
    pass(200)
    rerender({ ready: false })
    expect(result.current).toBe(true)
  })

  it('is called off when ready turns false before the frame', () => {
    const { result, rerender, pass } = paintedOnce(true)
    rerender({ ready: false })
    pass(1000)
    expect(result.current).toBe(false)
  })
})
