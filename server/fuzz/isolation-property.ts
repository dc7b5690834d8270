import { safeParse } from 'valibot'
import fc from 'fast-check'
import { callsPageSchema, formatPhoneNumber } from '../../src/contract'
import { DEMO_TOKENS, SCOPES } from '../db/seed-catalog'
import { CALLS_URL } from './api-property'
import type { FuzzTarget, Samples } from './fuzz-target'

/** Who asks (token, tenant, servicer; any may be missing) and for what (valid filters only). */
export type IsolationCase = {
  token: string | undefined
  tenantId: string | undefined
  servicerId: string | undefined
  borrowerId?: string
  loanId?: string
  phone?: string
  /** Whole UTC days, inclusive. */
  startDay?: string
  endDay?: string
  offset: number
  limit: number
}

const DAY_MS = 86_400_000

export function isolationCaseArbitrary(samples: Samples): fc.Arbitrary<IsolationCase> {
  const known = DEMO_TOKENS.map((t) => t.token)
  const ids = [...new Set(SCOPES.flatMap((s) => [s.tenantId, s.servicerId]))]
  const pick = (values: string[]) => fc.constantFrom(...(values.length ? values : ['x']))
  const day = fc
    .integer({ min: Date.parse('2024-06-01'), max: Date.parse('2026-06-15') })
    .map((ms) => new Date(ms).toISOString().slice(0, 10))
  const borrower = pick(samples.borrowerIds)
  const loan = pick(samples.loanIds)
  const phone = pick(samples.phones)
  // Mostly one filter, as people search; sometimes every filter at once (mostly empty results).
  const filters: fc.Arbitrary<Partial<IsolationCase>> = fc.oneof(
    fc.constant({}),
    borrower.map((borrowerId) => ({ borrowerId })),
    loan.map((loanId) => ({ loanId })),
    phone.map((p) => ({ phone: p })),
    fc.tuple(day, day).map(([a, b]) => ({ startDay: a < b ? a : b, endDay: a < b ? b : a })),
    fc.tuple(borrower, day).map(([borrowerId, startDay]) => ({ borrowerId, startDay })),
    fc.record(
      { borrowerId: borrower, loanId: loan, phone, startDay: day, endDay: day },
      { requiredKeys: [] },
    ),
  )
  const scope = fc.oneof(
    // The seeded scopes, tenant 316 included (no token may read it)…
    { weight: 6, arbitrary: fc.constantFrom(...SCOPES.map((s) => [s.tenantId, s.servicerId])) },
    // …and any pairing, valid or not: 314/4, 315/3, 317/2, missing or malformed headers.
    {
      weight: 3,
      arbitrary: fc.tuple(
        fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...ids, '317') },
          { weight: 1, arbitrary: fc.constantFrom(undefined, 'abc', '0314') },
        ),
        fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...ids, '6') },
          { weight: 1, arbitrary: fc.constantFrom(undefined, '', '2.0') },
        ),
      ),
    },
  )
  const entitled = DEMO_TOKENS.flatMap((t) =>
    t.scopes.map(([tenantId, servicerId]) => ({ token: t.token, scope: [tenantId, servicerId] })),
  )
  const anyone = fc.record({
    token: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...known) },
      { weight: 1, arbitrary: fc.constantFrom(...known).map((t) => `Bearer ${t}`) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(undefined, 'unknown-token', known[0]?.toUpperCase()),
      },
    ),
    scope,
  })
  // Half the cases are entitled, so the SQL comparison runs often.
  const who = fc.record({
    credentials: fc.oneof(fc.constantFrom(...entitled), anyone),
    offset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 })),
    limit: fc.integer({ min: 1, max: 25 }),
  })
  return fc.tuple(who, filters).map(([{ credentials, offset, limit }, f]) => ({
    token: credentials.token,
    tenantId: credentials.scope[0],
    servicerId: credentials.scope[1],
    offset,
    limit,
    ...f,
  }))
}

type Expected =
  | { status: 401 | 400 | 403 }
  | { status: 200; ids: string[]; total: number; tenantId: string; servicerId: string }

