import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { runApiCase } from '../fuzz/api-property'
import { createFuzzTarget } from '../fuzz/fuzz-target'
import { apiCaseArbitrary, BAD_ESCAPES, type ApiCase } from '../fuzz/request-arbitraries'

const target = createFuzzTarget(2000)
afterAll(() => target.close())

const DEMO = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }

async function expectHolds(c: ApiCase) {
  const result = await runApiCase(target, c)
  expect(result.violations, `${result.status} for ${JSON.stringify(c).slice(0, 300)}`).toEqual([])
  return result
}

describe('any query string and headers (property, npm run fuzz runs more)', () => {
  it('answers a valid 200 of the requested scope or the 4xx problem that names the fault; never 5xx or SQL', async () => {
    await fc.assert(
      fc.asyncProperty(apiCaseArbitrary(target.samples), async (c) => {
        await expectHolds(c)
      }),
      { numRuns: 600 },
    )
  })

  it.each(BAD_ESCAPES)('undecodable %s as a name or value, straight on the wire', async (raw) => {
    for (const query of [
      `loanid=${raw}`,
      `limit=${raw}`,
      `${raw}=1`,
      `startdate=${raw}&enddate=${raw}`,
    ])
      expect((await expectHolds({ query, headers: DEMO })).status).toBe(400)
  })

  it.each([
    ['loanid=a&loanid=b', 400],
    ['limit=5&limit=5', 400],
    ['offset=1000000000', 200],
    ['offset=1000000001', 400],
    [`borrowerid=${'9'.repeat(10_240)}`, 414],
    ['', 200],
    ['&&&', 200],
  ])('%s → %i', async (query, status) => {
    expect((await expectHolds({ query, headers: DEMO })).status).toBe(status)
  })

  it('an adversarial header is the 4xx that names it', async () => {
    const cases: [Record<string, string>, number][] = [
      [{ ...DEMO, authorization: "' OR 1=1 --" }, 401],
      [{ ...DEMO, authorization: 'x'.repeat(10_240) }, 401],
      [{ ...DEMO, tenantid: "314' OR '1'='1" }, 400],
      [{ ...DEMO, servicerid: '9'.repeat(11) }, 400],
      [{ ...DEMO, tenantid: '\u00d9\u00a3' }, 400], // "٣" as its UTF-8 bytes
      [{ ...DEMO, tenantid: '316', servicerid: '5' }, 403],
      [{ ...DEMO, 'x-forwarded-host': 'evil.example/x' }, 400],
    ]
    for (const [headers, status] of cases)
      expect((await expectHolds({ query: 'limit=1', headers })).status).toBe(status)
  })
})
