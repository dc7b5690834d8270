import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Pagination } from './pagination'

const pager = (page: number, pageCount: number | null) => (
  <Pagination
    page={page}
    pageCount={pageCount}
    pageSize={20}
    pageSizes={[20, 50]}
    onPageChange={() => {}}
    onPageSizeChange={() => {}}
  />
)

describe('Pagination', () => {
  it('writes the page and the count alike, with thousands separators', () => {
    const { rerender } = render(pager(2195, 2195))
    expect(screen.getByText('Page 2,195 of 2,195')).toBeInTheDocument()
    rerender(pager(1234, null)) // the count is not known yet
    expect(screen.getByText('Page 1,234')).toBeInTheDocument()
  })

  it('names each step by its visible word and "page"', () => {
    render(pager(2, 3))
    for (const word of ['First', 'Previous', 'Next', 'Last'])
      expect(screen.getByRole('button', { name: `${word} page` })).toHaveTextContent(word)
  })

  // Chromium drops the focus the moment a focused button is disabled (a blur towards nothing);
  // jsdom keeps it there. Both must end on the neighbour.
  it.each([
    ['keeps it on the disabled button (jsdom)', () => {}],
    [
      'drops it to the body (Chromium)',
      () => screen.getByRole('button', { name: 'Next page' }).blur(),
    ],
  ])(
    'hands focus from Next to Previous on reaching the last page, when the browser %s',
    (_how, drop) => {
      const { rerender } = render(pager(2, 3))
      act(() => screen.getByRole('button', { name: 'Next page' }).focus())
      act(drop)
      rerender(pager(3, 3))
      expect(screen.getByRole('button', { name: 'Previous page' })).toHaveFocus()
    },
  )

  it('hands focus from First to Next on reaching the first page', () => {
    const { rerender } = render(pager(2, 3))
    act(() => screen.getByRole('button', { name: 'First page' }).focus())
    rerender(pager(1, 3))
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveFocus()
  })

  it('leaves the focus where the user moved it meanwhile', () => {
    const { rerender } = render(
      <>
        {pager(2, 3)}
        <input aria-label="Elsewhere" />
      </>,
    )
    act(() => screen.getByRole('button', { name: 'Next page' }).focus())
    act(() => screen.getByLabelText('Elsewhere').focus())
    rerender(
      <>
        {pager(3, 3)}
        <input aria-label="Elsewhere" />
      </>,
    )
    expect(screen.getByLabelText('Elsewhere')).toHaveFocus()
  })
})
