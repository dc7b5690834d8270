import * as v from 'valibot'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { callsQuerySchema } from '../../src/contract'
import { createCallsRepository } from '../calls/calls-repository'
import { createIndexes, createScopeAnchors, createScopeTotals, createTables } from '../db/schema'

// A small database of its own, with a recording stand-in for better-sqlite3, so the tests can see
// which statements were prepared and which ran: the repository's promises are about cost as well
// as rows (a far page costs what a near one does; a result set is counted once).

const SCOPE = { tenantId: '314', servicerId: '2' }
const T0 = Date.parse('2025-01-01T00:00:00.000Z')
const MINUTE = 60_000

const db = new Database(':memory:')
createTables(db)
const insert = db.prepare('INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?)')
const addCall = (callId: string, at: number, borrowerId = 'b1', tenancy = SCOPE) =>
  insert.run(
    callId,
    tenancy.tenantId,
    tenancy.servicerId,
    'l1',
    borrowerId,
    '4025550134',
    'Contacted',
    at,
    at + 1000,
    at + 2000,
    'creator@velocity',
    'updater@velocity',
  )
// 50 calls a minute apart; calls 20 to 24 share one millisecond, so callId has to break the tie.
const ids = Array.from({ length: 50 }, (_, i) => `call-${String(i).padStart(2, '0')}`)
ids.forEach((id, i) => addCall(id, i >= 20 && i < 25 ? T0 + 20 * MINUTE : T0 + i * MINUTE))
addCall('other-servicer', T0, 'b1', { tenantId: '314', servicerId: '3' })
createIndexes(db)
afterAll(() => db.close())

/** Newest first, then callId: the API's one total order. */
const apiOrder = [...ids].sort((a, b) => {
  const at = (id: string) => {
    const i = Number(id.slice(5))
    return i >= 20 && i < 25 ? 20 : i
  }
  return at(b) - at(a) || (a < b ? -1 : 1)
})

function recording(real: Database.Database) {
  const prepared: string[] = []
  const ran: string[] = []
  const standIn = {
    pragma: (source: string, options?: Database.PragmaOptions) => real.pragma(source, options),
    transaction: <F extends (...args: never[]) => unknown>(fn: F) => real.transaction(fn),
    prepare(sql: string) {
      // Asked on every request (has another connection written?): passed through, not recorded.
      if (sql.startsWith('PRAGMA')) return real.prepare(sql)
      prepared.push(sql)
      const statement = real.prepare(sql)
      const recorded = {
        pluck() {
          statement.pluck()
          return recorded
        },
        raw() {
          statement.raw()
          return recorded
        },
        get(...values: unknown[]) {
          ran.push(sql)
          return statement.get(...values)
        },
        all(...values: unknown[]) {
          ran.push(sql)
          return statement.all(...values)
        },
      }
      return recorded
    },
  }
  return { db: standIn as unknown as Database.Database, prepared, ran }
}

const query = (params: Record<string, string>) => v.parse(callsQuerySchema, params)
const isCount = (sql: string) => sql.startsWith('SELECT COUNT(*)')
const direction = (sql: string) =>
  sql.includes('ORDER BY callTimestamp DESC, callId LIMIT') ? 'DESC' : 'ASC'

/**
 * A database file of the test's own, with a writer connection (tables made, no indexes yet: the
 * test decides when) and readers opened read-only as the server opens it. Everything is closed and
 * removed afterwards.
 */
