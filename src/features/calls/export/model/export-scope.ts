// Apart from the export's states: the first load shows this line (the space Export CSV will take)
// before the export's own code is fetched.
import { formatCount } from '../../../../lib/format-count'

/** "1,870 calls", "1 call". */
export const callCount = (n: number): string => `${formatCount(n)} call${n === 1 ? '' : 's'}`

/** The scope, said before anything starts: "Export all 1,870 calls matching these filters". */
export const exportScope = (total: number | null): string =>
  total === null
    ? 'Export all calls matching these filters'
    : `Export all ${callCount(total)} matching these filters`
