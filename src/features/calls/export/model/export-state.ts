import type { ErrorMessage } from '../../components/describe-error'
import { formatCount } from '../../../../lib/format-count'

/** Where an export stands; each state is shown as it is, never as another. */
export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; total: number | null; written: number }
  | { status: 'done'; fileName: string; count: number }
  | { status: 'cancelled'; written: number; total: number | null }
  | { status: 'error'; message: ErrorMessage }

const count = (n: number) => `${formatCount(n)} call${n === 1 ? '' : 's'}`

/** The scope, said before anything starts: "Export all 1,870 calls matching these filters". */
export const exportScope = (total: number | null): string =>
  total === null
    ? 'Export all calls matching these filters'
    : `Export all ${count(total)} matching these filters`

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
