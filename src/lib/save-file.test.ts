import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveFile } from './save-file'

const URL_OF_BLOB = 'blob:http://localhost/1234'

beforeEach(() => {
  vi.useFakeTimers()
  // jsdom has no object URLs: these stand in for the browser's.
  URL.createObjectURL = vi.fn(() => URL_OF_BLOB)
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('saveFile', () => {
  it('clicks a hidden download link named as asked, and leaves nothing on the page', () => {
    const blob = new Blob(['a,b\n1,2\n'], { type: 'text/csv' })
    const clicked: { href: string; download: string; hidden: boolean; onPage: boolean }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({
        href: this.href,
        download: this.download,
        hidden: this.hidden,
        onPage: document.body.contains(this),
      })
    })
    saveFile(blob, 'calls.csv')
    expect(URL.createObjectURL).toHaveBeenCalledWith(blob)
    expect(clicked).toEqual([
      { href: URL_OF_BLOB, download: 'calls.csv', hidden: true, onPage: true },
    ])
    expect(document.querySelector('a')).toBeNull()
  })

  it('releases the object URL a minute later, not at once', () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    saveFile(new Blob(['x']), 'x.csv')
    vi.advanceTimersByTime(59_999)
    expect(URL.revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(URL_OF_BLOB)
  })
})