function withFile(
  test: (file: {
    writer: Database.Database
    call: (callId: string, at: number, servicerId?: string) => void
    openReader: () => Database.Database
  }) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), 'calltracking-repository-'))
  const path = join(dir, 'calls.sqlite')
  const writer = new Database(path)
  const readers: Database.Database[] = []
  try {
    createTables(writer)
    const add = writer.prepare('INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?)')
    test({
      writer,
      call: (callId, at, servicerId = '2') => {
        add.run(
          callId,
          '314',
          servicerId,
          'l1',
          'b9',
          '4025550134',
          'Contacted',
          at,
          at,
          at,
          'a',
          'a',
        )
      },
      openReader: () => {
        const reader = new Database(path, { readonly: true })
        readers.push(reader)
        return reader
      },
    })
  } finally {
    for (const reader of readers) reader.close()
    writer.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the calls repository', () => {
  it('reads every page in the API order, whichever end of the index it starts from', () => {
    const repository = createCallsRepository(db)
    const seen: string[] = []
    for (let offset = 0; offset < 50; offset += 7) {
      const page = repository.findCalls(SCOPE, query({ offset: String(offset), limit: '7' }))
      expect(page.total).toBe(50)
      seen.push(...page.calls.map((c) => c.callId))
    }
    expect(seen).toEqual(apiOrder)
  })

  it('reads a page from the nearer end of the index: the front half newest first, the back half oldest first', () => {
    const spy = recording(db)
    const repository = createCallsRepository(spy.db)
    const readsFrom = (offset: number) => {
      spy.ran.length = 0
      const page = repository.findCalls(SCOPE, query({ offset: String(offset), limit: '10' }))
      expect(page.calls.map((c) => c.callId)).toEqual(apiOrder.slice(offset, offset + 10))
      return spy.ran.filter((sql) => !isCount(sql)).map(direction)
    }
    expect(readsFrom(0)).toEqual(['DESC'])
    expect(readsFrom(19)).toEqual(['DESC'])
    // The exact middle: 20 calls before this page and 20 after it. Either end costs the same.
    expect(readsFrom(20)).toEqual(['DESC'])
    expect(readsFrom(21)).toEqual(['ASC'])
    expect(readsFrom(40)).toEqual(['ASC'])
    expect(readsFrom(45)).toEqual(['ASC'])
  })

  it('answers past the end with the total and no rows, without reading a page', () => {
    const spy = recording(db)
    const repository = createCallsRepository(spy.db)
    expect(repository.findCalls(SCOPE, query({ offset: '50' }))).toEqual({ total: 50, calls: [] })
    expect(repository.findCalls(SCOPE, query({ offset: '51' }))).toEqual({ total: 50, calls: [] })
    expect(spy.ran.filter((sql) => !isCount(sql))).toEqual([])
  })

  it('returns whole records with instants as ISO 8601 UTC', () => {
    const repository = createCallsRepository(db)
    const [newest] = repository.findCalls(SCOPE, query({ limit: '1' })).calls
    expect(newest).toEqual({
      callId: 'call-49',
      tenantId: '314',
      servicerId: '2',
      loanId: 'l1',
      borrowerId: 'b1',
      phoneNumber: '4025550134',
      callStatus: 'Contacted',
      callTimestamp: '2025-01-01T00:49:00.000Z',
      createdDate: '2025-01-01T00:49:01.000Z',
      updatedDate: '2025-01-01T00:49:02.000Z',
      createdBy: 'creator@velocity',
      updatedBy: 'updater@velocity',
    })
    // The order the API has always sent them in (the JSON is these keys, in this order).
    expect(Object.keys(newest ?? {})).toEqual([
      'callId',
      'tenantId',
      'servicerId',
      'loanId',
      'borrowerId',
      'phoneNumber',
      'callStatus',
      'callTimestamp',
      'createdDate',
      'updatedDate',
      'updatedBy',
      'createdBy',
    ])
  })

  it('prepares the statements of a filter shape once, and counts a result set once', () => {
    const spy = recording(db)
    const repository = createCallsRepository(spy.db)
    repository.findCalls(SCOPE, query({ borrowerid: 'b1' }))
    repository.findCalls(SCOPE, query({ borrowerid: 'b1', offset: '20' }))
    repository.findCalls(SCOPE, query({ borrowerid: 'nobody' }))
    // One count, one newest-first and one oldest-first statement for "borrowerId = ?".
    expect(spy.prepared).toHaveLength(3)
    expect(spy.ran.filter(isCount)).toHaveLength(2)
    repository.findCalls({ tenantId: '314', servicerId: '3' }, query({ borrowerid: 'b1' }))
    expect(spy.ran.filter(isCount)).toHaveLength(3)
    repository.findCalls(SCOPE, query({}))
    expect(spy.prepared).toHaveLength(6)
  })

  it('never mistakes one result set for another whose values run together', () => {
    const repository = createCallsRepository(db)
    // 314 + 2 + b1 and 31 + 42 + b1 read the same when joined without a separator.
    expect(repository.findCalls(SCOPE, query({ borrowerid: 'b1' })).total).toBe(50)
    expect(
      repository.findCalls({ tenantId: '31', servicerId: '42' }, query({ borrowerid: 'b1' })),
    ).toEqual({ total: 0, calls: [] })
  })

  it('keeps the 2,000 most recently used counts', () => {
    const spy = recording(db)
    const repository = createCallsRepository(spy.db)
    const counts = () => spy.ran.filter(isCount).length
    const find = (borrowerid: string) => repository.findCalls(SCOPE, query({ borrowerid }))
    find('b1')
    for (let i = 1; i < 2000; i++) find(`x${i}`) // 2,000 result sets: all kept
    find('b1') // used again: now the most recent
    find('x1')
    expect(counts()).toBe(2000)
    find('new-1') // the 2,001st evicts the least recently used (x2), not b1
    find('b1')
    find('x1')
    expect(counts()).toBe(2001)
    find('x2')
    expect(counts()).toBe(2002)
  })

  it('reads an unfiltered total from scope_totals, which the triggers keep exact through any write', () => {
    withFile(({ writer, call, openReader }) => {
      for (let i = 0; i < 30; i++) call(`c${i}`, T0 + i * MINUTE)
      call('elsewhere', T0, '3')
      createIndexes(writer)
      createScopeTotals(writer)
      const spy = recording(openReader())
      const repository = createCallsRepository(spy.db)
      const total = (tenancy = SCOPE) => repository.findCalls(tenancy, query({})).total
      expect(total()).toBe(30)
      expect(total({ tenantId: '314', servicerId: '3' })).toBe(1)
      expect(total({ tenantId: '314', servicerId: '9' })).toBe(0)
      // The last page is read from the far end, knowing the total without counting.
      const last = repository.findCalls(SCOPE, query({ offset: '29' })).calls
      expect(last.map((c) => c.callId)).toEqual(['c0'])
      call('c30', T0 + 30 * MINUTE)
      expect(total()).toBe(31)
      writer.prepare("DELETE FROM calls WHERE callId IN ('c0', 'c1')").run()
      expect(total()).toBe(29)
      writer.prepare("UPDATE calls SET servicerId = '3' WHERE callId = 'c2'").run()
      expect(total()).toBe(28)
      expect(total({ tenantId: '314', servicerId: '3' })).toBe(2)
      writer.prepare("UPDATE calls SET callStatus = 'Attempted' WHERE callId = 'c3'").run()
      expect(total()).toBe(28)
      // Never counted, and a filtered search still is.
      expect(spy.ran.filter(isCount)).toEqual([])
      expect(repository.findCalls(SCOPE, query({ borrowerid: 'b9' })).total).toBe(28)
      expect(repository.findCalls(SCOPE, query({ borrowerid: 'nobody' })).total).toBe(0)
      expect(spy.ran.filter(isCount)).toHaveLength(2)
    })
  })

  it('counts again once another connection has written the file, and only then', () => {
    withFile(({ writer, call, openReader }) => {
      createIndexes(writer)
      call('first', T0)
      const spy = recording(openReader())
      const repository = createCallsRepository(spy.db)
      const find = () => repository.findCalls(SCOPE, query({ borrowerid: 'b9' }))
      expect(find().total).toBe(1)
      expect(find().total).toBe(1)
      expect(spy.ran.filter(isCount)).toHaveLength(1)
      call('second', T0 + MINUTE)
      const after = find()
      expect(after.total).toBe(2)
      expect(after.calls.map((c) => c.callId)).toEqual(['second', 'first'])
      expect(spy.ran.filter(isCount)).toHaveLength(2)
    })
  })
})

