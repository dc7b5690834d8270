import { safeParse, summarize } from 'valibot'
import { CALLS_URL_PATH, callsPageSchema, problemSchema, type Problem } from '../../src/contract'
import { DEMO_TOKENS } from '../db/seed-catalog'
import { MAX_URL_BYTES } from '../http/request-limits'
import type { ApiCase } from './request-arbitraries'
import type { FuzzTarget } from './fuzz-target'

export const CALLS_URL = `http://127.0.0.1${CALLS_URL_PATH}`

export type CaseResult = {
  status: number
  violations: string[]
  /** Rows of a scope other than the one requested, or any row for a request not entitled. */
  crossTenantRows: number
}

// What only the server could have written: its SQL, the driver's name, a stack frame.
const LEAK =
  /\bSELECT\b|\bFROM calls\b|\bORDER BY\b|sqlite|better-sqlite3|\bat [\w.$<>]+ \(|\.ts:\d+/i

/** The scopes each demo token may read, from the seed catalog rather than the database. */
function entitledScopes(token: string): string[] {
  return DEMO_TOKENS.find((t) => t.token === token)?.scopes.map(([t, s]) => `${t}/${s}`) ?? []
}

/** A query name as Hono decodes it: "+" is a space, undecodable escapes stay as they are. */
function decodeName(raw: string): string {
  const text = raw.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(text)
  } catch {
    return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
      try {
        return decodeURIComponent(m)
      } catch {
        return m
      }
    })
  }
}

function sentNames(search: string): Set<string> {
  const names = new Set<string>()
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    names.add(decodeName(eq === -1 ? pair : pair.slice(0, eq)))
  }
  return names
}

/** What the request deserves, stage by stage in the order the server checks it. */
type Expectation =
  | { stage: 'url-too-long' }
  | { stage: 'unauthenticated' }
  | { stage: 'bad-tenancy'; names: string[] }
  | { stage: 'forbidden'; tenantId: string; servicerId: string }
  | { stage: 'query'; tenantId: string; servicerId: string; names: Set<string> }

const TENANCY_ID = /^\d{1,10}$/

function expectationFor(request: Request): Expectation {
  const url = new URL(request.url)
  if (Buffer.byteLength(url.pathname + url.search) > MAX_URL_BYTES) return { stage: 'url-too-long' }
  const header = (name: string) => request.headers.get(name) ?? undefined
  const token = (header('authorization') ?? '').replace(/^Bearer\s+/i, '').trim()
  const scopes = entitledScopes(token)
  if (scopes.length === 0) return { stage: 'unauthenticated' }
  const tenantId = header('tenantid')?.trim()
  const servicerId = header('servicerid')?.trim()
  const badTenancy = [
    ...(tenantId !== undefined && TENANCY_ID.test(tenantId) ? [] : ['tenantid']),
    ...(servicerId !== undefined && TENANCY_ID.test(servicerId) ? [] : ['servicerid']),
  ]
  if (badTenancy.length || tenantId === undefined || servicerId === undefined)
    return { stage: 'bad-tenancy', names: badTenancy }
  if (!scopes.includes(`${tenantId}/${servicerId}`))
    return { stage: 'forbidden', tenantId, servicerId }
  const names = sentNames(url.search)
  // Proxy headers are trusted by the fuzz target, so a malformed one may be the fault.
  for (const h of ['x-forwarded-host', 'x-forwarded-proto']) if (header(h)) names.add(h)
  return { stage: 'query', tenantId, servicerId, names }
}

