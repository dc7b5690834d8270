import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { GoToPage } from './go-to-page'
import { formatCount } from '../../lib/format-count'

type PaginationProps = {
  /** The page whose rows are on screen (1-based). */
  page: number
  /** null when the total is not known. */
  pageCount: number | null
  pageSize: number
  pageSizes: readonly number[]
  onPageChange: (page: number) => void
  onPageSizeChange: (size: number) => void
  /** Said beside the pager, e.g. that the asked-for page could not be loaded. */
  children?: ReactNode
}

type Step = 'first' | 'previous' | 'next' | 'last'

/**
 * A pager for server-paged rows: First/Previous/Next/Last, "Page N of M" in a polite live region,
 * and rows per page. A button that a click disables (Last on reaching the end) hands focus to its
 * enabled neighbour, so focus never falls to the page body.
 */
export function Pagination({
  page,
  pageCount,
  pageSize,
  pageSizes,
  onPageChange,
  onPageSizeChange,
  children,
}: PaginationProps) {
  const sizeId = useId()
  const buttons = useRef<Partial<Record<Step, HTMLButtonElement | null>>>({})
  const atStart = page <= 1
  const atEnd = pageCount !== null && page >= pageCount

  // The step button that has (or, disabled by the click, just had) the focus. Chromium takes the
  // focus off a button the moment it is disabled, so the button cannot be found from
  // document.activeElement afterwards: a blur towards nothing (relatedTarget null) keeps the note,
  // a move to another element clears it.
  const focusedStep = useRef<Step | null>(null)
  // A layout effect: in the commit that disables the button, before anything else can take focus.
  useLayoutEffect(() => {
    const step = focusedStep.current
    const button = step && buttons.current[step]
    if (!step || !button?.disabled) return
    // Only if the focus is still there, or was dropped with it (not moved on by the user).
    const active = document.activeElement
    if (active !== button && active !== document.body && active !== null) return
    // The neighbour that still leads somewhere: back toward the start from the end, and forward
    // from the start.
    const order: Step[] =
      step === 'first' || step === 'previous' ? ['next', 'last'] : ['previous', 'first']
    const target = order.map((s) => buttons.current[s]).find((b) => b && !b.disabled)
    target?.focus()
  }, [atStart, atEnd])

  // The visible word begins the name ("Next" in "Next page"), so voice control finds it and the
  // name matches what is read on the button; the arrows are drawn by CSS, decoration only.
  const pageButton = (step: Step, word: string, target: number, disabled: boolean) => (
    <button
      type="button"
      className={`button page-button page-${step}`}
      aria-label={`${word} page`}
      disabled={disabled}
      ref={(el) => {
        buttons.current[step] = el
      }}
      onClick={() => onPageChange(target)}
      onFocus={() => (focusedStep.current = step)}
      onBlur={(event) => {
        if (event.relatedTarget) focusedStep.current = null
      }}
    >
      {word}
    </button>
  )
  return (
    <nav className="pagination" aria-label="Pagination">
      <div className="page-buttons">
        {pageButton('first', 'First', 1, atStart)}
        {pageButton('previous', 'Previous', page - 1, atStart)}
        {/* Not a live region: the owner announces a settled page once, with its context. As wide
            as its longest text in this result from page 1 on, so Next and Last stay where the
            pointer is while the page number grows (page 10, 100, 1,000). */}
        <p
          className="page-status"
          style={
            pageCount === null
              ? undefined
              : { minInlineSize: `${pageLabel(pageCount, pageCount).length}ch` }
          }
        >
          {pageLabel(page, pageCount)}
        </p>
        {pageButton('next', 'Next', page + 1, atEnd)}
        {pageButton('last', 'Last', pageCount ?? page, atEnd || pageCount === null)}
      </div>
      {children}
      <GoToPage pageCount={pageCount} onGo={onPageChange} />
      <div className="page-size">
        <label htmlFor={sizeId}>Rows per page</label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(e) => onPageSizeChange(Number(e.target.value))}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  )
}

const pageLabel = (page: number, pageCount: number | null) =>
  pageCount === null
    ? `Page ${formatCount(page)}`
    : `Page ${formatCount(page)} of ${formatCount(pageCount)}`
