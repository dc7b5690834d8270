import { useId } from 'react'
import { PAGE_SIZES } from '../model/calls-view-state'

type CallsPaginationProps = {
  page: number
  /** From links.last; null when the API gave none. */
  pageCount: number | null
  limit: number
  onPageChange: (page: number) => void
  onLimitChange: (limit: number) => void
}

export function CallsPagination({
  page,
  pageCount,
  limit,
  onPageChange,
  onLimitChange,
}: CallsPaginationProps) {
  const sizeId = useId()
  const atStart = page <= 1
  const atEnd = pageCount !== null && page >= pageCount
  return (
    <nav className="pagination" aria-label="Pagination">
      <div className="page-buttons">
        <button type="button" className="button" onClick={() => onPageChange(1)} disabled={atStart}>
          <span aria-hidden="true">«</span>
          <span className="visually-hidden">First page</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onPageChange(page - 1)}
          disabled={atStart}
        >
          <span aria-hidden="true">‹ </span>Previous<span className="visually-hidden"> page</span>
        </button>
        <p className="page-status" aria-live="polite" aria-atomic="true">
          {pageCount === null ? `Page ${page}` : `Page ${page} of ${pageCount}`}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => onPageChange(page + 1)}
          disabled={atEnd}
        >
          Next<span className="visually-hidden"> page</span>
          <span aria-hidden="true"> ›</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => pageCount !== null && onPageChange(pageCount)}
          disabled={atEnd || pageCount === null}
        >
          <span aria-hidden="true">»</span>
          <span className="visually-hidden">Last page</span>
        </button>
      </div>
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
