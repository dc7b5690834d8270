import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createApp } from '../app'
import { seedDatabase } from '../db/seed'
import { SCOPES } from '../db/seed-catalog'

/** Real values of the seeded database, per scope, so cases hit rows and not only refusals. */
export type Samples = { borrowerIds: string[]; loanIds: string[]; phones: string[] }

export type FuzzTarget = {
  app: ReturnType<typeof createApp>
  db: Database.Database
  samples: Samples
  close(): void
}

const FUZZ_NOW = Date.parse('2026-06-15T18:00:00.000Z')

/**
 * The in-process app on a temporary seeded database. Proxy headers are trusted, so the forwarded
 * headers are fuzzed too (they are ignored otherwise).
 */
export function createFuzzTarget(calls = 4000): FuzzTarget {
  const dir = mkdtempSync(join(tmpdir(), 'calltracking-fuzz-'))
  const file = join(dir, 'fuzz.sqlite')
  seedDatabase(file, { calls, seed: 99, now: FUZZ_NOW })
  const db = new Database(file, { readonly: true })
  const app = createApp({ db, log: () => {}, publicUrl: { trustProxy: true } })
  const column = (name: 'borrowerId' | 'loanId' | 'phoneNumber') =>
    SCOPES.flatMap(
      (s) =>
        db
          .prepare(
            `SELECT DISTINCT ${name} FROM calls WHERE tenantId = ? AND servicerId = ? LIMIT 6`,
          )
          .pluck()
          .all(s.tenantId, s.servicerId) as string[],
    )
  const samples = {
    borrowerIds: column('borrowerId'),
    loanIds: column('loanId'),
    phones: column('phoneNumber'),
  }
  return {
    app,
    db,
    samples,
    close() {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
