import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useDocumentTitle } from './use-document-title'

afterEach(() => {
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
})
