import fc from 'fast-check'
import { FILTER_PARAMS, SAMPLE_LOAN_ID, formatPhoneNumber } from '../../src/contract'
import { DEMO_TOKENS } from '../db/seed-catalog'
import type { Samples } from './fuzz-target'

/** One request as sent on the wire: the raw query string and the headers. */
export type ApiCase = { query: string; headers: Record<string, string> }

export const PARAMS = [...FILTER_PARAMS, 'offset', 'limit'] as const

const TEN_KB = 10_240

const SQL = [
  "' OR 1=1 --",
  '1; DROP TABLE calls; --',
  '" UNION SELECT tokenSha256, 1, 1 FROM api_tokens --',
  "%' OR tenantId LIKE '%",
  "314' OR '1'='1",
  '0) OR (1=1',
]

const UNICODE = [
  '\u202Eevil',
  '١٢٣', // Arabic-Indic digits
  '１２３', // full-width digits
  '🙂',
  'e\u0301',
  'ﬀ',
  '\u0000',
  '\uFEFF314',
  'İstanbul',
]

const NUMBERS = [
  '9'.repeat(400),
  '99999999999',
  '1000000000',
  '1000000001',
  '1e3',
  '1e309',
  '-0',
  '-1',
  '0x10',
  '0b1',
  'Infinity',
  'NaN',
  '1.0',
  '01',
  ' 5 ',
  String(Number.MAX_SAFE_INTEGER),
]

/** Percent-encoding that does not decode: sent as it is, never encoded again. */
export const BAD_ESCAPES = ['%zz', '%', '%E0%A4%A', '%ff%fe', '%00', '%%', '%2', '%C0%AF', '%u0041']

/** Well-formed values, so that cases reach the database and not only the validator. */
function validValues(samples: Samples): fc.Arbitrary<string> {
  const pick = (values: string[]) => fc.constantFrom(...(values.length ? values : ['x']))
  return fc.oneof(
    pick(samples.borrowerIds),
    pick([...samples.loanIds, SAMPLE_LOAN_ID, SAMPLE_LOAN_ID.toUpperCase()]),
    pick(samples.phones).map(formatPhoneNumber),
    pick(samples.phones).map((p) => `+1 ${p}`),
    fc
      .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z') })
      .filter((d) => !Number.isNaN(d.getTime()))
      .chain((d) =>
        fc.constantFrom(
          d.toISOString().slice(0, 10),
          d.toISOString(),
          `${d.toISOString().slice(0, 19)}-06:00`,
        ),
      ),
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.integer({ min: 1, max: 500 }).map(String),
  )
}

/** A parameter with a value of its own kind: the searches real clients make. */
function wellTypedPair(samples: Samples): fc.Arbitrary<string> {
  const pick = (values: string[]) => fc.constantFrom(...(values.length ? values : ['x']))
  const day = fc
    .integer({ min: Date.parse('2024-06-01'), max: Date.parse('2026-06-30') })
    .map((ms) => new Date(ms).toISOString().slice(0, 10))
  return fc
    .oneof(
      fc.tuple(fc.constant('borrowerid'), pick(samples.borrowerIds)),
      fc.tuple(fc.constant('loanid'), pick([...samples.loanIds, SAMPLE_LOAN_ID])),
      fc.tuple(fc.constant('phonenumber'), pick(samples.phones)),
      fc.tuple(fc.constant('startdate'), day),
      fc.tuple(fc.constant('enddate'), day),
      fc.tuple(fc.constant('offset'), fc.integer({ min: 0, max: 2000 }).map(String)),
      fc.tuple(fc.constant('limit'), fc.integer({ min: 1, max: 500 }).map(String)),
    )
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
}

/** Raw text for a value: encoded properly unless it is a deliberately bad escape. */
function valueText(samples: Samples): fc.Arbitrary<string> {
  const encoded = fc
    .oneof(
      { weight: 24, arbitrary: validValues(samples) },
      { weight: 6, arbitrary: fc.constantFrom(...SQL, ...UNICODE, ...NUMBERS, '', ' ') },
      { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      // Over the 8 kB URL limit once encoded: a few of these go a long way.
      { weight: 1, arbitrary: fc.constantFrom('a'.repeat(TEN_KB), '1'.repeat(TEN_KB)) },
    )
    .map((v) => encodeURIComponent(v))
  return fc.oneof(
    { weight: 16, arbitrary: encoded },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_ESCAPES) },
  )
}

