import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH as CALLS, problemSchema } from '../../src/contract'
import { createTestClient, createTestDatabase } from './test-database'

const database = createTestDatabase(500)
const get = createTestClient(database.db)
afterAll(() => database.close())

async function expectProblem(
  path: string,
  status: number,
  credentials?: Parameters<typeof get>[1],
) {
  const res = await get(path, credentials)
  expect(res.status).toBe(status)
  expect(res.contentType).toBe('application/problem+json')
  return v.parse(problemSchema, res.body)
}

describe('errors are RFC 9457 problems that name the parameter', () => {
  it.each([
    ['loanid=not-a-guid', 'loanid', /GUID such as 2c809e08-/],
    ['loanid=2c809e08a5ba45599c1c4ac2555fb1e6', 'loanid', /GUID/],
    ['borrowerid=has%20space', 'borrowerid', /borrowerid/],
    ['phonenumber=555-0134', 'phonenumber', /10-digit/],
    ['phonenumber=402-555-0134%20x12', 'phonenumber', /10-digit/],
    ['startdate=05/01/2025', 'startdate', /YYYY-MM-DD/],
    ['startdate=2025-02-30', 'startdate', /YYYY-MM-DD/],
    ['enddate=2025-05-01T10:00:00', 'enddate', /offset/],
    ['startdate=2025-05-02&enddate=2025-05-01', 'startdate', /not be after enddate/],
    ['offset=-1', 'offset', /0 or more/],
    ['offset=1.5', 'offset', /whole number/],
    ['limit=0', 'limit', /1 to 500/],
    ['limit=501', 'limit', /1 to 500/],
    ['limit=abc', 'limit', /1 to 500/],
    ['loanid=a&loanid=b', 'loanid', /GUID/],
    ['loanId=2c809e08-a5ba-4559-9c1c-4ac2555fb1e6', 'loanId', /not a parameter/],
  ])('%s → 400 naming %s', async (query, parameter, message) => {
    const problem = await expectProblem(`${CALLS}?${query}`, 400)
    expect(problem.status).toBe(400)
    expect(problem.errors?.map((e) => e.parameter)).toContain(parameter)
    expect(problem.errors?.find((e) => e.parameter === parameter)?.message).toMatch(message)
    expect(problem.detail).toContain(parameter)
  })

  it('401 for a missing token, and for an unknown one (raw or Bearer)', async () => {
    const missing = await get(CALLS, { tenantId: '314', servicerId: '2' })
    expect(missing.status).toBe(401)
    expect(missing.res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    await expectProblem(CALLS, 401, { token: 'made-up-token', tenantId: '314', servicerId: '2' })
    await expectProblem(CALLS, 401, {
      token: 'Bearer made-up-token',
      tenantId: '314',
      servicerId: '2',
    })
    const bearer = await get(CALLS, {
      token: 'Bearer demo-access-token',
      tenantId: '314',
      servicerId: '2',
    })
    expect(bearer.status).toBe(200)
  })

  it('400 for a missing or malformed tenantid or servicerid header', async () => {
    expect(
      (await expectProblem(CALLS, 400, { token: 'demo-access-token', servicerId: '2' })).errors?.[0]
        ?.parameter,
    ).toBe('tenantid')
    expect(
      (await expectProblem(CALLS, 400, { token: 'demo-access-token', tenantId: '314' })).errors?.[0]
        ?.parameter,
    ).toBe('servicerid')
    expect(
      (
        await expectProblem(CALLS, 400, {
          token: 'demo-access-token',
          tenantId: 'abc',
          servicerId: '2',
        })
      ).errors?.[0]?.parameter,
    ).toBe('tenantid')
  })

  it('403 for a token not entitled to the tenant and servicer', async () => {
    const problem = await expectProblem(CALLS, 403, {
      token: 'demo-access-token',
      tenantId: '314',
      servicerId: '4',
    })
    expect(problem.detail).toMatch(/tenant 314, servicer 4/)
  })

  it('404 problem for unknown paths under the API', async () => {
    await expectProblem('/calltrackingapi/calltracking/nope', 404)
  })

  // Arbitrary query strings and headers: server/test/api-fuzz.test.ts (and npm run fuzz).
})

describe('a fault inside the server', () => {
  it('answers a 500 problem that says what to do, without the SQL or a stack, and logs the cause', async () => {
    const broken = createTestDatabase(50)
    const logged: string[] = []
    const { createApp } = await import('../app')
    const app = createApp({ db: broken.db, log: (line) => logged.push(line) })
    broken.db.close() // every statement now throws inside the handler
    const res = await app.request(`http://127.0.0.1${CALLS}`, {
      headers: { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' },
    })
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const text = await res.text()
    expect(v.parse(problemSchema, JSON.parse(text)).detail).toMatch(/Try again/)
    expect(text).not.toMatch(/SELECT|database|sqlite|\.ts/i)
    expect(logged.join('\n')).toMatch(/database connection is not open/)
    broken.close()
  })
})
