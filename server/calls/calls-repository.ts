import type Database from 'better-sqlite3'
import type { CallRecord, CallsQuery, Tenancy } from '../../src/contract'
import { parseDateSpan } from '../../src/contract/call-filters'

type CallRow = Omit<CallRecord, 'callTimestamp' | 'createdDate' | 'updatedDate' | 'callStatus'> & {
  callStatus: CallRecord['callStatus']
  callTimestamp: number
  createdDate: number
  updatedDate: number
}

const iso = (ms: number) => new Date(ms).toISOString()

const toRecord = (row: CallRow): CallRecord => ({
  ...row,
  callTimestamp: iso(row.callTimestamp),
  createdDate: iso(row.createdDate),
  updatedDate: iso(row.updatedDate),
})

type Condition = { sql: string; value: string | number }

function conditions(scope: Tenancy, q: CallsQuery): Condition[] {
  const list: Condition[] = [
    { sql: 'tenantId = ?', value: scope.tenantId },
    { sql: 'servicerId = ?', value: scope.servicerId },
  ]
  if (q.loanid) list.push({ sql: 'loanId = ?', value: q.loanid })
  if (q.borrowerid) list.push({ sql: 'borrowerId = ?', value: q.borrowerid })
  if (q.phonenumber) list.push({ sql: 'phoneNumber = ?', value: q.phonenumber })
  const start = q.startdate === undefined ? null : parseDateSpan(q.startdate)
  const end = q.enddate === undefined ? null : parseDateSpan(q.enddate)
  if (start) list.push({ sql: 'callTimestamp >= ?', value: start.first })
  if (end) list.push({ sql: 'callTimestamp <= ?', value: end.last })
  return list
}

// The API's order (a total order: callId breaks ties), and its mirror image.
const NEWEST_FIRST = 'callTimestamp DESC, callId'
const OLDEST_FIRST = 'callTimestamp, callId DESC'

const COLUMNS =
  'c.callId, c.tenantId, c.servicerId, c.loanId, c.borrowerId, c.phoneNumber, c.callStatus, c.callTimestamp, c.createdDate, c.updatedDate, c.updatedBy, c.createdBy'

/**
 * Reads one page and the total for a tenant's filters. The page is a deferred join: LIMIT/OFFSET
 * walk the covering index by rowid alone, and only the rows of the page are read from the table.
 */
export function createCallsRepository(db: Database.Database) {
  // Counting 400k index entries once per filter set, not once per page. The request path opens the
  // file read-only, but another process may write it (a test adding a call, an operator's import):
  // SQLite's data_version changes whenever another connection commits, and then every count is
  // dropped, so a total is never older than the rows it is served with.
  const counts = new Map<string, number>()
  const MAX_COUNTS = 2000
  let countedAt: unknown = db.pragma('data_version', { simple: true })

  function countOf(
    statement: Database.Statement,
    where: string,
    values: (string | number)[],
  ): number {
    const version: unknown = db.pragma('data_version', { simple: true })
    if (version !== countedAt) {
      counts.clear()
      countedAt = version
    }
    const key = `${where}\u0000${values.join('\u0000')}`
    let total = counts.get(key)
    if (total === undefined) {
      total = statement.get(...values) as number
      if (counts.size >= MAX_COUNTS) counts.delete(counts.keys().next().value as string)
    } else {
      counts.delete(key) // re-insert: the Map's order doubles as least-recently-used
    }
    counts.set(key, total)
    return total
  }

  // A database seeded before scope_totals existed is still served: its totals are counted.
  const hasScopeTotals = (db.pragma('table_info(scope_totals)') as unknown[]).length > 0
  const scopeTotal = hasScopeTotals
    ? db.prepare('SELECT total FROM scope_totals WHERE tenantId = ? AND servicerId = ?').pluck()
    : null

  type Statements = {
    count: Database.Statement
    newestFirst: Database.Statement
    oldestFirst: Database.Statement
  }
  const statements = new Map<string, Statements>()

  // Both directions walk the same index; the join reads only the rows of the page.
  const pageSql = (where: string, order: string) =>
    `SELECT ${COLUMNS} FROM (SELECT rowid AS id FROM calls WHERE ${where}
              ORDER BY ${order} LIMIT ? OFFSET ?) AS p
            JOIN calls AS c ON c.rowid = p.id ORDER BY ${order}`

  function statementsFor(where: string): Statements {
    let s = statements.get(where)
    if (!s) {
      s = {
        count: db.prepare(`SELECT COUNT(*) AS total FROM calls WHERE ${where}`).pluck(),
        newestFirst: db.prepare(pageSql(where, NEWEST_FIRST)),
        oldestFirst: db.prepare(pageSql(where, OLDEST_FIRST)),
      }
      statements.set(where, s)
    }
    return s
  }

  return {
    findCalls(scope: Tenancy, q: CallsQuery): { total: number; calls: CallRecord[] } {
      const list = conditions(scope, q)
      const where = list.map((c) => c.sql).join(' AND ')
      const values = list.map((c) => c.value)
      const s = statementsFor(where)
      // The triggers keep scope_totals exact, so it needs no cache and no data_version check.
      const total =
        scopeTotal && list.length === 2
          ? ((scopeTotal.get(scope.tenantId, scope.servicerId) as number | undefined) ?? 0)
          : countOf(s.count, where, values)
      if (q.offset >= total) return { total, calls: [] }
      // OFFSET costs a step per skipped entry. A page in the back half is read from the far end of
      // the index (the mirrored offset) and reversed, so "Last page" costs what page 1 does.
      const take = Math.min(q.limit, total - q.offset)
      const fromEnd = total - q.offset - take
      const rows =
        fromEnd < q.offset
          ? (s.oldestFirst.all(...values, take, fromEnd) as CallRow[]).reverse()
          : (s.newestFirst.all(...values, q.limit, q.offset) as CallRow[])
      return { total, calls: rows.map(toRecord) }
    },
  }
}
