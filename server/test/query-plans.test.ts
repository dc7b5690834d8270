import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH as CALLS, SAMPLE_LOAN_ID, callsQuerySchema } from '../../src/contract'
import { createCallsRepository } from '../calls/calls-repository'
import { SAMPLE_PHONE } from '../db/seed'
import { createTestClient, createTestDatabase } from './test-database'

// Every statement the API prepares is recorded while real requests run through it, then explained:
// the plan must reach `calls` only through an index search (or by rowid), never by a table scan,
// and the scope is never sorted in a temporary b-tree (the indexes are in the response order).
const database = createTestDatabase()
const prepared = new Set<string>()
const prepare = database.db.prepare.bind(database.db)
database.db.prepare = (sql: string) => {
  prepared.add(sql)
  return prepare(sql)
}
const get = createTestClient(database.db)
afterAll(() => database.close())

const LOOKUPS: Record<string, string> = {
  'no filter, first page': 'offset=0',
  'no filter, last page (read from the far end)': 'offset=999999',
  'borrower lookup': 'borrowerid=no-such-borrower',
  'loan lookup': `loanid=${SAMPLE_LOAN_ID}`,
  'phone lookup': `phonenumber=${encodeURIComponent(SAMPLE_PHONE)}`,
  'one month': 'startdate=2026-03-01&enddate=2026-03-31',
  'from a date on': 'startdate=2026-03-01',
  'up to a date': 'enddate=2026-03-31',
  'loan within a month': `loanid=${SAMPLE_LOAN_ID}&startdate=2026-03-01&enddate=2026-03-31`,
  'loan, back half': `loanid=${SAMPLE_LOAN_ID}&offset=40&limit=10`,
}

type PlanRow = { id: number; parent: number; detail: string }

function planRows(sql: string): PlanRow[] {
  const params = (sql.match(/\?/g) ?? []).map(() => 1)
  return database.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanRow[]
}
const plan = (sql: string) => planRows(sql).map((row) => row.detail)

describe('query plans: no lookup the API makes scans the calls table', () => {
  it.each(Object.entries(LOOKUPS))('%s answers 200', async (_name, query) => {
    expect((await get(`${CALLS}?${query}`)).status).toBe(200)
  })

  it('pages read from anchors (deep in a result set, from either end) are prepared too', () => {
    // The API anchors every 1,000 entries; this database is small, so anchor every 10.
    const repository = createCallsRepository(database.db, { anchorEvery: 10 })
    const scope = { tenantId: '314', servicerId: '2' }
    const all = repository.findCalls(scope, v.parse(callsQuerySchema, { offset: '100' }))
    expect(all.calls).toHaveLength(20)
    const back = repository.findCalls(
      scope,
      v.parse(callsQuerySchema, { offset: String(all.total - 150) }),
    )
    expect(back.calls).toHaveLength(20)
    const month = { startdate: '2026-03-01', enddate: '2026-03-31', offset: '40' }
    expect(repository.findCalls(scope, v.parse(callsQuerySchema, month)).calls).toHaveLength(20)
    expect([...prepared].filter((sql) => sql.includes('callId >= +?'))).not.toEqual([])
    expect([...prepared].filter((sql) => sql.includes('callId <= +?'))).not.toEqual([])
  })

  it('every prepared statement reads calls through an index, in index order', () => {
    const statements = [...prepared].filter((sql) => /\bFROM calls\b/.test(sql))
    // count + both page directions per filter set, at least for the lookups above.
    expect(statements.length).toBeGreaterThanOrEqual(Object.keys(LOOKUPS).length)
    for (const sql of statements) {
      const details = plan(sql)
      const onCalls = details.filter((d) => /^(SCAN|SEARCH) (calls|c)\b/.test(d))
      expect(onCalls.length, sql).toBeGreaterThan(0)
      for (const d of onCalls)
        expect(d, sql).toMatch(
          /^SEARCH (calls|c) USING (COVERING INDEX calls_by_|INTEGER PRIMARY KEY)/,
        )
      // The page subquery walks the index in order; only the outer query may re-sort the page
      // it joined (at most `limit` rows), never the scope.
      const rows = planRows(sql)
      const subquery = rows.find((r) => r.detail.startsWith('CO-ROUTINE'))?.id
      const inner = rows.filter((r) => subquery === undefined || r.parent === subquery)
      expect(inner.map((r) => r.detail).join('\n'), sql).not.toMatch(/USE TEMP B-TREE/)
    }
  })

  // better-sqlite3's SQLite has STAT4: a bare `?` in a WHERE or a LIMIT is a value the planner
  // reads, so the statement is prepared again on every run (~35 µs a lookup, ~250 µs a page on 1M
  // calls). `+?` is the same value, unseen by the planner. OFFSET's value the planner never reads.
  it('binds every value the planner could read as +?, so no statement is prepared again per request', () => {
    const statements = [...prepared].filter((sql) =>
      /\bFROM (calls|api_tokens|scope_totals|scope_anchors)\b/.test(sql),
    )
    expect(statements.filter((sql) => sql.includes('api_tokens'))).toHaveLength(1)
    expect(statements.filter((sql) => sql.includes('LIMIT +?'))).not.toEqual([])
    for (const sql of statements)
      expect(sql.replaceAll('OFFSET ?', ''), sql).not.toMatch(/(?<!\+)\?/)
  })

  it('a stored anchor is read by its primary key', () => {
    const sql = [...prepared].find((s) => /FROM scope_anchors/.test(s))
    expect(sql).toBeDefined()
    for (const d of plan(sql ?? '')) expect(d).toMatch(/^SEARCH scope_anchors USING PRIMARY KEY/)
  })

  it('the token lookup is a primary-key search', () => {
    const sql = [...prepared].find((s) => /FROM api_tokens/.test(s))
    expect(sql).toBeDefined()
    for (const d of plan(sql ?? '')) expect(d).toMatch(/^SEARCH api_tokens USING PRIMARY KEY/)
  })
})
