import Database from 'better-sqlite3'
import { SAMPLE_LOAN_ID } from '../../src/contract/call-filters'
import { hashToken } from '../auth/token-hash'
import { cadenceRows } from './cadence-rows'
import { hostileRows } from './hostile-rows'
import { createRandom, type Random } from './prng'
import { createIndexes, createScopeAnchors, createScopeTotals, createTables } from './schema'
import { AREA_CODES, DEMO_TOKENS, SCOPES, STAFF_ACCOUNTS, type Scope } from './seed-catalog'

export type SeedOptions = {
  /** How many calls to create (the sample borrower's fixed history comes on top). */
  calls: number
  /** PRNG seed: the same seed and `now` give the same database. */
  seed: number
  /** The end of the 24 months of history, epoch ms. */
  now: number
  /** Adds the hostile-borrower calls (see hostile-rows.ts); they draw nothing from the PRNG. */
  hostile?: boolean
}

const DAY_MS = 86_400_000
const HISTORY_DAYS = 730
export const SAMPLE_BORROWER_ID = '100000001'
export const SAMPLE_PHONE = '4025550134'
export const SAMPLE_LOAN_CALLS = 52

type Borrower = {
  id: string
  scope: Scope
  loans: string[]
  phones: { number: string; utcOffsetHours: number }[]
}

function pickScope(r: Random): Scope {
  let u = r.next()
  for (const s of SCOPES) if ((u -= s.share) < 0) return s
  return SCOPES[0] as Scope
}

function makePhone(r: Random) {
  const area = r.pick(AREA_CODES)
  return {
    number: `${area.code}555${String(r.int(0, 9999)).padStart(4, '0')}`,
    utcOffsetHours: area.utcOffsetHours,
  }
}

function makeBorrowers(r: Random, count: number): Borrower[] {
  const borrowers: Borrower[] = [
    {
      id: SAMPLE_BORROWER_ID,
      scope: SCOPES[0] as Scope,
      loans: [SAMPLE_LOAN_ID, r.guid()],
      phones: [{ number: SAMPLE_PHONE, utcOffsetHours: -6 }, makePhone(r)],
    },
  ]
  for (let i = 1; i < count; i++) {
    const loanCount = r.next() < 0.6 ? 1 : r.next() < 0.75 ? 2 : 3
    borrowers.push({
      // Unique, irregular 9-digit ids.
      id: String(100_000_001 + i * 37 + r.int(0, 36)),
      scope: pickScope(r),
      loans: Array.from({ length: loanCount }, () => r.guid()),
      phones: Array.from({ length: r.next() < 0.7 ? 1 : 2 }, () => makePhone(r)),
    })
  }
  return borrowers
}

/** A call time on a plausible day (mostly weekdays) at 8 am – 9 pm in the borrower's own zone. */
function callTime(r: Random, now: number, utcOffsetHours: number): number {
  const todayStart = now - (now % DAY_MS)
  for (;;) {
    const dayStart = todayStart - r.int(0, HISTORY_DAYS - 1) * DAY_MS
    const weekday = new Date(dayStart).getUTCDay()
    if ((weekday === 0 && r.next() < 0.95) || (weekday === 6 && r.next() < 0.6)) continue
    const localMs = (r.int(8, 20) * 3600 + r.int(0, 3599)) * 1000 + r.int(0, 999)
    const t = dayStart + localMs - utcOffsetHours * 3_600_000
    if (t <= now) return t
  }
}

type Row = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  number,
  number,
  number,
  string,
  string,
]

function makeCall(r: Random, now: number, b: Borrower, loanId: string): Row {
  const phone = r.pick(b.phones)
  const at = callTime(r, now, phone.utcOffsetHours)
  const status = r.next() < 0.36 ? 'Contacted' : 'Attempted'
  // The dialer writes most records; agents create the rest and sometimes amend them later.
  const createdBy =
    r.next() < 0.55 ? (STAFF_ACCOUNTS[0] as string) : r.pick(STAFF_ACCOUNTS.slice(1))
  // A call in the last minutes before `now` must not be recorded after it: the record is written
  // 5 s to 3 min after the call, but never later than the end of history.
  const created = Math.min(now, at + r.int(5_000, 180_000))
  const amended = r.next() < 0.3
  const updated = amended ? Math.min(now, created + r.int(60_000, 3 * DAY_MS)) : created
  const updatedBy = amended ? r.pick(STAFF_ACCOUNTS.slice(1)) : createdBy
  const { tenantId, servicerId } = b.scope
  return [
    r.guid(),
    tenantId,
    servicerId,
    loanId,
    b.id,
    phone.number,
    status,
    at,
    created,
    updated,
    createdBy,
    updatedBy,
  ]
}

/** Creates a complete database at `file` (which must not exist). */
export function seedDatabase(file: string, options: SeedOptions): void {
  const r = createRandom(options.seed)
  const db = new Database(file)
  try {
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    createTables(db)
    const insert = db.prepare('INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?)')
    const borrowers = makeBorrowers(r, Math.max(3000, Math.round(options.calls / 15)))
    const sample = borrowers[0] as Borrower
    db.transaction(() => {
      // The vendor doc's sample loan gets a fixed history: three pages at the default page size.
      for (let i = 0; i < SAMPLE_LOAN_CALLS; i++)
        insert.run(makeCall(r, options.now, sample, SAMPLE_LOAN_ID))
      for (let i = 0; i < 8; i++)
        insert.run(makeCall(r, options.now, sample, sample.loans[1] as string))
      for (let i = 0; i < options.calls; i++) {
        // Skewed activity: a few borrowers are called often, most a handful of times. Index 0 is the
        // sample borrower, whose history stays fixed whatever SEED_CALLS is.
        const b = borrowers[1 + Math.floor((borrowers.length - 1) * r.next() ** 2)] as Borrower
        insert.run(makeCall(r, options.now, b, r.pick(b.loans)))
      }
      // After every drawn call, so they change none of them.
      for (const row of cadenceRows(options.now)) insert.run(row)
      if (options.hostile) for (const row of hostileRows(options.now)) insert.run(row)
      const token = db.prepare('INSERT INTO api_tokens VALUES (?,?,?)')
      for (const t of DEMO_TOKENS)
        for (const [tenant, servicer] of t.scopes) token.run(hashToken(t.token), tenant, servicer)
      const info = db.prepare('INSERT INTO seed_info VALUES (?,?)')
      info.run('seed', String(options.seed))
      info.run('calls', String(options.calls))
      info.run('now', new Date(options.now).toISOString())
      info.run('hostile', options.hostile ? '1' : '0')
    })()
    createIndexes(db)
    createScopeTotals(db)
    createScopeAnchors(db)
  } finally {
    db.close()
  }
}
