import * as v from 'valibot'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH, callsPageSchema, wireCallsPageSchema } from '../../src/contract'
import { createApp } from '../app'
import { HOSTILE_BORROWER_ID, HOSTILE_CALLS, TEN_KB_STRING } from '../db/hostile-rows'
import { seedDatabase } from '../db/seed'
import { TEST_NOW } from './test-database'

const dir = mkdtempSync(join(tmpdir(), 'calltracking-hostile-'))
const file = join(dir, 'hostile.sqlite')
seedDatabase(file, { calls: 300, seed: 5, now: TEST_NOW, hostile: true })
const db = new Database(file, { readonly: true })
const app = createApp({ db, log: () => {} })
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const get = (query: string) =>
  app.request(`http://127.0.0.1${CALLS_URL_PATH}?${query}`, {
    headers: { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' },
  })

describe('SEED_HOSTILE rows', () => {
  it('are returned byte for byte as JSON strings, newest first', async () => {
    const res = await get(`borrowerid=${HOSTILE_BORROWER_ID}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const text = await res.text()
    const page = v.parse(wireCallsPageSchema, JSON.parse(text))
    expect(page.data.map((c) => [c.callId, c.callStatus, c.createdBy, c.updatedBy])).toEqual(
      HOSTILE_CALLS.map((c) => [c.callId, c.callStatus, c.createdBy, c.updatedBy]),
    )
    // JSON escaping is the only transformation: no HTML entities, no stripping.
    expect(text).toContain('"createdBy":"<img src=x onerror=alert(1)>"')
    expect(text).toContain('"createdBy":"\\"><svg onload=alert(1)>"')
    expect(text).toContain('invoice\u202Egnp.exe')
    expect(text).toContain(`"createdBy":"${TEN_KB_STRING}"`)
    expect(TEN_KB_STRING.length).toBe(10_240)
  })

  it('carry an unknown callStatus, which only the wire schema (what the dashboard accepts) allows', async () => {
    const body: unknown = await (await get(`borrowerid=${HOSTILE_BORROWER_ID}`)).json()
    expect(v.safeParse(wireCallsPageSchema, body).success).toBe(true)
    expect(v.safeParse(callsPageSchema, body).success).toBe(false)
  })

  it('are absent unless asked for, and change nothing else in the database', () => {
    const plain = join(dir, 'plain.sqlite')
    seedDatabase(plain, { calls: 300, seed: 5, now: TEST_NOW })
    const other = new Database(plain, { readonly: true })
    const rows = (d: Database.Database, where: string) =>
      d.prepare(`SELECT * FROM calls WHERE ${where} ORDER BY rowid`).raw().all()
    expect(rows(other, `borrowerId = '${HOSTILE_BORROWER_ID}'`)).toEqual([])
    expect(rows(db, `borrowerId != '${HOSTILE_BORROWER_ID}'`)).toEqual(rows(other, '1'))
    other.close()
  })
})
