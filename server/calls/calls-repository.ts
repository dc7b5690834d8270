import type Database from 'better-sqlite3'
import type { CallRecord, CallsQuery, Tenancy } from '../../src/contract'
import { parseDateBound } from '../../src/contract/call-filters'

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
  const start = q.startdate === undefined ? null : parseDateBound(q.startdate, 'start')
  const end = q.enddate === undefined ? null : parseDateBound(q.enddate, 'end')
  if (start !== null) list.push({ sql: 'callTimestamp >= ?', value: start })
  if (end !== null) list.push({ sql: 'callTimestamp <= ?', value: end })
  return list
}

const COLUMNS =
  'c.callId, c.tenantId, c.servicerId, c.loanId, c.borrowerId, c.phoneNumber, c.callStatus, c.callTimestamp, c.createdDate, c.updatedDate, c.updatedBy, c.createdBy'

/**
 * Reads one page and the total for a tenant's filters. The page is a deferred join: LIMIT/OFFSET
 * walk the covering index by rowid alone, and only the rows of the page are read from the table.
 */
export function createCallsRepository(db: Database.Database) {
  const statements = new Map<string, { page: Database.Statement; count: Database.Statement }>()

  function statementsFor(where: string) {
    let s = statements.get(where)
    if (!s) {
      s = {
        count: db.prepare(`SELECT COUNT(*) AS total FROM calls WHERE ${where}`).pluck(),
        page: db.prepare(
          `SELECT ${COLUMNS} FROM (SELECT rowid AS id FROM calls WHERE ${where} ORDER BY callTimestamp DESC, callId LIMIT ? OFFSET ?) AS p
           JOIN calls AS c ON c.rowid = p.id ORDER BY c.callTimestamp DESC, c.callId`,
        ),
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
      const total = s.count.get(...values) as number
      const rows = q.offset < total ? (s.page.all(...values, q.limit, q.offset) as CallRow[]) : []
      return { total, calls: rows.map(toRecord) }
    },
  }
}

export type CallsRepository = ReturnType<typeof createCallsRepository>
