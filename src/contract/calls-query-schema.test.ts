import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { FILTER_MESSAGES as M } from './call-filters'
import { callsQuerySchema, tenancyHeadersSchema } from './calls-query-schema'

// The request contract at its source. The server answers with exactly these messages (see
// server/test/golden/problems.json); the OpenAPI golden test covers the descriptions.

/** Each refused parameter with its message, as the server's 400 lists them. */
function refusals(input: Record<string, unknown>) {
  const result = v.safeParse(callsQuerySchema, input)
  if (result.success) return result.output
  return result.issues.map((i) => ({ path: v.getDotPath(i), message: i.message }))
}

describe('callsQuerySchema', () => {
  it('gives offset 0 and limit 20 when they are left out, and nothing else', () => {
    expect(v.parse(callsQuerySchema, {})).toEqual({ offset: 0, limit: 20 })
  })

  it('hands the query its canonical filters: trimmed, lower-case GUID, 10-digit phone', () => {
    expect(
      v.parse(callsQuerySchema, {
        loanid: ' 2C809E08-A5BA-4559-9C1C-4AC2555FB1E6 ',
        borrowerid: ' 100000001 ',
        phonenumber: ' +1 (402) 555-0134 ',
        startdate: ' 2025-03-09 ',
        enddate: ' 2025-03-10T12:00:00Z ',
        offset: ' 40 ',
        limit: ' 50 ',
      }),
    ).toEqual({
      loanid: '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6',
      borrowerid: '100000001',
      phonenumber: '4025550134',
      startdate: '2025-03-09',
      enddate: '2025-03-10T12:00:00Z',
      offset: 40,
      limit: 50,
    })
  })

  it.each([
    ['offset', '0', 0],
    ['offset', '1000000000', 1_000_000_000],
    ['limit', '1', 1],
    ['limit', '500', 500],
  ])('accepts %s=%s', (name, value, parsed) => {
    expect(v.parse(callsQuerySchema, { [name]: value })).toMatchObject({ [name]: parsed })
  })

  it.each([
    ['offset', '1000000001'],
    ['offset', '12345678901'],
    ['offset', '+5'],
    ['offset', '1e3'],
    ['offset', '0x10'],
    ['offset', '5.0'],
    ['offset', '-0'],
    ['offset', ''],
    ['limit', '0'],
    ['limit', '501'],
    ['limit', 'abc'],
    ['limit', '2 0'],
  ] as const)('refuses %s=%j with its own message', (name, value) => {
    expect(refusals({ [name]: value })).toEqual([{ path: name, message: M[name] }])
  })

  it.each([
    ['loanid', '2c809e08-a5ba-4559-9c1c'],
    ['borrowerid', 'a b'],
    ['borrowerid', 'x'.repeat(65)],
    ['phonenumber', '555-0134'],
    ['startdate', '2025-02-30'],
    ['enddate', '2025-03-09T12:00:00'],
  ] as const)('refuses %s=%j with its own message', (name, value) => {
    expect(refusals({ [name]: value })).toEqual([{ path: name, message: M[name] }])
  })

  it.each([
    'loanid',
    'borrowerid',
    'phonenumber',
    'startdate',
    'enddate',
    'offset',
    'limit',
  ] as const)('refuses %s given twice, with the same message as a malformed one', (name) => {
    expect(refusals({ [name]: ['1', '2'] })).toEqual([{ path: name, message: M[name] }])
  })

  it('refuses a parameter it does not know, so a typo never widens a search', () => {
    const result = v.safeParse(callsQuerySchema, { loanId: 'x' })
    expect(result.success).toBe(false)
    expect(result.issues).toMatchObject([{ type: 'never', path: [{ key: 'loanId' }] }])
  })

  it.each(['constructor', 'prototype', '__proto__'])(
    "refuses %s too, which valibot's objects pass over",
    (key) => {
      const query = JSON.parse(`{"${key}": "1", "limit": "5"}`) as Record<string, unknown>
      expect(refusals(query)).toEqual([
        { path: key, message: `${key} is not a parameter of this endpoint` },
      ])
    },
  )

  it.each([null, 'loanid=x', 42])('refuses a query of %j that is not an object', (query) => {
    expect(v.safeParse(callsQuerySchema, query).success).toBe(false)
  })

  it('refuses a start after the end, naming startdate; the same instant on both ends is a range', () => {
    expect(
      v.safeParse(callsQuerySchema, { startdate: '2025-05-02', enddate: '2025-05-01' }).issues,
    ).toMatchObject([{ type: 'partial_check', path: [{ key: 'startdate' }], message: M.dateOrder }])
    expect(
      refusals({ startdate: '2025-05-01T12:00:00.001Z', enddate: '2025-05-01T12:00:00Z' }),
    ).toEqual([{ path: 'startdate', message: M.dateOrder }])
    expect(
      refusals({ startdate: '2025-05-01T12:00:00Z', enddate: '2025-05-01T12:00:00Z' }),
    ).toMatchObject({ startdate: '2025-05-01T12:00:00Z', enddate: '2025-05-01T12:00:00Z' })
    expect(refusals({ startdate: '2025-05-01', enddate: '2025-05-01' })).toMatchObject({
      startdate: '2025-05-01',
    })
  })

  it('says only what is wrong with a malformed bound, not that the range is backwards', () => {
    expect(refusals({ startdate: 'soon', enddate: '2025-05-01' })).toEqual([
      { path: 'startdate', message: M.startdate },
    ])
    expect(refusals({ startdate: '2025-05-01', enddate: 'later' })).toEqual([
      { path: 'enddate', message: M.enddate },
    ])
    expect(refusals({ startdate: '2025-05-01' })).toMatchObject({ startdate: '2025-05-01' })
    expect(refusals({ enddate: '2025-05-01' })).toMatchObject({ enddate: '2025-05-01' })
  })
})

describe('tenancyHeadersSchema', () => {
  const headers = (tenantid: unknown, servicerid: unknown) =>
    v.safeParse(tenancyHeadersSchema, { tenantid, servicerid })

  it('reads the ids as digits, trimmed', () => {
    expect(headers(' 314 ', '\u00a02').output).toEqual({ tenantid: '314', servicerid: '2' })
    expect(headers('1234567890', '0').output).toEqual({ tenantid: '1234567890', servicerid: '0' })
  })

  it.each([
    [undefined, '2', 'tenantid', 'tenantid header is required: the tenant identifier, such as 314'],
    [
      '314',
      undefined,
      'servicerid',
      'servicerid header is required: the servicer identifier, such as 2',
    ],
    ['x314', '2', 'tenantid', 'tenantid header must be a number such as 314'],
    ['314x', '2', 'tenantid', 'tenantid header must be a number such as 314'],
    ['12345678901', '2', 'tenantid', 'tenantid header must be a number such as 314'],
    ['', '2', 'tenantid', 'tenantid header must be a number such as 314'],
    ['314', '2 2', 'servicerid', 'servicerid header must be a number such as 2'],
    ['314', '-2', 'servicerid', 'servicerid header must be a number such as 2'],
  ])('refuses tenantid %j, servicerid %j, naming %s', (tenantid, servicerid, path, message) => {
    expect(headers(tenantid, servicerid).issues).toMatchObject([{ path: [{ key: path }], message }])
  })
})
