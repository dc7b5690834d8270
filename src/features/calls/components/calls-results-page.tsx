import {
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type SyntheticEvent,
} from 'react'
import { Pagination } from '../../../components/ui/pagination'
import type { WireCall } from '../../../contract/call-record-schema'
import { afterFrame } from '../../../lib/after-paint'
import { PAGE_SIZES, type CallSort } from '../model/calls-view-state'
import { NO_PAGES, placePages, withoutAhead, type PageSlots } from '../model/page-slots'
import { resultRange } from '../model/result-range'
import type { ShownResults } from '../model/shown-results'
import type { ErrorMessage } from './describe-error'
import { preloadCallDetails } from './call-detail-slot'
import { PageProblem } from './calls-results-states'
import { CallsTable } from './calls-table'
import { SortNote } from './sort-note'

type RowsShown = Extract<ShownResults, { status: 'rows' }>

type CallsResultsPageProps = {
  snapshot: RowsShown['snapshot']
  /** The rows are an earlier page's, shown while the asked-for one loads. */
  stale: boolean
  /** The next page's rows when they are at hand, to draw ahead (hidden) for "Next page". */
  ahead: WireCall[] | null
  /** The asked-for page did not arrive (said beside the pager, at once). */
  pageProblem: RowsShown['pageProblem']
  sort: CallSort
  limit: number
  total: number | null
  zone: string
  fetching: boolean
  /** Why the asked-for page is not the one shown, when it failed. */
  message: ErrorMessage | null
  onRetry: () => void
  onRetryPage: () => void
  onPageChange: (page: number) => void
  /** The new size, and the page on screen (the one whose first row should stay in view). */
  onPageSizeChange: (limit: number, shownPage: number) => void
  /** Must keep its identity: the table's rows are not re-rendered when only the page's state is. */
  onSortChange: (sort: CallSort) => void
  onViewDetails: (call: WireCall) => void
}

// Rows rendered in the task that asks for them: a page of 20 takes well under a frame here. Past
// that, the render (and the style and layout of 2,000+ boxes for 100 rows) made tasks of 60–110 ms.
const AT_ONCE = 20

/** The results' heading (CallsPage): names the table, and takes the focus a table gives up. */
const HEADING = 'calls-title'

/**
 * In the frame of a swap, before the slot left is inert: a click landing in it (under the shown
 * table, not yet in reach itself) does nothing rather than open a call of the page left, its
 * mousedown does not take the focus to the page body, and focus reaching it goes to the results'
 * heading. Read from the DOM, so the tables need not be
 * rendered again to change it.
 */
function slotGuard(event: SyntheticEvent<HTMLElement>) {
  if (event.currentTarget.getAttribute('aria-hidden') !== 'true') return
  event.preventDefault()
  event.stopPropagation()
  if (event.type === 'focus') document.getElementById(HEADING)?.focus()
}

/**
 * One page of results: its range, how far sorting reaches, the rows and the pager, all drawn from
 * one value so they always agree (the pager names the page whose rows are shown). A page of up to
 * 20 rows is drawn at once. A larger page or order is drawn in the background, in slices, so the
 * click or the arriving answer is never one long task; a larger page shown for the first time
 * starts with its first 20 rows and the rest follow in the next frames. (Until then the rows on
 * screen are the previous ones, and can still be opened: marking them as out of date re-rendered
 * every row in the click and brought the long task back, measured.)
 */
