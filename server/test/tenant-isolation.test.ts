import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH as CALLS, callsPageSchema, SAMPLE_LOAN_ID } from '../../src/contract'
import { createTestClient, createTestDatabase } from './test-database'

const database = createTestDatabase()
const get = createTestClient(database.db)
afterAll(() => database.close())

const TENANT_315 = { token: 'demo-tenant-315-token', tenantId: '315', servicerId: '2' }

describe('tenant isolation', () => {
  it('a response holds only rows of the requested tenant and servicer', async () => {
    for (const credentials of [
      { token: 'demo-access-token', tenantId: '314', servicerId: '2' },
      { token: 'demo-access-token', tenantId: '314', servicerId: '3' },
      TENANT_315,
      { ...TENANT_315, servicerId: '4' },
    ]) {
      const res = await get(`${CALLS}?limit=500`, credentials)
      const page = v.parse(callsPageSchema, res.body)
      expect(page.data.length).toBeGreaterThan(0)
      expect(
        page.data.every(
          (c) => c.tenantId === credentials.tenantId && c.servicerId === credentials.servicerId,
        ),
      ).toBe(true)
    }
  })

  it("tenant 314's token cannot read tenant 315, nor 315's token tenant 314", async () => {
    expect(
      (await get(CALLS, { token: 'demo-access-token', tenantId: '315', servicerId: '2' })).status,
    ).toBe(403)
    expect((await get(CALLS, { ...TENANT_315, tenantId: '314' })).status).toBe(403)
  })

  it("another tenant's loan, borrower or phone finds nothing, even under the same servicer id", async () => {
    const loan = await get(`${CALLS}?loanid=${SAMPLE_LOAN_ID}`, TENANT_315)
    expect(v.parse(callsPageSchema, loan.body).data).toEqual([])
    const borrower = await get(`${CALLS}?borrowerid=100000001&phonenumber=4025550134`, TENANT_315)
    expect(v.parse(callsPageSchema, borrower.body).data).toEqual([])
  })
})
