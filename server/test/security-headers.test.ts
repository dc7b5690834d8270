import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { createFaultInjector } from '../faults/fault-injector'
import { parseFaultSpec } from '../faults/fault-spec'
import { serveDashboardFiles } from '../http/dashboard-files'
import { contentSecurityPolicy, securityHeaders } from '../http/security-headers'
import { createTestDatabase } from './test-database'

const database = createTestDatabase(200)
// A stand-in for dist/: the test does not depend on a build having run.
const dist = mkdtempSync(join(tmpdir(), 'calltracking-dist-'))
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Call history</title>')
mkdirSync(join(dist, 'assets'))
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
afterAll(() => {
  database.close()
  rmSync(dist, { recursive: true, force: true })
})

/** The app as `npm start` assembles it: API, headers on every response, then the built files. */
function startApp(apiBaseUrl: string, faults?: string) {
  const app = createApp({
    db: database.db,
    log: () => {},
    responseHeaders: securityHeaders(apiBaseUrl),
    faults: faults === undefined ? null : createFaultInjector(parseFaultSpec(faults)),
  })
  serveDashboardFiles(app, dist)
  return app
}

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

describe('browser security headers of npm start', () => {
  it('serves the dashboard index, and its deep links, with CSP, nosniff and no-referrer', async () => {
    const app = startApp('/calltrackingapi')
    for (const path of ['/', '/?loanid=x&call=y', '/some/deep/link']) {
      const res = await app.request(`http://127.0.0.1${path}`)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain('<title>Call history</title>')
      expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
    }
    const asset = await app.request('http://127.0.0.1/assets/index-abc123.js')
    expect(asset.headers.get('cache-control')).toMatch(/immutable/)
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('puts the same headers on API answers and problems', async () => {
    const app = startApp('/calltrackingapi')
    const res = await app.request('http://127.0.0.1/calltrackingapi/calltracking/calls')
    expect(res.status).toBe(401)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
  })

  it("allows an absolute API_BASE_URL's origin in connect-src, and nothing unsafe for scripts", () => {
    const csp = contentSecurityPolicy('https://api.nelnet.io/calltrackingapi')
    expect(csp).toContain("connect-src 'self' https://api.nelnet.io;")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(contentSecurityPolicy('http://127.0.0.1:9000/api')).toContain(
      "connect-src 'self' http://127.0.0.1:9000;",
    )
    expect(contentSecurityPolicy('/calltrackingapi')).toContain("connect-src 'self';")
  })

  it('never injects faults into the index or static files', async () => {
    const app = startApp('/calltrackingapi', 'status=500')
    expect((await app.request('http://127.0.0.1/')).status).toBe(200)
    expect((await app.request('http://127.0.0.1/assets/index-abc123.js')).status).toBe(200)
  })
})
