import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import {
  CALLS_URL_PATH as CALLS,
  callsPageSchema,
  SAMPLE_LOAN_ID,
  type CallsPage,
} from '../../src/contract'
import { SAMPLE_LOAN_CALLS, SAMPLE_PHONE } from '../db/seed'
import { createTestClient, createTestDatabase, EDGE_BORROWER } from './test-database'

const database = createTestDatabase()
const get = createTestClient(database.db)
afterAll(() => database.close())

async function page(query: string, credentials?: Parameters<typeof get>[1]): Promise<CallsPage> {
  const res = await get(`${CALLS}?${query}`, credentials)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return v.parse(callsPageSchema, res.body)
}

const ids = (p: CallsPage) => p.data.map((c) => c.callId)

/** The truth, read straight from the table rather than through the code under test. */
function expectedIds(where: string, ...values: (string | number)[]): string[] {
  return database.db
    .prepare(
      `SELECT callId FROM calls WHERE tenantId = '314' AND servicerId = '2' AND ${where} ORDER BY callTimestamp DESC, callId`,
    )
    .pluck()
    .all(...values) as string[]
}

describe('GET /calltracking/calls filters', () => {
  it('finds every call of the sample loan, in any letter case, newest first', async () => {
    const lower = await page(`loanid=${SAMPLE_LOAN_ID}&limit=500`)
    const upper = await page(`loanid=${SAMPLE_LOAN_ID.toUpperCase()}&limit=500`)
    expect(lower.data).toHaveLength(SAMPLE_LOAN_CALLS)
    expect(ids(upper)).toEqual(ids(lower))
    expect(ids(lower)).toEqual(expectedIds('loanId = ?', SAMPLE_LOAN_ID))
    expect(lower.data.every((c) => c.loanId === SAMPLE_LOAN_ID)).toBe(true)
  })

  it('filters by borrower id exactly', async () => {
    const borrower = database.db
      .prepare(
        "SELECT borrowerId FROM calls WHERE tenantId='314' AND servicerId='2' AND borrowerId != '100000001' LIMIT 1",
      )
      .pluck()
      .get() as string
    const result = await page(`borrowerid=${borrower}&limit=500`)
    expect(result.data.length).toBeGreaterThan(0)
    expect(ids(result)).toEqual(expectedIds('borrowerId = ?', borrower))
    expect(
      (await page(`borrowerid=${borrower.slice(0, -1)}`)).data.every(
        (c) => c.borrowerId !== borrower,
      ),
    ).toBe(true)
  })

  it.each([
    '(402) 555-0134',
    '+1 402-555-0134',
    '402.555.0134',
    '4025550134',
    '1-402-555-0134',
    ' 402 555 0134 ',
  ])('finds the same calls for the phone number written as %j', async (written) => {
    const result = await page(`phonenumber=${encodeURIComponent(written)}&limit=500`)
    expect(result.data.length).toBeGreaterThan(0)
    expect(ids(result)).toEqual(expectedIds('phoneNumber = ?', SAMPLE_PHONE))
  })

  it('keeps date filters inclusive to the millisecond at both ends of a UTC day', async () => {
    const edge = { token: 'demo-access-token', tenantId: '314', servicerId: '3' }
    const day = await page(
      `borrowerid=${EDGE_BORROWER}&startdate=2025-03-09&enddate=2025-03-09`,
      edge,
    )
    expect(day.data.map((c) => c.callTimestamp)).toEqual([
      '2025-03-09T23:59:59.999Z',
      '2025-03-09T12:00:00.000Z',
      '2025-03-09T00:00:00.000Z',
    ])
    const instants = await page(
      `borrowerid=${EDGE_BORROWER}&startdate=${encodeURIComponent('2025-03-09T06:00:00-06:00')}&enddate=2025-03-09T23:59:59.999Z`,
      edge,
    )
    expect(instants.data.map((c) => c.callTimestamp)).toEqual([
      '2025-03-09T23:59:59.999Z',
      '2025-03-09T12:00:00.000Z',
    ])
    const onlyStart = await page(`borrowerid=${EDGE_BORROWER}&startdate=2025-03-10`, edge)
    expect(onlyStart.data.map((c) => c.callTimestamp)).toContain('2025-03-10T00:00:00.000Z')
    expect(onlyStart.data.map((c) => c.callTimestamp)).not.toContain('2025-03-09T23:59:59.999Z')
  })

  it('combines filters: a loan within a date range', async () => {
    const result = await page(
      `loanid=${SAMPLE_LOAN_ID}&startdate=2025-06-01&enddate=2026-01-31T23:59:59.999Z&limit=500`,
    )
    const start = Date.parse('2025-06-01T00:00:00Z')
    const end = Date.parse('2026-01-31T23:59:59.999Z')
    expect(ids(result)).toEqual(
      expectedIds('loanId = ? AND callTimestamp BETWEEN ? AND ?', SAMPLE_LOAN_ID, start, end),
    )
    expect(result.data.length).toBeGreaterThan(0)
  })

  it('returns the twelve documented fields with ISO UTC instants and sane dates', async () => {
    const result = await page('limit=200')
    for (const call of result.data) {
      expect(Object.keys(call).sort()).toEqual(
        [
          'borrowerId',
          'callId',
          'callStatus',
          'callTimestamp',
          'createdBy',
          'createdDate',
          'loanId',
          'phoneNumber',
          'servicerId',
          'tenantId',
          'updatedBy',
          'updatedDate',
        ].sort(),
      )
      expect(call.callTimestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
      expect(Date.parse(call.updatedDate)).toBeGreaterThanOrEqual(Date.parse(call.createdDate))
      expect(['Attempted', 'Contacted']).toContain(call.callStatus)
      expect(typeof call.createdBy).toBe('string')
    }
  })
})
