import type Database from 'better-sqlite3'
import { CALLS_URL_PATH, formatPhoneNumber } from '../src/contract'
import { createRandom } from '../server/db/prng'

export const LOAD_SCOPE = { tenantId: '314', servicerId: '2' }

/**
 * The request mix of a working day, from real values of the database: agents looking up a
 * borrower, a loan or a phone number; supervisors paging through a month; someone at a deep page.
 */
export function createRequestMix(db: Database.Database, seed = 314) {
  const r = createRandom(seed)
  const column = (name: string, n: number) =>
    db
      .prepare(
        `SELECT ${name} FROM calls WHERE tenantId = ? AND servicerId = ? AND rowid % 499 = 0 LIMIT ?`,
      )
      .pluck()
      .all(LOAD_SCOPE.tenantId, LOAD_SCOPE.servicerId, n) as string[]
  const borrowers = column('borrowerId', 500)
  const loans = column('loanId', 300)
  const phones = column('phoneNumber', 300)
  const [newest, total] = db
    .prepare('SELECT MAX(callTimestamp), COUNT(*) FROM calls WHERE tenantId = ? AND servicerId = ?')
    .raw()
    .get(LOAD_SCOPE.tenantId, LOAD_SCOPE.servicerId) as [number, number]
  const months = Array.from({ length: 24 }, (_, i) => {
    const end = new Date(newest)
    const first = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - i, 1))
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0))
    return [first, last].map((d) => d.toISOString().slice(0, 10)) as [string, string]
  })
  const lastPage = Math.floor((total - 1) / 20) * 20

  // Mostly agents on the phone; supervisors page through months; a few jump deep into everything.
  const kinds: [weight: number, path: () => string][] = [
    [40, () => `borrowerid=${r.pick(borrowers)}`],
    [20, () => `loanid=${r.pick(loans)}`],
    [15, () => `phonenumber=${encodeURIComponent(formatPhoneNumber(r.pick(phones)))}`],
    [
      15,
      () => {
        const [start, end] = r.pick(months)
        return `startdate=${start}&enddate=${end}&offset=${20 * r.int(0, 5)}`
      },
    ],
    [5, () => 'offset=0'],
    // Anywhere in the whole scope, the slowest middle pages included, and the last page.
    [3, () => `offset=${20 * r.int(0, lastPage / 20)}`],
    [2, () => `offset=${lastPage}`],
  ]
  const totalWeight = kinds.reduce((sum, [w]) => sum + w, 0)
  return {
    total,
    next(): string {
      let u = r.next() * totalWeight
      for (const [weight, path] of kinds)
        if ((u -= weight) < 0) return `${CALLS_URL_PATH}?${path()}`
      return `${CALLS_URL_PATH}?offset=0`
    },
  }
}