/** The truth, from the table itself with plain SQL rather than the code under test. */
function expectedAnswer(target: FuzzTarget, c: IsolationCase): Expected {
  const token = c.token?.replace(/^Bearer /, '')
  const entry = DEMO_TOKENS.find((t) => t.token === token)
  if (!entry) return { status: 401 }
  const { tenantId, servicerId } = c
  if (tenantId === undefined || servicerId === undefined) return { status: 400 }
  if (!/^\d+$/.test(tenantId) || !/^\d+$/.test(servicerId)) return { status: 400 }
  if (!entry.scopes.some(([t, s]) => t === tenantId && s === servicerId)) return { status: 403 }
  const where: string[] = []
  const values: (string | number)[] = []
  const add = (condition: string, value: string | number) => {
    where.push(condition)
    values.push(value)
  }
  add('tenantId = ?', tenantId)
  add('servicerId = ?', servicerId)
  if (c.borrowerId !== undefined) add('borrowerId = ?', c.borrowerId)
  if (c.loanId !== undefined) add('loanId = ?', c.loanId)
  if (c.phone !== undefined) add('phoneNumber = ?', c.phone)
  if (c.startDay !== undefined) add('callTimestamp >= ?', Date.parse(`${c.startDay}T00:00:00Z`))
  if (c.endDay !== undefined)
    add('callTimestamp <= ?', Date.parse(`${c.endDay}T00:00:00Z`) + DAY_MS - 1)
  const sql = `FROM calls WHERE ${where.join(' AND ')}`
  const total = target.db
    .prepare(`SELECT COUNT(*) ${sql}`)
    .pluck()
    .get(...values) as number
  const ids = target.db
    .prepare(`SELECT callId ${sql} ORDER BY callTimestamp DESC, callId LIMIT ? OFFSET ?`)
    .pluck()
    .all(...values, c.limit, c.offset) as string[]
  return { status: 200, ids, total, tenantId, servicerId }
}

/** The request the dashboard would send for the case, filters written as a person types them. */
function requestFor(c: IsolationCase): Request {
  const query = new URLSearchParams({ offset: String(c.offset), limit: String(c.limit) })
  if (c.borrowerId !== undefined) query.set('borrowerid', c.borrowerId)
  if (c.loanId !== undefined) query.set('loanid', c.loanId.toUpperCase())
  if (c.phone !== undefined) query.set('phonenumber', formatPhoneNumber(c.phone))
  if (c.startDay !== undefined) query.set('startdate', c.startDay)
  if (c.endDay !== undefined) query.set('enddate', c.endDay)
  const headers: Record<string, string> = {}
  if (c.token !== undefined) headers.authorization = c.token
  if (c.tenantId !== undefined) headers.tenantid = c.tenantId
  if (c.servicerId !== undefined) headers.servicerid = c.servicerId
  return new Request(`${CALLS_URL}?${query}`, { headers })
}

export type IsolationResult = { status: number; violations: string[]; crossTenantRows: number }

/**
 * The property: a token sees exactly what it may. 401/400/403 as the credentials deserve, and on
 * 200 the page's ids are exactly the direct SQL query's for that tenant, servicer and filters.
 */
export async function runIsolationCase(
  target: FuzzTarget,
  c: IsolationCase,
): Promise<IsolationResult> {
  const expected = expectedAnswer(target, c)
  // startdate after enddate is the one filter the API refuses: a 400 naming startdate.
  const reversed = c.startDay !== undefined && c.endDay !== undefined && c.startDay > c.endDay
  const res = await target.app.request(requestFor(c))
  const body: unknown = await res.json()
  const violations: string[] = []
  const wanted = expected.status === 200 && reversed ? 400 : expected.status
  if (res.status !== wanted) violations.push(`answered ${res.status}, expected ${wanted}`)
  let crossTenantRows = 0
  const page = safeParse(callsPageSchema, body)
  if (res.status === 200 && page.success) {
    const rows = page.output.data
    const scope = expected.status === 200 ? `${expected.tenantId}/${expected.servicerId}` : null
    crossTenantRows = rows.filter((r) => `${r.tenantId}/${r.servicerId}` !== scope).length
    if (crossTenantRows) violations.push(`${crossTenantRows} rows outside ${scope ?? 'any scope'}`)
    if (expected.status === 200) {
      const ids = rows.map((r) => r.callId)
      if (JSON.stringify(ids) !== JSON.stringify(expected.ids))
        violations.push(`ids ${JSON.stringify(ids)} ≠ SQL ${JSON.stringify(expected.ids)}`)
      const lastOffset =
        expected.total === 0 ? 0 : Math.floor((expected.total - 1) / c.limit) * c.limit
      const last = Number(new URL(page.output.paging.links.last).searchParams.get('offset'))
      if (last !== lastOffset) violations.push(`links.last offset ${last} ≠ ${lastOffset}`)
    }
  } else if (res.status === 200) violations.push('200 body fails callsPageSchema')
  return { status: res.status, violations, crossTenantRows }
}
