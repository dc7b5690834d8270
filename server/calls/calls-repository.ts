import type Database from 'better-sqlite3'
import type { CallRecord, CallsQuery, Tenancy } from '../../src/contract'
import { parseDateSpan } from '../../src/contract/call-filters'
import { isoTime as iso } from './iso-time'

// A row as the page statements return it: raw (an array in COLUMNS' order), because better-sqlite3
// builds an object a property at a time, which cost more than the query (~6 µs a row).
type CallRow = [
  callId: string,
  tenantId: string,
  servicerId: string,
  loanId: string,
  borrowerId: string,
  phoneNumber: string,
  callStatus: CallRecord['callStatus'],
  callTimestamp: number,
  createdDate: number,
  updatedDate: number,
  updatedBy: string,
  createdBy: string,
]

// One object literal, so every record has the same shape; the keys in the order the API sends them.
const toRecord = (row: CallRow): CallRecord => ({
  callId: row[0],
  tenantId: row[1],
  servicerId: row[2],
  loanId: row[3],
  borrowerId: row[4],
  phoneNumber: row[5],
  callStatus: row[6],
  callTimestamp: iso(row[7]),
  createdDate: iso(row[8]),
  updatedDate: iso(row[9]),
  updatedBy: row[10],
  createdBy: row[11],
})

type Condition = { sql: string; value: string | number }

// Every value is bound as `+?`, never a bare `?`. better-sqlite3's SQLite is built with STAT4, and
// its planner reads the value bound to a bare `?` in a WHERE (or a LIMIT): the statement is then
// prepared again every time a value is bound, which costs more than the query (~35 µs for a
// lookup, ~250 µs for a page on 1M calls). A unary plus is the same value to the query and opaque
// to the planner, whose plans here never depend on values: every index leads with the scope, then
// the response order. server/test/query-plans.test.ts checks those plans.
function conditions(scope: Tenancy, q: CallsQuery): Condition[] {
  const list: Condition[] = [
    { sql: 'tenantId = +?', value: scope.tenantId },
    { sql: 'servicerId = +?', value: scope.servicerId },
  ]
  if (q.loanid) list.push({ sql: 'loanId = +?', value: q.loanid })
  if (q.borrowerid) list.push({ sql: 'borrowerId = +?', value: q.borrowerid })
  if (q.phonenumber) list.push({ sql: 'phoneNumber = +?', value: q.phonenumber })
  const start = q.startdate === undefined ? null : parseDateSpan(q.startdate)
  const end = q.enddate === undefined ? null : parseDateSpan(q.enddate)
  if (start) list.push({ sql: 'callTimestamp >= +?', value: start.first })
  if (end) list.push({ sql: 'callTimestamp <= +?', value: end.last })
  return list
}

// The API's order (a total order: callId breaks ties), and its mirror image.
const NEWEST_FIRST = 'callTimestamp DESC, callId'
const OLDEST_FIRST = 'callTimestamp, callId DESC'

const COLUMNS =
  'c.callId, c.tenantId, c.servicerId, c.loanId, c.borrowerId, c.phoneNumber, c.callStatus, c.callTimestamp, c.createdDate, c.updatedDate, c.updatedBy, c.createdBy'

// An entry of the index in the API's order: its time and callId, which together are unique.
type Key = [callTimestamp: number, callId: string]
type Direction = 'newestFirst' | 'oldestFirst'

// "At or after this key" in each direction's order (time, then callId the other way round). The
// range on callTimestamp is what SQLite seeks in the index; the rest drops a few equal-time entries.
const AT_OR_AFTER: Record<Direction, string> = {
  newestFirst: 'callTimestamp <= +? AND (callTimestamp < +? OR callId >= +?)',
  oldestFirst: 'callTimestamp >= +? AND (callTimestamp > +? OR callId <= +?)',
}
const ORDER: Record<Direction, string> = { newestFirst: NEWEST_FIRST, oldestFirst: OLDEST_FIRST }