describe('deep pages start from remembered anchors', () => {
  const isKey = (sql: string) => sql.startsWith('SELECT callTimestamp, callId')
  const isAnchoredPage = (sql: string) =>
    sql.includes('(callTimestamp < +? OR callId >= +?)') ||
    sql.includes('(callTimestamp > +? OR callId <= +?)')

  it.each([1, 3, 4, 7, 20])(
    'reads every page in the API order with an anchor every %i entries, ties included',
    (anchorEvery) => {
      const repository = createCallsRepository(db, { anchorEvery })
      for (const limit of [1, 3, 7, 20]) {
        for (let offset = 0; offset < 52; offset++) {
          const page = repository.findCalls(
            SCOPE,
            query({ offset: String(offset), limit: String(limit) }),
          )
          expect(
            page.calls.map((c) => c.callId),
            `offset ${offset} limit ${limit}`,
          ).toEqual(apiOrder.slice(offset, offset + limit))
        }
      }
    },
  )

  it('finds the anchors of a result set once, then pages near them skip fewer entries than the gap', () => {
    const spy = recording(db)
    const repository = createCallsRepository(spy.db, { anchorEvery: 5 })
    const read = (offset: number) => {
      spy.ran.length = 0
      const page = repository.findCalls(SCOPE, query({ offset: String(offset), limit: '2' }))
      expect(page.calls.map((c) => c.callId)).toEqual(apiOrder.slice(offset, offset + 2))
      return {
        keys: spy.ran.filter(isKey).length,
        anchored: spy.ran.filter((sql) => isAnchoredPage(sql) && !isKey(sql)).length,
      }
    }
    expect(read(3)).toEqual({ keys: 0, anchored: 0 }) // nearer than one gap: plain OFFSET
    expect(read(17)).toEqual({ keys: 4, anchored: 1 }) // first key, then 5, 10, 15
    expect(read(16)).toEqual({ keys: 0, anchored: 1 }) // anchor 15 is known
    expect(read(12)).toEqual({ keys: 0, anchored: 1 })
    expect(read(22)).toEqual({ keys: 1, anchored: 1 }) // one more: 20
    // The back half counts from the other end, with anchors of its own.
    expect(read(40)).toEqual({ keys: 2, anchored: 1 }) // 8 from the end: first key, 5
    expect(read(41)).toEqual({ keys: 0, anchored: 1 })
  })

  it('answers, without remembering anchors, when the total promised more calls than there are', () => {
    withFile(({ writer, call, openReader }) => {
      for (let i = 0; i < 20; i++) call(`c${String(i).padStart(2, '0')}`, T0 + i * MINUTE)
      createIndexes(writer)
      createScopeTotals(writer)
      // What INSERT OR REPLACE without recursive_triggers leaves behind: a total too high.
      writer.prepare("UPDATE scope_totals SET total = 50 WHERE servicerId = '2'").run()
      const repository = createCallsRepository(openReader(), { anchorEvery: 3 })
      const page = repository.findCalls(SCOPE, query({ offset: '12', limit: '5' }))
      expect(page.total).toBe(50)
      expect(page.calls.map((c) => c.callId)).toEqual(['c07', 'c06', 'c05', 'c04', 'c03'])
      // The anchors run out at the 20th call: no error, just no rows past the real end.
      expect(repository.findCalls(SCOPE, query({ offset: '22', limit: '1' })).calls).toEqual([])
      expect(repository.findCalls(SCOPE, query({ offset: '13', limit: '2' })).calls).toHaveLength(2)
    })
  })

  it('forgets the anchors once another connection has written the file', () => {
    withFile(({ writer, call, openReader }) => {
      createIndexes(writer)
      for (let i = 0; i < 20; i++) call(`c${String(i).padStart(2, '0')}`, T0 + i * MINUTE)
      const repository = createCallsRepository(openReader(), { anchorEvery: 3 })
      const ids = (offset: number) =>
        repository
          .findCalls(SCOPE, query({ offset: String(offset), limit: '2' }))
          .calls.map((c) => c.callId)
      expect(ids(7)).toEqual(['c12', 'c11'])
      call('c20', T0 + 20 * MINUTE) // a new newest call moves every position down by one
      expect(ids(7)).toEqual(['c13', 'c12'])
      expect(ids(8)).toEqual(['c12', 'c11'])
    })
  })

  it('starts from an anchor as soon as a page is one whole gap deep', () => {
    const spy = recording(db)
    const repository = createCallsRepository(spy.db, { anchorEvery: 5 })
    const read = (offset: number) => {
      spy.ran.length = 0
      repository.findCalls(SCOPE, query({ offset: String(offset), limit: '1' }))
      return spy.ran.filter(isKey).length
    }
    expect(read(4)).toBe(0)
    expect(read(5)).toBe(2) // the first key, then the one 5 entries on
  })

  it('prepares the anchor statements of a filter shape once, however many deep pages are read', () => {
    const spy = recording(db)
    const repository = createCallsRepository(spy.db, { anchorEvery: 3 })
    for (const offset of [7, 8, 20, 40, 41])
      repository.findCalls(SCOPE, query({ offset: String(offset), limit: '2' }))
    // Count, two plain pages, and first key, key after and anchored page in both directions.
    expect(spy.prepared).toHaveLength(9)
  })

  it('keeps the anchors of each result set apart, even when their values run together', () => {
    const separate = new Database(':memory:')
    try {
      createTables(separate)
      const add = separate.prepare('INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?)')
      const other = { tenantId: '31', servicerId: '42' } // "3142" joined, as SCOPE's 314 and 2
      for (let i = 0; i < 10; i++) {
        const at = T0 + i * MINUTE
        add.run(`a${i}`, '314', '2', 'l1', 'b1', '4025550134', 'Contacted', at, at, at, 'x', 'x')
        const older = at - 86_400_000
        add.run(
          `z${i}`,
          '31',
          '42',
          'l1',
          'b1',
          '4025550134',
          'Contacted',
          older,
          older,
          older,
          'x',
          'x',
        )
      }
      createIndexes(separate)
      const repository = createCallsRepository(separate, { anchorEvery: 2 })
      const ids = (scope: typeof SCOPE) =>
        repository.findCalls(scope, query({ offset: '3', limit: '2' })).calls.map((c) => c.callId)
      expect(ids(SCOPE)).toEqual(['a6', 'a5'])
      expect(ids(other)).toEqual(['z6', 'z5'])
    } finally {
      separate.close()
    }
  })

  it('keeps the anchors of the 200 most recently used result sets', () => {
    const spy = recording(db)
    const repository = createCallsRepository(spy.db, { anchorEvery: 2 })
    // Result sets of their own, each of all 50 calls: every start date before the calls.
    const keysFor = (set: number) => {
      spy.ran.length = 0
      const startdate = new Date(T0 - (set + 1) * 86_400_000).toISOString().slice(0, 10)
      repository.findCalls(SCOPE, query({ startdate, offset: '2', limit: '1' }))
      return spy.ran.filter(isKey).length
    }
    expect(keysFor(0)).toBe(2)
    for (let set = 1; set < 200; set++) keysFor(set) // 200 result sets: all kept
    expect(keysFor(0)).toBe(0) // used again: now the most recent
    expect(keysFor(200)).toBe(2) // the 201st evicts the least recently used (set 1), not set 0
    expect(keysFor(0)).toBe(0)
    expect(keysFor(2)).toBe(0)
    expect(keysFor(1)).toBe(2)
  })
})

