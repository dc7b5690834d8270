import { act, render, renderHook, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useUrlSearch } from './url-search-params'

beforeEach(() => window.history.replaceState(null, '', '/calls#results'))
afterEach(() => vi.restoreAllMocks())

const navigateWith = (init: string) => new URLSearchParams(init)

describe('useUrlSearch', () => {
  it('puts the parameters in the URL as a new history entry, keeping the path and the hash', () => {
    const { result } = renderHook(() => useUrlSearch())
    const entries = window.history.length
    act(() => result.current[1](navigateWith('page=2&sort=loanId.asc')))
    expect(window.location.href).toBe('http://localhost:3000/calls?page=2&sort=loanId.asc#results')
    expect(window.history.length).toBe(entries + 1)
    expect(result.current[0]).toBe('?page=2&sort=loanId.asc')
  })

  it('replaces the entry when asked, and leaves no "?" behind for empty parameters', () => {
    window.history.replaceState(null, '', '/calls?page=3#results')
    const { result } = renderHook(() => useUrlSearch())
    const entries = window.history.length
    act(() => result.current[1](navigateWith(''), { replace: true }))
    expect(window.location.href).toBe('http://localhost:3000/calls#results')
    expect(window.history.length).toBe(entries)
    expect(result.current[0]).toBe('')
  })

  it('adds no history entry for the URL it is already on', () => {
    window.history.replaceState(null, '', '/calls?page=3#results')
    const { result } = renderHook(() => useUrlSearch())
    const pushState = vi.spyOn(window.history, 'pushState')
    act(() => result.current[1](navigateWith('page=3')))
    expect(pushState).not.toHaveBeenCalled()
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

  it('listens to popstate once, and stops when the last user leaves', () => {
    const add = vi.spyOn(window, 'addEventListener')
    const remove = vi.spyOn(window, 'removeEventListener')
    const first = renderHook(() => useUrlSearch())
    const second = renderHook(() => useUrlSearch())
    expect(add.mock.calls.filter(([type]) => type === 'popstate')).toHaveLength(1)
    first.unmount()
    expect(remove.mock.calls.filter(([type]) => type === 'popstate')).toHaveLength(0)
    second.unmount()
    expect(remove.mock.calls.filter(([type]) => type === 'popstate')).toHaveLength(1)
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
