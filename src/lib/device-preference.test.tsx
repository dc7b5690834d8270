import { act, renderHook } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useDevicePreference, writeDevicePreference } from './device-preference'

// The module remembers this visit's choices in memory, so each test uses keys of its own.
afterEach(() => {
  vi.restoreAllMocks()
  window.localStorage.clear()
})

describe('device preferences', () => {
  it('reads what an earlier visit stored, and nothing when nothing was', () => {
    window.localStorage.setItem('read.stored', 'dark')
    expect(renderHook(() => useDevicePreference('read.stored')).result.current[0]).toBe('dark')
    expect(renderHook(() => useDevicePreference('read.unset')).result.current[0]).toBeNull()
  })

  it('falls back to nothing stored when storage is off', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(renderHook(() => useDevicePreference('off.read')).result.current[0]).toBeNull()
  })

  it('stores a choice, forgets it on null, and tells every reader of the key', () => {
    const first = renderHook(() => useDevicePreference('write.theme'))
    const second = renderHook(() => useDevicePreference('write.theme'))
    act(() => first.result.current[1]('dark'))
    expect(window.localStorage.getItem('write.theme')).toBe('dark')
    expect(first.result.current[0]).toBe('dark')
    expect(second.result.current[0]).toBe('dark')
    act(() => writeDevicePreference('write.theme', null))
    expect(window.localStorage.getItem('write.theme')).toBeNull()
    expect(first.result.current[0]).toBeNull()
    expect(second.result.current[0]).toBeNull()
  })

  it('keeps a choice for this visit when storage refuses it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const { result } = renderHook(() => useDevicePreference('full.density'))
    act(() => result.current[1]('compact'))
    expect(result.current[0]).toBe('compact')
  })

  it('prefers this visit’s choice to what storage holds', () => {
    window.localStorage.setItem('memory.first', 'dark')
    act(() => writeDevicePreference('memory.first', 'light'))
    // Storage changed behind our back (another tab, say): this visit's choice still stands.
    window.localStorage.setItem('memory.first', 'dark')
    const { result } = renderHook(() => useDevicePreference('memory.first'))
    expect(result.current[0]).toBe('light')
  })

  it('writes to the key the caller reads now, after the key changed', () => {
    const { result, rerender } = renderHook(({ key }) => useDevicePreference(key), {
      initialProps: { key: 'rekey.a' },
    })
    rerender({ key: 'rekey.b' })
    act(() => result.current[1]('on'))
    expect(window.localStorage.getItem('rekey.b')).toBe('on')
    expect(window.localStorage.getItem('rekey.a')).toBeNull()
  })

  it('no longer consults a reader that has left the screen', () => {
    const { unmount } = renderHook(() => useDevicePreference('gone.reader'))
    unmount()
    const getItem = vi.spyOn(Storage.prototype, 'getItem')
    act(() => writeDevicePreference('gone.other', 'x'))
    expect(getItem).not.toHaveBeenCalledWith('gone.reader')
  })

  it('renders nothing stored on the server, where there is no storage', () => {
    function Show() {
      const [value] = useDevicePreference('server.theme')
      return <output>{JSON.stringify(value)}</output>
    }
    window.localStorage.setItem('server.theme', 'dark')
    expect(renderToString(<Show />)).toBe('<output>null</output>')
  })
})