function checkProblem(body: unknown, expected: Expectation, status: number): string[] {
  const parsed = safeParse(problemSchema, body)
  if (!parsed.success) return [`${status} body is not a problem: ${summarize(parsed.issues)}`]
  const problem: Problem = parsed.output
  const v: string[] = []
  if (problem.status !== status) v.push(`problem.status ${problem.status} ≠ HTTP ${status}`)
  const named = (problem.errors ?? []).map((e) => e.parameter)
  switch (expected.stage) {
    case 'url-too-long':
      if (status !== 414) v.push(`URL over ${MAX_URL_BYTES} bytes answered ${status}, not 414`)
      break
    case 'unauthenticated':
      if (status !== 401) v.push(`unknown or missing token answered ${status}, not 401`)
      if (!/Authorization|access token/.test(problem.detail)) v.push('401 does not name the token')
      break
    case 'bad-tenancy':
      if (status !== 400) v.push(`malformed tenancy headers answered ${status}, not 400`)
      if (!named.length || !named.every((n) => expected.names.includes(n)))
        v.push(
          `400 names ${JSON.stringify(named)}, expected among ${JSON.stringify(expected.names)}`,
        )
      break
    case 'forbidden':
      if (status !== 403) v.push(`a scope the token may not read answered ${status}, not 403`)
      if (!problem.detail.includes(`tenant ${expected.tenantId}, servicer ${expected.servicerId}`))
        v.push('403 does not name the tenant and servicer')
      break
    case 'query':
      if (status !== 400) v.push(`an entitled request answered ${status}, neither 200 nor 400`)
      if (!named.length) v.push('400 names no parameter')
      for (const e of problem.errors ?? []) {
        if (!expected.names.has(e.parameter))
          v.push(`400 names ${JSON.stringify(e.parameter)}, which the request did not send`)
        if (!e.message.includes(e.parameter)) v.push(`message for ${e.parameter} does not name it`)
      }
      break
  }
  return v
}

/**
 * The property: every answer is a 200 whose body passes the shared schema and holds only rows of
 * the requested scope, or the 4xx problem that the first failing check deserves, naming the
 * parameter or header at fault. Never a 5xx, never the server's SQL or a stack in a body.
 */
export async function runApiCase(target: FuzzTarget, c: ApiCase): Promise<CaseResult> {
  const request = new Request(`${CALLS_URL}?${c.query}`, { headers: c.headers })
  const expected = expectationFor(request)
  const res = await target.app.request(request)
  const text = await res.text()
  const violations: string[] = []
  let crossTenantRows = 0
  if (res.status >= 500) violations.push(`answered ${res.status}`)

  // Unknown parameter names are echoed back on purpose; the server's own SQL never is.
  let unechoed = text
  for (const name of sentNames(new URL(request.url).search))
    if (name.length > 2) unechoed = unechoed.split(JSON.stringify(name).slice(1, -1)).join('')
  if (LEAK.test(unechoed)) violations.push(`body leaks internals: ${unechoed.slice(0, 200)}`)

  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    violations.push(`body is not JSON: ${text.slice(0, 100)}`)
    return { status: res.status, violations, crossTenantRows }
  }
  const type = res.headers.get('content-type') ?? ''
  if (res.status === 200) {
    if (!type.startsWith('application/json')) violations.push(`200 with content-type ${type}`)
    const page = safeParse(callsPageSchema, body)
    if (!page.success) violations.push(`200 body fails callsPageSchema: ${summarize(page.issues)}`)
    else {
      const scope =
        expected.stage === 'query' ? `${expected.tenantId}/${expected.servicerId}` : null
      if (scope === null) violations.push(`200 for a request that deserves ${expected.stage}`)
      crossTenantRows = page.output.data.filter(
        (r) => `${r.tenantId}/${r.servicerId}` !== scope,
      ).length
      if (crossTenantRows)
        violations.push(`${crossTenantRows} rows outside ${scope ?? 'any scope'}`)
      if (page.output.data.length > page.output.paging.limit)
        violations.push('more rows than limit')
    }
  } else if (res.status >= 400 && res.status < 500) {
    if (type !== 'application/problem+json')
      violations.push(`${res.status} with content-type ${type}`)
    violations.push(...checkProblem(body, expected, res.status))
  } else if (res.status < 500) violations.push(`unexpected status ${res.status}`)
  return { status: res.status, violations, crossTenantRows }
}