export function CallsResultsPage({
  snapshot: snapshotNow,
  stale: staleNow,
  ahead,
  pageProblem,
  sort,
  limit,
  total,
  zone,
  fetching,
  message,
  onRetry,
  onRetryPage,
  onPageChange,
  onPageSizeChange,
  onSortChange,
  onViewDetails,
}: CallsResultsPageProps) {
  // `rows` are what the table draws: the page's own, or its first 20 in the first frame.
  const latest = useMemo(
    () => ({
      snapshot: snapshotNow,
      rows: snapshotNow.rows,
      stale: staleNow,
      sort,
      limit,
      total,
      zone,
      fetching,
    }),
    [snapshotNow, staleNow, sort, limit, total, zone, fetching],
  )
  const first = useMemo(() => ({ ...latest, rows: latest.rows.slice(0, AT_ONCE) }), [latest])
  const large = latest.rows.length > AT_ONCE
  // Only a large page is deferred: a deferred value asks for a second render whenever it changes,
  // and for a page of 20 that render (the page, its pager) ran after each Next page click's frame.
  const deferred = useDeferredValue(large ? latest : null, large ? first : null)
  const { snapshot, rows, ...at } = large ? (deferred ?? first) : latest

  // Two tables: the page on screen and, hidden, the next one drawn ahead (pages of up to AT_ONCE
  // rows: a larger page drawn ahead would be the long task slicing avoids). React's "adjust state
  // while rendering": a slot whose rows do not change keeps its array, and its memoised table.
  const [slots, setSlots] = useState<PageSlots<WireCall>>(NO_PAGES)
  const placed =
    large || limit > AT_ONCE
      ? withoutAhead(placePages(slots, rows, null))
      : placePages(slots, rows, ahead)
  if (placed !== slots) setSlots(placed)
  const { pages, shown } = placed
  // Making a table inert or not restyles all of it, a few ms the swap's frame need not wait for:
  // `inert` follows in the task right after that frame (`settled`). Until then the slot left is
  // only hidden (aria-hidden, at once) and the one shown is not yet in reach; slotGuard keeps that
  // frame's clicks and focus off the slot left.
  const [settled, setSettled] = useState<0 | 1>(shown)
  useEffect(() => {
    if (settled !== shown) return afterFrame(() => setSettled(shown))
  }, [settled, shown])
  // The slot left may hold the focus (Back, in the browser, with a row's button focused): it goes
  // to the results' heading, never to the page body (the shown table is not in reach yet). And the
  // shown table scrolls sideways as far as the one left was (a narrow screen). Each table's scroll
  // is noted as it scrolls: reading it here would lay the page out inside the click (~1 ms).
  const scrollers = useRef<[HTMLDivElement | null, HTMLDivElement | null]>([null, null])
  const scrolledBy = useRef<[number, number]>([0, 0])
  const wasShown = useRef(shown)
  useLayoutEffect(() => {
    const left = wasShown.current
    wasShown.current = shown
    const now = scrollers.current[shown]
    if (left === shown || !now) return
    if (scrolledBy.current[shown] !== scrolledBy.current[left])
      now.scrollLeft = scrolledBy.current[left]
    if (scrollers.current[left]?.contains(document.activeElement))
      document.getElementById(HEADING)?.focus()
  }, [shown])
  return (
    <>
      <p className="result-count" role="status">
        {resultRange(snapshot.page, at.limit, snapshot.rows.length, at.total)}
      </p>
      <SortNote id="sort-note" scope={snapshot.sortScope} total={at.total} onRetry={onRetry} />
      {/* Pointing at or tabbing into the rows fetches the drawer's code before a row opens.
          Not an interaction (nothing changes on screen): the controls are the rows' buttons. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className="page-slots" onPointerOver={preloadCallDetails} onFocus={preloadCallDetails}>
        {pages.map(
          (slotRows, slot) =>
            slotRows && (
              <div
                key={slot}
                className="page-slot"
                aria-hidden={slot !== shown || undefined}
                inert={slot !== settled}
                onMouseDownCapture={slotGuard}
                onClickCapture={slotGuard}
                onFocusCapture={slotGuard}
              >
                <div
                  className="table-scroll"
                  ref={(element) => {
                    scrollers.current[slot] = element
                  }}
                  onScroll={(event) => {
                    scrolledBy.current[slot] = event.currentTarget.scrollLeft
                  }}
                >
                  <CallsTable
                    rows={slotRows}
                    sort={at.sort}
                    onSortChange={onSortChange}
                    onViewDetails={onViewDetails}
                    busy={slot === shown && at.fetching}
                    stale={slot === shown && at.stale}
                    labelledBy={HEADING}
                    describedBy="sort-note"
                    timeZone={at.zone}
                  />
                </div>
              </div>
            ),
        )}
      </div>
      <Pagination
        page={snapshot.page}
        pageCount={snapshot.pageCount}
        pageSize={at.limit}
        pageSizes={PAGE_SIZES}
        onPageChange={onPageChange}
        onPageSizeChange={(size) => onPageSizeChange(size, snapshot.page)}
      >
        {pageProblem && (
          <PageProblem
            page={pageProblem.page}
            kind={pageProblem.kind}
            message={message}
            onRetry={onRetryPage}
          />
        )}
      </Pagination>
    </>
  )
}
