import { useEffect, useId, useRef, useState } from 'react'
import type { CallsRequest } from '../../api/calls-api'
import { describeError } from '../../components/describe-error'
import type { ApiFilters } from '../../model/filter-validation'
import type { FilterDraft } from '../../model/calls-view-state'
import type { ExportOutcome } from '../model/export-calls-csv'
import { exportScope } from '../model/export-scope'
import { exportStatusText, type ExportState } from '../model/export-state'
import { formatCount } from '../../../../lib/format-count'

export type ExportCsvProps = {
  request: CallsRequest
  /** The filters as the API receives them. */
  filters: ApiFilters
  /** The same filters as typed: the file is named after their From/To days. */
  draft: FilterDraft
  /** The exact total when the results know it; null until then (the export finds it itself). */
  total: number | null
  /** The display zone (an IANA name): its own column in the file, and the export's day. */
  zone: string
}

/**
 * "Export CSV" of every call matching the filters. Loaded after the first rows (ExportCsvSlot);
 * what runs after the click (reading, the CSV, naming and saving the file) is import()ed on click.
 * The button stays in place (aria-disabled while running), so focus has a home when Cancel, Try
 * again or the progress bar go away.
 */
export function ExportCsv({ request, filters, draft, total, zone }: ExportCsvProps) {
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const region = useRef<HTMLDivElement>(null)
  const scopeId = useId()
  const running = state.status === 'running'

  // Another search (or leaving the page) ends an export of the previous one.
  const searchKey = JSON.stringify(filters)
  useEffect(() => () => controller.current?.abort(), [searchKey])
  const [shownFor, setShownFor] = useState(searchKey)
  if (shownFor !== searchKey) {
    setShownFor(searchKey)
    setState({ status: 'idle' })
  }

  // A finished export removes Cancel: if focus was there it would fall to the body, so it comes
  // back to the Export button.
  const hadFocus = useRef(false)
  useEffect(() => {
    if (hadFocus.current && document.activeElement === document.body) button.current?.focus()
    hadFocus.current = false
  }, [state.status])
  const noteFocus = () => {
    hadFocus.current = region.current?.contains(document.activeElement) ?? false
  }

  const start = async () => {
    if (running) return
    const abort = new AbortController()
    controller.current = abort
    setState({ status: 'running', total, written: 0 })
    const startedAt = new Date()
    // The export's code is fetched on this click; if it cannot be, that is the error to show.
    let outcome: ExportOutcome | null
    try {
      const csv = await import('../model/export-calls-csv')
      outcome = await csv.runCallsExport(request, filters, {
        draft,
        startedAt,
        zone,
        signal: abort.signal,
        describe: (e) => describeError(e, request.credentials),
        onTotal: (exact) => setState((s) => (s.status === 'running' ? { ...s, total: exact } : s)),
        onProgress: (written) => setState((s) => (s.status === 'running' ? { ...s, written } : s)),
      })
    } catch {
      outcome = { status: 'error', message: COULD_NOT_LOAD }
    } finally {
      if (controller.current === abort) controller.current = null
    }
    if (abort.signal.aborted || outcome === null) return
    noteFocus()
    if (outcome.status === 'error') return setState(outcome)
    const { fileName } = outcome
    setState((s) => (s.status === 'running' ? { status: 'done', fileName, count: s.written } : s))
  }

  const cancel = () => {
    controller.current?.abort()
    setState((s) =>
      s.status === 'running' ? { status: 'cancelled', written: s.written, total: s.total } : s,
    )
    button.current?.focus()
  }
  const retry = () => {
    button.current?.focus()
    void start()
  }

  if (total === 0 && state.status === 'idle') return null
  const shownTotal = state.status === 'running' ? state.total : total
  return (
    <div className="export-csv" ref={region}>
      <div className="export-csv-row">
        <button
          type="button"
          className="button button-small"
          ref={button}
          aria-disabled={running || undefined}
          aria-describedby={scopeId}
          onClick={() => void start()}
        >
          Export CSV
        </button>
        <span id={scopeId} className="muted">
          {exportScope(shownTotal)}
        </span>
      </div>
      {state.status === 'running' && (
        <div className="export-csv-row">
          <progress
            aria-label="Export progress"
            // Until the total is known the bar is indeterminate (no value), never a guess.
            value={state.total === null ? undefined : state.written}
            max={Math.max(1, state.total ?? 1)}
          />
          <span className="export-csv-count" aria-hidden="true">
            {formatCount(state.written)}
            {state.total === null ? '' : ` of ${formatCount(state.total)}`}
          </span>
          <button type="button" className="button button-small" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      <p className="export-csv-status" role="status">
        {exportStatusText(state)}
      </p>
      {state.status === 'error' && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{state.message.title}</p>
          <p>{state.message.action}</p>
          {state.message.canRetry && (
            <div className="notice-actions">
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  )
}

const COULD_NOT_LOAD = {
  title: 'The export could not be loaded.',
  action: 'Check your connection, then try again.',
  canRetry: true,
}
