import { act, renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { flushUrlWrites } from '../../../lib/url-search-params'
import { EMPTY_FILTERS } from '../model/calls-view-state'
import { useCallsView } from './use-calls-view'

beforeEach(() => window.history.replaceState(null, '', '/?borrowerid=100000001'))

describe('useCallsView', () => {
  it('keeps the same filters object while only the page, order or open call changes', () => {
    const { result } = renderHook(() => useCallsView())
    const filters = result.current.view.filters
    act(() => result.current.go({ page: 2 }))
    act(() => result.current.go({ sort: { column: 'loanId', desc: false }, callId: 'c1' }))
    flushUrlWrites()
    expect(result.current.view.page).toBe(2)
    expect(result.current.view.callId).toBe('c1')
    expect(result.current.view.filters).toBe(filters)
  })

  it('gives new filters when they change, and keeps those in turn', () => {
    const { result } = renderHook(() => useCallsView())
    const before = result.current.view.filters
    act(() => result.current.go({ filters: { ...EMPTY_FILTERS, loanid: 'L-1' }, page: 1 }))
    const after = result.current.view.filters
    expect(after).not.toBe(before)
    expect(after).toEqual({ ...EMPTY_FILTERS, loanid: 'L-1' })
    act(() => result.current.go({ page: 3 }))
    flushUrlWrites()
    expect(result.current.view.filters).toBe(after)
  })

  it('keeps the same sort object while only the page or open call changes, a new one when it changes', () => {
    const { result } = renderHook(() => useCallsView())
    act(() => result.current.go({ sort: { column: 'loanId', desc: false } }))
    const sort = result.current.view.sort
    act(() => result.current.go({ page: 2 }))
    act(() => result.current.go({ callId: 'c1' }, true))
    flushUrlWrites()
    expect(result.current.view.page).toBe(2)
    expect(result.current.view.sort).toBe(sort)
    act(() => result.current.go({ sort: { column: 'loanId', desc: true } }))
    expect(result.current.view.sort).not.toBe(sort)
    expect(result.current.view.sort).toEqual({ column: 'loanId', desc: true })
  })
})
