import { render, screen } from '@testing-library/react'
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
})
