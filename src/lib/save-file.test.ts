import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveFile } from './save-file'

const URL_OF_BLOB = 'blob:http://localhost/1234'

// jsdom has no object URLs: these stand in for the browser's.
const createObjectURL = vi.fn((_blob: Blob) => URL_OF_BLOB)
const revokeObjectURL = vi.fn((_url: string) => {})
beforeEach(() => {
  vi.useFakeTimers()
  createObjectURL.mockClear()
  revokeObjectURL.mockClear()
  URL.createObjectURL = createObjectURL
  URL.revokeObjectURL = revokeObjectURL
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('saveFile', () => {
  it('clicks a hidden download link named as asked, and leaves nothing on the page', () => {
    const blob = new Blob(['a,b\n1,2\n'], { type: 'text/csv' })
    const clicked: {
      href: string
      download: string
      hidden: HTMLElement['hidden']
      onPage: boolean
    }[] = []
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
    expect(createObjectURL).toHaveBeenCalledWith(blob)
    expect(clicked).toEqual([
      { href: URL_OF_BLOB, download: 'calls.csv', hidden: true, onPage: true },
    ])
    expect(document.querySelector('a')).toBeNull()
  })

  it('releases the object URL a minute later, not at once', () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    saveFile(new Blob(['x']), 'x.csv')
    vi.advanceTimersByTime(59_999)
    expect(revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(revokeObjectURL).toHaveBeenCalledWith(URL_OF_BLOB)
  })
})