export type CallsRepositoryOptions = {
  /**
   * Every this many entries of a result set, the repository remembers the key found there, so a
   * deep page starts from the nearest remembered key instead of stepping over every entry before
   * it. 1,000 by default: once a result set's anchors up to a page are known (the first visit
   * walks to it, as OFFSET did), that page skips fewer than 1,000 index entries.
   */
  anchorEvery?: number
}

/**
 * Reads one page and the total for a tenant's filters. The page is a deferred join: LIMIT/OFFSET
 * walk the covering index by rowid alone, and only the rows of the page are read from the table.
 */
export function createCallsRepository(
  db: Database.Database,
  { anchorEvery = 1000 }: CallsRepositoryOptions = {},
) {
  // Counting 400k index entries once per filter set, not once per page. The request path opens the
  // file read-only, but another process may write it (a test adding a call, an operator's import):
  // SQLite's data_version changes whenever another connection commits, and then every count is
  // dropped, so a total is never older than the rows it is served with.
  const counts = new Map<string, number>()
  const MAX_COUNTS = 2000
  // Anchors (the keys found every `anchorEvery` entries) of each result set and direction, kept
  // and dropped with the counts: a write moves every position after it.
  const anchors = new Map<string, Key[]>()
  const MAX_ANCHOR_SETS = 200
  // Unset until the first read: it then records the version and clears caches that are still empty.
  let countedAt: unknown

  // Prepared once: db.pragma() would prepare its statement on every request.
  const dataVersion = db.prepare('PRAGMA data_version').pluck()
  const schemaVersion = db.prepare('PRAGMA schema_version').pluck()

  function dropIfWritten() {
    const version: unknown = dataVersion.get()
    if (version !== countedAt) {
      counts.clear()
      anchors.clear()
      countedAt = version
    }
  }

  function countOf(
    statement: Database.Statement,
    where: string,
    values: (string | number)[],
  ): number {
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
    ? db.prepare('SELECT total FROM scope_totals WHERE tenantId = +? AND servicerId = +?').pluck()
    : null
  // The anchors of every unfiltered scope, stored by the seed (schema.ts) and dropped by triggers
  // when a write touches the scope: read where present, found by walking otherwise.
  const hasStoredAnchors = (db.pragma('table_info(scope_anchors)') as unknown[]).length > 0
  const storedAnchor = hasStoredAnchors
    ? db
        .prepare(
          `SELECT callTimestamp, callId FROM scope_anchors
            WHERE tenantId = +? AND servicerId = +? AND direction = +? AND position = +?`,
        )
        .raw()
    : null

  type Statements = {
    count: Database.Statement
    newestFirst: Database.Statement
    oldestFirst: Database.Statement
    /** A page that starts at an anchor: the anchor's key, then LIMIT and OFFSET from it. */
    fromAnchor: Record<Direction, Database.Statement>
    /** The first key, and the key `anchorEvery` entries after a given one. */
    firstKey: Record<Direction, Database.Statement>
    keyAfter: Record<Direction, Database.Statement>
  }
  const statements = new Map<string, Statements>()

  // Both directions walk the same index; the join reads only the rows of the page.
  const pageSql = (where: string, order: string) =>
    `SELECT ${COLUMNS} FROM (SELECT rowid AS id FROM calls WHERE ${where}
              ORDER BY ${order} LIMIT +? OFFSET ?) AS p
            JOIN calls AS c ON c.rowid = p.id ORDER BY ${order}`
  const keySql = (where: string, order: string) =>
    `SELECT callTimestamp, callId FROM calls WHERE ${where} ORDER BY ${order} LIMIT 1 OFFSET ?`
  const both = (make: (direction: Direction) => Database.Statement) => ({
    newestFirst: make('newestFirst'),
    oldestFirst: make('oldestFirst'),
  })

  function statementsFor(where: string): Statements {
    let s = statements.get(where)
    if (!s) {
      s = {
        count: db.prepare(`SELECT COUNT(*) AS total FROM calls WHERE ${where}`).pluck(),
        newestFirst: db.prepare(pageSql(where, NEWEST_FIRST)).raw(),
        oldestFirst: db.prepare(pageSql(where, OLDEST_FIRST)).raw(),
        // Prepared when a result set first needs them: most never go 1,000 entries deep.
        get fromAnchor() {
          const made = both((d) =>
            db.prepare(pageSql(`${where} AND ${AT_OR_AFTER[d]}`, ORDER[d])).raw(),
          )
          Object.defineProperty(this, 'fromAnchor', { value: made })
          return made
        },
        get firstKey() {
          const made = both((d) => db.prepare(keySql(where, ORDER[d])).raw())
          Object.defineProperty(this, 'firstKey', { value: made })
          return made
        },
        get keyAfter() {
          const made = both((d) =>
            db.prepare(keySql(`${where} AND ${AT_OR_AFTER[d]}`, ORDER[d])).raw(),
          )
          Object.defineProperty(this, 'keyAfter', { value: made })
          return made
        },
      }
      statements.set(where, s)
    }
    return s
  }

  /**
   * The rows at `offset` (counted in `direction`), read from the nearest anchor at or before it.
   * Anchors are found once per result set, each from the previous one, so reaching the middle of
   * 444k entries the first time costs one walk to it (what OFFSET costs every time), and later
   * pages there cost a walk of fewer than `anchorEvery` entries.
   */
  function readFromAnchor(
    s: Statements,
    direction: Direction,
    setKey: string,
    values: (string | number)[],
    take: number,
    offset: number,
    /** The scope, when the result set is all of it (no filter): its anchors may be stored. */
    unfiltered: Tenancy | null,
  ): CallRow[] {
    const wanted = Math.floor(offset / anchorEvery)
    const readFrom = ([at, callId]: Key) =>
      s.fromAnchor[direction].all(
        ...values,
        at,
        at,
        callId,
        take,
        offset - wanted * anchorEvery,
      ) as CallRow[]
    const stored =
      unfiltered &&
      (storedAnchor?.get(
        unfiltered.tenantId,
        unfiltered.servicerId,
        direction,
        wanted * anchorEvery,
      ) as Key | undefined)
    if (stored) return readFrom(stored)

    const key = `${direction}\u0000${setKey}`
    const list = anchors.get(key) ?? []
    anchors.delete(key) // re-inserted below: least recently used goes first
    while (list.length <= wanted) {
      const last = list[list.length - 1]
      const next = (
        last
          ? s.keyAfter[direction].get(...values, last[0], last[0], last[1], anchorEvery)
          : s.firstKey[direction].get(...values, 0)
      ) as Key | undefined
      // Fewer entries than the total said (a total that drifted: see schema.ts): read the page
      // the slow way, and remember nothing about this result set.
      if (next === undefined) return s[direction].all(...values, take, offset) as CallRow[]
      list.push(next)
    }
    if (anchors.size >= MAX_ANCHOR_SETS) anchors.delete(anchors.keys().next().value as string)
    anchors.set(key, list)
    return readFrom(list[wanted] as Key)
  }

  // One read transaction per request: the total, the anchors and the page all come from one
  // snapshot of the file, whatever another connection commits meanwhile. Reading the schema version
  // starts the snapshot; data_version is asked after it, so a commit before the snapshot drops the
  // cached counts and anchors, and one after it is seen by the next request.
  type Found = { total: number; calls: CallRecord[] }
  const inOneSnapshot = db.transaction((scope: Tenancy, q: CallsQuery): Found => {
    schemaVersion.get()
    dropIfWritten()
    return findCallsNow(scope, q)
  })

  return {
    findCalls(scope: Tenancy, q: CallsQuery): Found {
      return inOneSnapshot(scope, q)
    },
  }

  function findCallsNow(scope: Tenancy, q: CallsQuery): Found {
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
    const direction: Direction = fromEnd < q.offset ? 'oldestFirst' : 'newestFirst'
    const skip = direction === 'oldestFirst' ? fromEnd : q.offset
    const rows =
      skip < anchorEvery
        ? (s[direction].all(...values, take, skip) as CallRow[])
        : readFromAnchor(
            s,
            direction,
            `${where}\u0000${values.join('\u0000')}`,
            values,
            take,
            skip,
            list.length === 2 ? scope : null,
          )
    if (direction === 'oldestFirst') rows.reverse()
    return { total, calls: rows.map(toRecord) }
  }
}
