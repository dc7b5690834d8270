import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushUrlWrites, useUrlSearch } from './url-search-params'
import { useDocumentTitle } from './use-document-title'

afterEach(() => {
  flushUrlWrites()
  vi.restoreAllMocks()
  document.title = ''
})

describe('useDocumentTitle', () => {
  it('names the tab while on screen and gives the old name back after', () => {
    document.title = 'Call Tracking'
    const { unmount } = renderHook(() => useDocumentTitle('Calls for loan 42'))
    expect(document.title).toBe('Calls for loan 42')
    unmount()
    expect(document.title).toBe('Call Tracking')
  })

  it('follows a title that changes while on screen', () => {
    document.title = 'Call Tracking'
    const { rerender, unmount } = renderHook(({ title }) => useDocumentTitle(title), {
      initialProps: { title: 'Page 1' },
    })
    rerender({ title: 'Page 2' })
    expect(document.title).toBe('Page 2')
    unmount()
    expect(document.title).toBe('Call Tracking')
  })

  it('names the tab once the history entry of its view is made, so the entry left keeps its name', () => {
    document.title = 'Call Tracking'
    const titlesAtPush: string[] = []
    const push = window.history.pushState.bind(window.history)
    vi.spyOn(window.history, 'pushState').mockImplementation((...args) => {
      titlesAtPush.push(document.title)
      push(...args)
    })
    const { result, rerender } = renderHook(
      ({ title }) => {
        useDocumentTitle(title)
        return useUrlSearch()[1]
      },
      { initialProps: { title: 'Loan 42' } },
    )
    expect(document.title).toBe('Loan 42')
    act(() => result.current(new URLSearchParams('borrowerid=7')))
    rerender({ title: 'Borrower 7' })
    rerender({ title: 'Borrower 7, page 2' })
    expect(document.title).toBe('Loan 42')
    flushUrlWrites()
    expect(titlesAtPush).toEqual(['Loan 42'])
    // Only the last name waited for counts: the one before it was called off.
    expect(document.title).toBe('Borrower 7, page 2')
  })
})