describe('stored anchors of unfiltered scopes (scope_anchors)', () => {
  const DAY = 86_400_000
  const isKey = (sql: string) => sql.startsWith('SELECT callTimestamp, callId FROM calls')
  const isStored = (sql: string) => sql.includes('FROM scope_anchors')
  // 30 calls a day apart in servicer 2 (two of them in one millisecond), 12 in servicer 3.
  const dayIds = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}`)
  const at = (i: number) => T0 + (i === 11 ? 10 : i) * DAY
  const newestFirst = [...dayIds].sort((a, b) => {
    const ia = Number(a.slice(1))
    const ib = Number(b.slice(1))
    return at(ib) - at(ia) || (a < b ? -1 : 1)
  })

  function withAnchors(
    test: (file: {
      writer: Database.Database
      call: (callId: string, at: number, servicerId?: string) => void
      spy: ReturnType<typeof recording>
      anchorsOf: (servicerId: string) => number
    }) => void,
    storedEvery = 5,
  ) {
    withFile(({ writer, call, openReader }) => {
      dayIds.forEach((id, i) => call(id, at(i)))
      for (let i = 0; i < 12; i++) call(`other-${i}`, T0 + i * DAY, '3')
      createIndexes(writer)
      createScopeTotals(writer)
      createScopeAnchors(writer, storedEvery)
      const anchorsOf = (servicerId: string) =>
        writer
          .prepare('SELECT COUNT(*) FROM scope_anchors WHERE tenantId = ? AND servicerId = ?')
          .pluck()
          .get('314', servicerId) as number
      test({ writer, call, spy: recording(openReader()), anchorsOf })
    })
  }

  it('stores every 5th key of each scope in both directions, as a walk of the index finds them', () => {
    withAnchors(({ writer }) => {
      const stored = writer
        .prepare(
          `SELECT direction, position, callId FROM scope_anchors
            WHERE servicerId = '2' ORDER BY direction, position`,
        )
        .raw()
        .all()
      const every5th = (ids: string[]) => ids.filter((_, i) => i % 5 === 0)
      expect(stored).toEqual([
        ...every5th(newestFirst).map((id, i) => ['newestFirst', i * 5, id]),
        ...every5th([...newestFirst].reverse()).map((id, i) => ['oldestFirst', i * 5, id]),
      ])
    })
  })

  it('reads every deep page of a scope from its stored anchor, from either end, without walking', () => {
    withAnchors(({ spy }) => {
      const repository = createCallsRepository(spy.db, { anchorEvery: 5 })
      for (let offset = 0; offset < 31; offset++) {
        const page = repository.findCalls(SCOPE, query({ offset: String(offset), limit: '3' }))
        expect(
          page.calls.map((c) => c.callId),
          `offset ${offset}`,
        ).toEqual(newestFirst.slice(offset, offset + 3))
      }
      expect(spy.ran.filter(isKey)).toEqual([])
      expect(spy.ran.filter(isStored).length).toBeGreaterThan(10)
    })
  })

  it('walks again for a scope another connection wrote to, and keeps the stored anchors of the others', () => {
    withAnchors(({ call, spy, anchorsOf }) => {
      const repository = createCallsRepository(spy.db, { anchorEvery: 5 })
      const read = (offset: number) =>
        repository
          .findCalls(SCOPE, query({ offset: String(offset), limit: '2' }))
          .calls.map((c) => c.callId)
      expect(read(7)).toEqual(newestFirst.slice(7, 9))
      call('newest', T0 + 100 * DAY) // every position in servicer 2 moves on by one
      expect(anchorsOf('2')).toBe(0)
      expect(anchorsOf('3')).toBe(6)
      expect(read(8)).toEqual(newestFirst.slice(7, 9))
      expect(spy.ran.filter(isKey).length).toBeGreaterThan(0)
      spy.ran.length = 0
      const other = repository.findCalls(
        { tenantId: '314', servicerId: '3' },
        query({ offset: '5', limit: '1' }),
      )
      expect(other.calls.map((c) => c.callId)).toEqual(['other-6'])
      expect(spy.ran.filter(isKey)).toEqual([])
    })
  })

  it.each([
    ['a delete', "DELETE FROM calls WHERE callId = 'd03'", ['2']],
    ['a new time', "UPDATE calls SET callTimestamp = 1 WHERE callId = 'd03'", ['2']],
    ['a new callId', "UPDATE calls SET callId = 'zz' WHERE callId = 'd03'", ['2']],
    [
      'a move to another servicer',
      "UPDATE calls SET servicerId = '3' WHERE callId = 'd03'",
      ['2', '3'],
    ],
    [
      'a move to another tenant',
      "UPDATE calls SET tenantId = '315' WHERE callId = 'other-1'",
      ['3'],
    ],
    [
      'an insert',
      "INSERT INTO calls SELECT 'x', '314', '3', loanId, borrowerId, phoneNumber, callStatus, callTimestamp, createdDate, updatedDate, createdBy, updatedBy FROM calls WHERE callId = 'd03'",
      ['3'],
    ],
    ['a new status', "UPDATE calls SET callStatus = 'Attempted' WHERE callId = 'd03'", []],
  ])('drops the stored anchors of each scope %s touches, and only those', (_name, sql, dropped) => {
    withAnchors(({ writer, anchorsOf }) => {
      writer.prepare(sql).run()
      expect(anchorsOf('2')).toBe(dropped.includes('2') ? 0 : 12)
      expect(anchorsOf('3')).toBe(dropped.includes('3') ? 0 : 6)
    })
  })

  it('never reads a filtered result set from the stored anchors of its scope', () => {
    withAnchors(({ spy }) => {
      const repository = createCallsRepository(spy.db, { anchorEvery: 5 })
      // From the 6th day on: the 24 newest calls, whose positions are not the scope's.
      const startdate = new Date(T0 + 6 * DAY).toISOString().slice(0, 10)
      for (const offset of [5, 7, 12, 18]) {
        const page = repository.findCalls(
          SCOPE,
          query({ startdate, offset: String(offset), limit: '2' }),
        )
        expect(page.total).toBe(24)
        expect(
          page.calls.map((c) => c.callId),
          `offset ${offset}`,
        ).toEqual(newestFirst.slice(offset, offset + 2))
      }
      expect(spy.ran.filter(isStored)).toEqual([])
    })
  })

  it('walks when the stored anchors are another gap apart, and reads the same pages', () => {
    withAnchors(({ spy }) => {
      const repository = createCallsRepository(spy.db, { anchorEvery: 5 })
      for (const offset of [5, 9, 13, 22, 27])
        expect(
          repository
            .findCalls(SCOPE, query({ offset: String(offset), limit: '2' }))
            .calls.map((c) => c.callId),
          `offset ${offset}`,
        ).toEqual(newestFirst.slice(offset, offset + 2))
      expect(spy.ran.filter(isKey).length).toBeGreaterThan(0)
    }, 7)
  })
})
