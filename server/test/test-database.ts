import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createApp } from '../app'
import { seedDatabase } from '../db/seed'

/** A fixed end of history, so every test run sees the same seeded database. */
export const TEST_NOW = Date.parse('2026-06-15T18:00:00.000Z')
export const EDGE_BORROWER = 'edge-borrower'

/** Hand-placed calls at the edges that random data would rarely hit: day boundaries and ties. */
export const EDGE_CALLS: readonly { callId: string; at: string }[] = [
  { callId: '00000000-0000-4000-8000-000000000001', at: '2025-03-08T23:59:59.999Z' },
  { callId: '00000000-0000-4000-8000-000000000002', at: '2025-03-09T00:00:00.000Z' },
  { callId: '00000000-0000-4000-8000-000000000003', at: '2025-03-09T12:00:00.000Z' },
  { callId: '00000000-0000-4000-8000-000000000004', at: '2025-03-09T23:59:59.999Z' },
  { callId: '00000000-0000-4000-8000-000000000005', at: '2025-03-10T00:00:00.000Z' },
  // Five calls in the same millisecond: the order must still be total (callId breaks the tie).
  ...['a', 'b', 'c', 'd', 'e'].map((s) => ({
    callId: `00000000-0000-4000-8000-00000000010${s}`,
    at: '2025-04-01T15:00:00.000Z',
  })),
]

export type TestDatabase = { db: Database.Database; file: string; close(): void }

export function createTestDatabase(calls = 4000): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'calltracking-test-'))
  const file = join(dir, 'calls.sqlite')
  seedDatabase(file, { calls, seed: 7, now: TEST_NOW })
  const writer = new Database(file)
  const insert = writer.prepare('INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?)')
  for (const edge of EDGE_CALLS) {
    const at = Date.parse(edge.at)
    insert.run(
      edge.callId,
      '314',
      '3',
      '11111111-2222-4333-8444-555555555555',
      EDGE_BORROWER,
      '6155550100',
      'Contacted',
      at,
      at + 30_000,
      at + 30_000,
      'amartinez@velocity',
      'amartinez@velocity',
    )
  }
  writer.close()
  const db = new Database(file, { readonly: true })
  return {
    db,
    file,
    close() {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export type Credentials = { token?: string; tenantId?: string; servicerId?: string }

export const DEMO: Credentials = { token: 'demo-access-token', tenantId: '314', servicerId: '2' }

/** Calls the in-process app the way a client would, with the tenancy headers it was given. */
export function createTestClient(db: Database.Database) {
  const app = createApp({ db, log: () => {} })
  return async (pathAndQuery: string, credentials: Credentials = DEMO) => {
    const headers: Record<string, string> = {}
    if (credentials.token !== undefined) headers.authorization = credentials.token
    if (credentials.tenantId !== undefined) headers.tenantid = credentials.tenantId
    if (credentials.servicerId !== undefined) headers.servicerid = credentials.servicerId
    const res = await app.request(`http://127.0.0.1${pathAndQuery}`, { headers })
    const body: unknown = await res.json()
    return { status: res.status, contentType: res.headers.get('content-type'), body, res }
  }
}
