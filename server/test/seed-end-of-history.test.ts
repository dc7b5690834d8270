import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../db/seed'
import { TEST_NOW } from './test-database'

const dir = mkdtempSync(join(tmpdir(), 'calltracking-seed-now-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('seeded history ends at SEED_NOW', () => {
  // Seed 30 with 5,000 calls puts a call 2 minutes before TEST_NOW; its record used to be created
  // up to 3 minutes after the call, so createdDate landed in the future. The others are controls.
  it.each([
    { calls: 5000, seed: 30 },
    { calls: 5000, seed: 50 },
    { calls: 3000, seed: 7 },
  ])('no call, createdDate or updatedDate after now ($calls calls, seed $seed)', (options) => {
    const file = join(dir, `s-${options.calls}-${options.seed}.sqlite`)
    seedDatabase(file, { ...options, now: TEST_NOW })
    const db = new Database(file, { readonly: true })
    const future = db
      .prepare(
        'SELECT COUNT(*) FROM calls WHERE callTimestamp > ? OR createdDate > ? OR updatedDate > ?',
      )
      .pluck()
      .get(TEST_NOW, TEST_NOW, TEST_NOW)
    const disordered = db
      .prepare(
        'SELECT COUNT(*) FROM calls WHERE createdDate < callTimestamp OR updatedDate < createdDate',
      )
      .pluck()
      .get()
    db.close()
    expect({ future, disordered }).toEqual({ future: 0, disordered: 0 })
  })
})
