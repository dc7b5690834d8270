import * as v from 'valibot'
import { afterAll, describe, expect, it } from 'vitest'
import { CALLS_URL_PATH, callsPageSchema, SAMPLE_LOAN_ID } from '../../src/contract'
import { createApp } from '../app'
import type { PublicUrlOptions } from '../http/public-url'
import { createTestDatabase } from './test-database'

const database = createTestDatabase(500)
afterAll(() => database.close())

const DEMO = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }
const QUERY = `${CALLS_URL_PATH}?loanid=${SAMPLE_LOAN_ID}&limit=20`
const FORWARDED = { 'x-forwarded-host': 'calls.example.com', 'x-forwarded-proto': 'https' }

async function linksOf(
  publicUrl: PublicUrlOptions,
  headers: Record<string, string> = {},
  requestUrl = `http://10.0.0.7:4173${QUERY}`,
) {
  const app = createApp({ db: database.db, log: () => {}, publicUrl })
  const res = await app.request(requestUrl, { headers: { ...DEMO, ...headers } })
  expect(res.status).toBe(200)
  return v.parse(callsPageSchema, await res.json()).paging.links
}

const originOf = (link: string | null) => (link === null ? null : new URL(link).origin)

describe('paging links name the server as the client reached it', () => {
  it('by default, from the request URL (its Host), ignoring forwarded headers', async () => {
    const links = await linksOf({}, FORWARDED)
    expect(originOf(links.first)).toBe('http://10.0.0.7:4173')
    expect(originOf(links.next)).toBe('http://10.0.0.7:4173')
  })

  it('with PUBLIC_BASE_URL, from its origin and path prefix, whatever the Host or forwarded headers', async () => {
    const links = await linksOf(
      { publicBaseUrl: new URL('https://gw.example.com/calls/'), trustProxy: true },
      FORWARDED,
    )
    for (const link of [links.first, links.last, links.next]) {
      const url = new URL(link ?? '')
      expect(url.origin).toBe('https://gw.example.com')
      expect(url.pathname).toBe('/calls/calltrackingapi/calltracking/calls')
      // The filters and paging rules are unchanged.
      expect(url.searchParams.get('loanid')).toBe(SAMPLE_LOAN_ID)
      expect(url.searchParams.get('limit')).toBe('20')
    }
    expect(links.previous).toBeNull()
    expect(new URL(links.next ?? '').searchParams.get('offset')).toBe('20')
    expect(new URL(links.last).searchParams.get('offset')).toBe('40')
  })

  it('with PUBLIC_BASE_URL at a bare origin, keeps the API path as it is', async () => {
    const links = await linksOf({ publicBaseUrl: new URL('https://calls.example.com') })
    expect(links.first).toBe(
      `https://calls.example.com/calltrackingapi/calltracking/calls?loanid=${SAMPLE_LOAN_ID}&offset=0&limit=20`,
    )
  })

  it('with TRUST_PROXY on, from X-Forwarded-Host and X-Forwarded-Proto (the first of a list)', async () => {
    const links = await linksOf(
      { trustProxy: true },
      {
        'x-forwarded-host': 'calls.example.com, internal-lb:8080',
        'x-forwarded-proto': 'https, http',
      },
    )
    expect(originOf(links.first)).toBe('https://calls.example.com')
    expect(new URL(links.first).pathname).toBe('/calltrackingapi/calltracking/calls')
    const withPort = await linksOf({ trustProxy: true }, { 'x-forwarded-host': 'calls.test:8443' })
    expect(originOf(withPort.first)).toBe('http://calls.test:8443')
    const protoOnly = await linksOf({ trustProxy: true }, { 'x-forwarded-proto': 'HTTPS' })
    expect(originOf(protoOnly.first)).toBe('https://10.0.0.7:4173')
  })

  it('with TRUST_PROXY on but no forwarded headers, from the request URL', async () => {
    expect(originOf((await linksOf({ trustProxy: true })).first)).toBe('http://10.0.0.7:4173')
  })

  it.each([
    ['x-forwarded-host', 'evil.example/phish?'],
    ['x-forwarded-host', 'user@evil.example'],
    ['x-forwarded-host', 'a:99999'],
    ['x-forwarded-host', `${'a'.repeat(10_000)}!`],
    ['x-forwarded-proto', 'javascript'],
  ])('with TRUST_PROXY on, a malformed %s (%s) is a 400 naming it', async (name, value) => {
    const app = createApp({ db: database.db, log: () => {}, publicUrl: { trustProxy: true } })
    const res = await app.request(`http://127.0.0.1${QUERY}`, {
      headers: { ...DEMO, [name]: value },
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = (await res.json()) as { errors: { parameter: string }[] }
    expect(body.errors.map((e) => e.parameter)).toEqual([name])
  })
})
