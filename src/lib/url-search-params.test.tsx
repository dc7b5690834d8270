import { act, render, renderHook, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  afterUrlWrites,
  currentSearch,
  flushUrlWrites,
  useHoldUrlWrites,
  useUrlSearch,
} from './url-search-params'

beforeEach(() => window.history.replaceState(null, '', '/calls#results'))
afterEach(() => {
  flushUrlWrites()
  vi.restoreAllMocks()
})

const navigateWith = (init: string) => new URLSearchParams(init)

/** With fake timers: `go` changes the view, and the address bar says so 200 ms later, not before. */
function expectWrittenAt200ms(go: () => void, before: string, after: string) {
  act(go)
  vi.advanceTimersByTime(199)
  expect(window.location.search).toBe(before)
  vi.advanceTimersByTime(1)
  expect(window.location.search).toBe(after)
}

describe('useUrlSearch', () => {
  it('shows the new parameters at once and writes them as a new history entry after the frame, keeping the path and the hash', async () => {
    const { result } = renderHook(() => useUrlSearch())
    const entries = window.history.length
    act(() => result.current[1](navigateWith('page=2&sort=loanId.asc')))
    expect(result.current[0]).toBe('?page=2&sort=loanId.asc')
    expect(currentSearch()).toBe('?page=2&sort=loanId.asc')
    // Not yet in the address bar: the write waits for the frame that shows the new view.
    expect(window.location.href).toBe('http://localhost:3000/calls#results')
    await vi.waitFor(() =>
      expect(window.location.href).toBe(
        'http://localhost:3000/calls?page=2&sort=loanId.asc#results',
      ),
    )
    expect(window.history.length).toBe(entries + 1)
    expect(result.current[0]).toBe('?page=2&sort=loanId.asc')
  })

  it('writes after the next frame, and within 200 ms when no frame comes (a hidden tab)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] })
    try {
      const { result } = renderHook(() => useUrlSearch())
      act(() => result.current[1](navigateWith('page=2')))
      vi.advanceTimersByTime(20) // a frame (16 ms), then the task after it
      expect(window.location.search).toBe('?page=2')

      vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0)
      expectWrittenAt200ms(() => result.current[1](navigateWith('page=3')), '?page=2', '?page=3')
    } finally {
      vi.useRealTimers()
    }
  })

  it('holds the write while a holder needs the page (at most 200 ms), and makes it after the frame that follows', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] })
    try {
      const { result, rerender } = renderHook(
        ({ hold }) => {
          useHoldUrlWrites(hold)
          return useUrlSearch()
        },
        { initialProps: { hold: false } },
      )
      act(() => result.current[1](navigateWith('page=2')))
      rerender({ hold: true })
      vi.advanceTimersByTime(40) // two frames
      expect(window.location.search).toBe('')
      expect(result.current[0]).toBe('?page=2')
      rerender({ hold: false })
      vi.advanceTimersByTime(20) // the frame after the hold, then the idle moment after it
      expect(window.location.search).toBe('?page=2')

      // A hold that lasts: the address bar is right 200 ms after the change all the same.
      rerender({ hold: true })
      expectWrittenAt200ms(() => result.current[1](navigateWith('page=3')), '?page=2', '?page=3')
    } finally {
      vi.useRealTimers()
    }
  })

  it.each([
    [
      'the page is hidden',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
        document.dispatchEvent(new Event('visibilitychange'))
      },
    ],
    ['the page goes away', () => window.dispatchEvent(new Event('pagehide'))],
  ])('makes a held write at once when %s', (_when, leave) => {
    const { result } = renderHook(() => {
      useHoldUrlWrites(true)
      return useUrlSearch()
    })
    act(() => result.current[1](navigateWith('page=5')))
    expect(window.location.search).toBe('')
    leave()
    expect(window.location.search).toBe('?page=5')
  })

  it('asks for no frame when a hold ends with nothing to write', () => {
    const { rerender } = renderHook(({ hold }) => useHoldUrlWrites(hold), {
      initialProps: { hold: true },
    })
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame')
    rerender({ hold: false })
    expect(frames).not.toHaveBeenCalled()
  })

  it('does not write on a page that only comes back into view', () => {
    const { result } = renderHook(() => {
      useHoldUrlWrites(true)
      return useUrlSearch()
    })
    act(() => result.current[1](navigateWith('page=6')))
    document.dispatchEvent(new Event('visibilitychange'))
    expect(window.location.search).toBe('')
  })

  it('replaces the entry when asked, and leaves no "?" behind for empty parameters', () => {
    window.history.replaceState(null, '', '/calls?page=3#results')
    const { result } = renderHook(() => useUrlSearch())
    const entries = window.history.length
    act(() => result.current[1](navigateWith(''), { replace: true }))
    expect(result.current[0]).toBe('')
    flushUrlWrites()
    expect(window.location.href).toBe('http://localhost:3000/calls#results')
    expect(window.history.length).toBe(entries)
    expect(result.current[0]).toBe('')
  })

  it('makes every entry asked for before the write, in order, after one frame', () => {
    const { result } = renderHook(() => useUrlSearch())
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame')
    const entries = window.history.length
    act(() => result.current[1](navigateWith('page=2')))
    act(() => result.current[1](navigateWith('page=3')))
    act(() => result.current[1](navigateWith('page=3&call=c1'), { replace: true }))
    expect(result.current[0]).toBe('?page=3&call=c1')
    expect(frames).toHaveBeenCalledTimes(1)
    flushUrlWrites()
    expect(window.history.length).toBe(entries + 2)
    expect(window.location.search).toBe('?page=3&call=c1')
  })

  it('adds no history entry for the URL it is already on, or about to be on', () => {
    window.history.replaceState(null, '', '/calls?page=3#results')
    const { result } = renderHook(() => useUrlSearch())
    const pushState = vi.spyOn(window.history, 'pushState')
    act(() => result.current[1](navigateWith('page=3')))
    flushUrlWrites()
    expect(pushState).not.toHaveBeenCalled()
    act(() => result.current[1](navigateWith('page=4')))
    act(() => result.current[1](navigateWith('page=4')))
    flushUrlWrites()
    expect(pushState).toHaveBeenCalledTimes(1)
  })

  it('drops a write not yet made when Back or Forward moves first', () => {
    window.history.replaceState(null, '', '/calls?page=1')
    window.history.pushState(null, '', '/calls?page=2')
    const { result } = renderHook(() => useUrlSearch())
    act(() => result.current[1](navigateWith('page=3')))
    act(() => {
      window.history.replaceState(null, '', '/calls?page=1') // as Back leaves it
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(result.current[0]).toBe('?page=1')
    const pushState = vi.spyOn(window.history, 'pushState')
    flushUrlWrites()
    expect(pushState).not.toHaveBeenCalled()
    expect(window.location.search).toBe('?page=1')
  })

  it('runs what waits for the address bar at once, or once the entries are made, unless called off', () => {
    const ran: string[] = []
    afterUrlWrites(() => ran.push('now'))
    expect(ran).toEqual(['now'])
    const { result } = renderHook(() => useUrlSearch())
    act(() => result.current[1](navigateWith('page=2')))
    afterUrlWrites(() => ran.push(`after ${window.location.search}`))
    const cancel = afterUrlWrites(() => ran.push('called off'))
    cancel()
    expect(ran).toEqual(['now'])
    flushUrlWrites()
    expect(ran).toEqual(['now', 'after ?page=2'])
    flushUrlWrites()
    expect(ran).toHaveLength(2)
  })

  it('runs what waits for the address bar when Back or Forward drops the writes', () => {
    const { result } = renderHook(() => useUrlSearch())
    act(() => result.current[1](navigateWith('page=2')))
    const ran: string[] = []
    afterUrlWrites(() => ran.push('title'))
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(ran).toEqual(['title'])
  })

  it('re-renders every user of the URL on Back and Forward', () => {
    const first = renderHook(() => useUrlSearch())
    const second = renderHook(() => useUrlSearch())
    act(() => {
      window.history.pushState(null, '', '/calls?page=9')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(first.result.current[0]).toBe('?page=9')
    expect(second.result.current[0]).toBe('?page=9')
    // One leaves: the other still follows Back and Forward.
    first.unmount()
    act(() => {
      window.history.pushState(null, '', '/calls?page=10')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(second.result.current[0]).toBe('?page=10')
  })

  it('re-renders its only user on Back and Forward', () => {
    const only = renderHook(() => useUrlSearch())
    act(() => {
      window.history.pushState(null, '', '/calls?page=4')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(only.result.current[0]).toBe('?page=4')
  })

  it.each([
    ['popstate', window],
    ['pagehide', window],
    ['visibilitychange', document],
  ] as const)('listens to %s once, and stops when the last user leaves', (event, target) => {
    const add = vi.spyOn(target, 'addEventListener')
    const remove = vi.spyOn(target, 'removeEventListener')
    const first = renderHook(() => useUrlSearch())
    const second = renderHook(() => useUrlSearch())
    expect(add.mock.calls.filter(([type]) => type === event)).toHaveLength(1)
    first.unmount()
    expect(remove.mock.calls.filter(([type]) => type === event)).toHaveLength(0)
    second.unmount()
    expect(remove.mock.calls.filter(([type]) => type === event)).toHaveLength(1)
  })

  it('renders with no parameters on the server', () => {
    window.history.replaceState(null, '', '/calls?page=3')
    function Search() {
      return <output>{`[${useUrlSearch()[0]}]`}</output>
    }
    expect(renderToString(<Search />)).toBe('<output>[]</output>')
    render(<Search />)
    expect(screen.getByRole('status')).toHaveTextContent('[?page=3]')
  })
})
