import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { SAMPLE_LOAN_ID } from '../../src/contract'
import { MMAP_BYTES, openDatabase } from '../db/open-database'
import { seedDatabase } from '../db/seed'
import { TEST_NOW } from './test-database'

const dir = mkdtempSync(join(tmpdir(), 'calltracking-seed-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function digest(file: string) {
  const db = new Database(file, { readonly: true })
  const hash = createHash('sha256')
  for (const row of db.prepare('SELECT * FROM calls ORDER BY rowid').raw().iterate())
    hash.update(JSON.stringify(row))
  db.close()
  return hash.digest('hex')
}

describe('seeded data', () => {
  it('is deterministic: the same seed and end of history give the same database', () => {
    const a = join(dir, 'a.sqlite')
    const b = join(dir, 'b.sqlite')
    seedDatabase(a, { calls: 3000, seed: 11, now: TEST_NOW })
    seedDatabase(b, { calls: 3000, seed: 11, now: TEST_NOW })
    expect(digest(a)).toBe(digest(b))
    const c = join(dir, 'c.sqlite')
    seedDatabase(c, { calls: 3000, seed: 12, now: TEST_NOW })
    expect(digest(c)).not.toBe(digest(a))
  })

  it('stores the paging anchors of every scope, every 1,000 calls from each end', () => {
    const file = join(dir, 'anchored.sqlite')
    seedDatabase(file, { calls: 6000, seed: 5, now: TEST_NOW })
    const db = new Database(file, { readonly: true })
    try {
      const perScope = db
        .prepare(
          `SELECT t.tenantId, t.servicerId, t.total, a.direction, COUNT(*), MAX(a.position)
             FROM scope_totals t JOIN scope_anchors a USING (tenantId, servicerId)
            GROUP BY 1, 2, 4`,
        )
        .raw()
        .all() as [string, string, number, string, number, number][]
      expect(perScope.length).toBe(
        2 * (db.prepare('SELECT COUNT(*) FROM scope_totals').pluck().get() as number),
      )
      for (const [, , total, , count, last] of perScope) {
        expect(count).toBe(Math.ceil(total / 1000))
        expect(last).toBe((count - 1) * 1000)
      }
    } finally {
      db.close()
    }
  })

  it('is opened read-only for the request path, mapped into memory', () => {
    const file = join(dir, 'mapped.sqlite')
    const db = openDatabase(file, { calls: 100, seed: 3, now: TEST_NOW })
    try {
      expect(db.readonly).toBe(true)
      expect(db.pragma('mmap_size', { simple: true })).toBe(MMAP_BYTES)
    } finally {
      db.close()
    }
  })

  it('is realistic: tenants, servicers, a mix of outcomes, plausible hours, 24 months, staff accounts', () => {
    const file = join(dir, 'real.sqlite')
    const db = openDatabase(file, { calls: 20_000, seed: 3, now: TEST_NOW })
    const scopes = db
      .prepare("SELECT DISTINCT tenantId || '/' || servicerId FROM calls")
      .pluck()
      .all()
    expect(scopes).toEqual(expect.arrayContaining(['314/2', '314/3', '315/2', '315/4', '316/5']))
    const contacted = db
      .prepare("SELECT AVG(callStatus = 'Contacted') FROM calls")
      .pluck()
      .get() as number
    expect(contacted).toBeGreaterThan(0.25)
    expect(contacted).toBeLessThan(0.5)
    const [oldest, newest] = db
      .prepare('SELECT MIN(callTimestamp), MAX(callTimestamp) FROM calls')
      .raw()
      .get() as [number, number]
    expect(newest).toBeLessThanOrEqual(TEST_NOW)
    expect(TEST_NOW - oldest).toBeGreaterThan(700 * 86_400_000)
    expect(TEST_NOW - oldest).toBeLessThan(732 * 86_400_000)
    expect(
      db
        .prepare(
          'SELECT COUNT(*) FROM calls WHERE updatedDate < createdDate OR createdDate < callTimestamp',
        )
        .pluck()
        .get(),
    ).toBe(0)
    const staff = db.prepare('SELECT COUNT(DISTINCT createdBy) FROM calls').pluck().get() as number
    expect(staff).toBeGreaterThanOrEqual(24)
    expect(
      db.prepare('SELECT COUNT(DISTINCT borrowerId) FROM calls').pluck().get(),
    ).toBeGreaterThan(1000)
    // Hours: in UTC, US calls between 8 am and 9 pm local fall from 13:00 to 05:00 the next day.
    const nightUtc = db
      .prepare(
        "SELECT COUNT(*) FROM calls WHERE CAST(strftime('%H', callTimestamp / 1000, 'unixepoch') AS INTEGER) BETWEEN 6 AND 11",
      )
      .pluck()
      .get()
    expect(nightUtc).toBe(0)
    expect(
      db
        .prepare(
          "SELECT COUNT(*) FROM calls WHERE loanId = ? AND tenantId = '314' AND servicerId = '2'",
        )
        .pluck()
        .get(SAMPLE_LOAN_ID),
    ).toBeGreaterThanOrEqual(45)
    // Opened read-only for the request path.
    expect(() => db.prepare('DELETE FROM calls').run()).toThrow(/readonly/)
    db.close()
  })
})
