import type { ErrorMessage } from '../../components/describe-error'
import { callCount as count } from './export-scope'

/** Where an export stands; each state is shown as it is, never as another. */
export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; total: number | null; written: number }
  | { status: 'done'; fileName: string; count: number }
  | { status: 'cancelled'; written: number; total: number | null }
  | { status: 'error'; message: ErrorMessage }

/** The line a screen reader hears as the export moves on (not each page: the bar has those). */
export function exportStatusText(state: ExportState): string {
  switch (state.status) {
    case 'idle':
    case 'error':
      return ''
    case 'running':
      return state.total === null ? 'Exporting calls…' : `Exporting ${count(state.total)}…`
    case 'done':
      return `Exported ${count(state.count)} to ${state.fileName}.`
    case 'cancelled':
      return 'Export cancelled: no file was saved.'
  }
}