function nameText(): fc.Arbitrary<string> {
  const unknown = fc.constantFrom(
    'loanId',
    'LIMIT',
    'page',
    'sort',
    '__proto__',
    'constructor',
    'toString',
    '',
    'a b',
    "' OR 1=1 --",
    '🙂',
    'tenantid',
  )
  return fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...PARAMS).map((n) => n as string) },
    { weight: 2, arbitrary: unknown.map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_ESCAPES) },
  )
}

/** Query strings: repeated names, bare names, stray separators, and everything above as values. */
export function queryArbitrary(samples: Samples): fc.Arbitrary<string> {
  const pair = fc.oneof(
    { weight: 20, arbitrary: wellTypedPair(samples) },
    {
      weight: 20,
      arbitrary: fc.tuple(nameText(), valueText(samples)).map(([n, v]) => `${n}=${v}`),
    },
    { weight: 1, arbitrary: fc.constantFrom(...PARAMS).map((n) => n as string) }, // no "="
    { weight: 1, arbitrary: fc.constantFrom('', '=', '==', '&', '=x') },
  )
  const chaotic = fc.array(pair, { maxLength: 5 }).map((pairs) => pairs.join('&'))
  // Distinct, well-typed parameters: most of these reach the database and answer rows.
  const clean = fc
    .uniqueArray(wellTypedPair(samples), { maxLength: 3, selector: (p) => p.split('=')[0] })
    .map((pairs) => pairs.join('&'))
  return fc.oneof({ weight: 2, arbitrary: chaotic }, { weight: 1, arbitrary: clean })
}

/**
 * A header value as it reaches the server: any text sent as UTF-8 arrives as bytes, which fetch's
 * Headers holds as Latin-1; CR, LF and NUL cannot be sent at all.
 */
export const asHeaderValue = (text: string) =>
  Buffer.from(text, 'utf8')
    .toString('latin1')
    .replace(/[\r\n\0]/g, '')

const adversarial = fc.constantFrom(...SQL, ...UNICODE, ...NUMBERS, '', ' ', 'x'.repeat(TEN_KB))

function tokenText(): fc.Arbitrary<string> {
  const known = DEMO_TOKENS.map((t) => t.token)
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fc.constantFrom(...known).map((t) => `Bearer ${t}`) },
    { weight: 1, arbitrary: fc.constantFrom(...known).map((t) => `bearer\t${t} `) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('Bearer', 'Bearer ', 'Basic ZGVtbzpkZW1v', 'made-up-token'),
    },
    { weight: 2, arbitrary: adversarial },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  )
}

function tenancyText(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('314', '315', '316', '317', '2', '3', '4', '5') },
    {
      weight: 1,
      arbitrary: fc.constantFrom('0314', ' 314 ', '3.14', '-1', '+314', '9'.repeat(11)),
    },
    { weight: 2, arbitrary: adversarial },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  )
}

function forwardedHost(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('calls.example.com', 'calls.example.com:8443', '[::1]:8080', 'a, b'),
    fc.constantFrom('evil.example/x?y', 'user@evil', 'a:99999', 'x'.repeat(TEN_KB)),
    adversarial,
  )
}

export function headersArbitrary(): fc.Arbitrary<Record<string, string>> {
  return fc
    .record(
      {
        authorization: tokenText(),
        tenantid: tenancyText(),
        servicerid: tenancyText(),
        'x-forwarded-host': forwardedHost(),
        'x-forwarded-proto': fc.oneof(fc.constantFrom('https', 'HTTP', 'http, https'), adversarial),
      },
      { requiredKeys: [] },
    )
    .map((headers) => {
      const out: Record<string, string> = {}
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) out[name] = asHeaderValue(value)
      return out
    })
}

/** Mostly well-formed credentials, so most cases get past authentication to the query. */
export function apiCaseArbitrary(samples: Samples): fc.Arbitrary<ApiCase> {
  const demo = fc.constantFrom(
    { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' },
    { authorization: 'demo-access-token', tenantid: '314', servicerid: '3' },
    { authorization: 'demo-tenant-315-token', tenantid: '315', servicerid: '2' },
    { authorization: 'demo-tenant-315-token', tenantid: '315', servicerid: '4' },
  )
  return fc.record({
    query: queryArbitrary(samples),
    headers: fc.oneof({ weight: 3, arbitrary: demo }, { weight: 2, arbitrary: headersArbitrary() }),
  })
}
