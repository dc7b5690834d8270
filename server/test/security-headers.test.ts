import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readServerConfig } from '../config'
import { contentSecurityPolicy } from '../http/security-headers'
import { createServerApp } from '../server-app'
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

/** The app exactly as `npm start` assembles it, from environment variables. */
function startApp(env: Record<string, string> = {}) {
  return createServerApp(readServerConfig(env), database.db, { dashboardRoot: dist }).app
}

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

describe('browser security headers of npm start', () => {
  it('serves the dashboard index, and its deep links, with CSP, nosniff and no-referrer', async () => {
    const app = startApp()
    for (const path of ['/', '/?loanid=x&call=y', '/some/deep/link']) {
      const res = await app.request(`http://127.0.0.1${path}`)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain('<title>Call history</title>')
      expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
    }
    const config = await app.request('http://127.0.0.1/config.json')
    expect(config.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
    const asset = await app.request('http://127.0.0.1/assets/index-abc123.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await asset.text()).toBe('console.log(1)')
    expect(asset.headers.get('cache-control')).toMatch(/immutable/)
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it("answers an unknown path under the API base with the API's 404, never the dashboard page", async () => {
    const app = startApp()
    for (const path of ['/calltrackingapi/v9/calltracking/calls', '/calltrackingapi']) {
      const res = await app.request(`http://127.0.0.1${path}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    }
    // A dashboard route that merely starts with the same letters is still the dashboard's.
    expect((await app.request('http://127.0.0.1/calltrackingapix')).status).toBe(200)
  })

  it('puts the same headers on API answers and problems', async () => {
    const app = startApp()
    const res = await app.request('http://127.0.0.1/calltrackingapi/calltracking/calls')
    expect(res.status).toBe(401)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
  })

  it("allows an absolute API_BASE_URL's origin in connect-src, and nothing unsafe for scripts", async () => {
    const app = startApp({ API_BASE_URL: 'https://api.nelnet.io/calltrackingapi' })
    expect(
      (await app.request('http://127.0.0.1/')).headers.get('content-security-policy'),
    ).toContain("connect-src 'self' https://api.nelnet.io;")
    const csp = contentSecurityPolicy('https://api.nelnet.io/calltrackingapi')
    expect(csp).toContain("connect-src 'self' https://api.nelnet.io;")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(contentSecurityPolicy('http://127.0.0.1:9000/api')).toContain(
      "connect-src 'self' http://127.0.0.1:9000;",
    )
    expect(contentSecurityPolicy('/calltrackingapi')).toContain("connect-src 'self';")
  })

  it('allows no other origin in connect-src for an API_BASE_URL that is not http(s)', () => {
    for (const base of ['ftp://files.example/api', 'javascript:alert(1)'])
      expect(contentSecurityPolicy(base)).toContain("connect-src 'self';")
  })

  it('marks only a served asset immutable, never a refusal under /assets', async () => {
    const app = startApp()
    const refused = await app.request('http://127.0.0.1/assets/index-abc123.js', { method: 'POST' })
    expect(refused.status).toBe(404)
    expect(refused.headers.get('cache-control')).toBeNull()
  })

  it('answers a missing asset with a 404, not the dashboard page marked immutable', async () => {
    const res = await startApp().request('http://127.0.0.1/assets/index-of-an-older-build.js')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).not.toMatch(/^text\/html/)
    expect(res.headers.get('cache-control')).toBeNull()
  })

  it('never injects faults into the index or static files', async () => {
    const app = startApp({ CALLTRACKING_FAULTS: 'status=500' })
    expect((await app.request('http://127.0.0.1/')).status).toBe(200)
    expect((await app.request('http://127.0.0.1/assets/index-abc123.js')).status).toBe(200)
    expect((await app.request('http://127.0.0.1/config.json')).status).toBe(200)
  })

  it('has no fault control endpoint unless CALLTRACKING_FAULTS is set', async () => {
    const app = startApp()
    for (const method of ['POST', 'DELETE'])
      expect((await app.request('http://127.0.0.1/__faults', { method })).status).toBe(404)
    // GET falls through to the dashboard's index, like any other page path.
    const get = await app.request('http://127.0.0.1/__faults')
    expect(get.headers.get('content-type')).toMatch(/^text\/html/)
    const on = await startApp({ CALLTRACKING_FAULTS: 'none' }).request('http://127.0.0.1/__faults')
    expect(await on.json()).toEqual({ spec: 'none', remaining: null })
  })
})
