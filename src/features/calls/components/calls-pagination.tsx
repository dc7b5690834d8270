import { useId, type ReactNode } from 'react'
import { PAGE_SIZES } from '../model/calls-view-state'

type CallsPaginationProps = {
  page: number
  /** From links.last; null when the API gave none. */
  pageCount: number | null
  limit: number
  onPageChange: (page: number) => void
  onLimitChange: (limit: number) => void
  /** Said beside the pager, e.g. that the asked-for page could not be loaded. */
  children?: ReactNode
}

export function CallsPagination({
  page,
  pageCount,
  limit,
  onPageChange,
  onLimitChange,
  children,
}: CallsPaginationProps) {
  const sizeId = useId()
  const atStart = page <= 1
  const atEnd = pageCount !== null && page >= pageCount
  // Each name holds the button's visible word ("Next" in "Next page"), so voice control finds it.
  const pageButton = (name: string, visible: string, target: number, disabled: boolean) => (
    <button
      type="button"
      className="button"
      aria-label={name}
      disabled={disabled}
      onClick={() => onPageChange(target)}
    >
      <span aria-hidden="true">{visible}</span>
    </button>
  )
  return (
    <nav className="pagination" aria-label="Pagination">
      <div className="page-buttons">
        {pageButton('First page', '« First', 1, atStart)}
        {pageButton('Previous page', '‹ Previous', page - 1, atStart)}
        <p className="page-status" aria-live="polite" aria-atomic="true">
          {pageCount === null ? `Page ${page}` : `Page ${page} of ${pageCount}`}
        </p>
        {pageButton('Next page', 'Next ›', page + 1, atEnd)}
        {pageButton('Last page', 'Last »', pageCount ?? page, atEnd || pageCount === null)}
      </div>
      {children}
      <div className="page-size">
        <label htmlFor={sizeId}>Rows per page</label>
        <select id={sizeId} value={limit} onChange={(e) => onLimitChange(Number(e.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  )
}
