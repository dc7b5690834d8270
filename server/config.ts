import { resolve } from 'node:path'
import { API_BASE_PATH, DEFAULT_CONTACT_CADENCE as CADENCE } from '../src/contract'
import { FaultSpecError, parseFaultSpec, type FaultSpec } from './faults/fault-spec'
import { DEFAULT_REQUEST_TIMEOUT_MS } from './http/request-limits'

export type ServerConfig = ReturnType<typeof readServerConfig>

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`)
  }
  return n
}

function instant(env: NodeJS.ProcessEnv, name: string): number {
  const raw = env[name]
  // By default the history ends at the current minute, so the demo always shows recent calls.
  if (raw === undefined || raw === '') return Math.floor(Date.now() / 60_000) * 60_000
  const ms = Date.parse(raw)
  if (Number.isNaN(ms))
    throw new Error(
      `${name} must be an ISO 8601 date-time such as 2026-11-01T00:00:00Z (got "${raw}")`,
    )
  return ms
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (raw === '1' || raw === 'true') return true
  if (raw === '0' || raw === 'false') return false
  throw new Error(`${name} must be 1 or 0 (got "${raw}")`)
}

function httpUrl(raw: string): URL | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

function publicBaseUrl(env: NodeJS.ProcessEnv): URL | null {
  const raw = env.PUBLIC_BASE_URL
  if (raw === undefined || raw === '') return null
  const url = httpUrl(raw)
  if (!url || url.search || url.hash || url.username || url.password || raw.includes('?'))
    throw new Error(
      `PUBLIC_BASE_URL must be an absolute http(s) URL such as https://calls.example.com, with no query, fragment or credentials (got "${raw}")`,
    )
  return url
}

function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  const raw = env.API_BASE_URL || API_BASE_PATH
  if (raw.startsWith('/') && !raw.startsWith('//')) return raw
  if (!httpUrl(raw))
    throw new Error(
      `API_BASE_URL must be a path such as /calltrackingapi or an absolute http(s) URL (got "${raw}")`,
    )
  return raw
}

/** null: fault injection off, and no /__faults endpoint. Set (even to "none"): on. */
function faults(env: NodeJS.ProcessEnv): FaultSpec | null {
  const raw = env.CALLTRACKING_FAULTS
  if (raw === undefined || raw === '') return null
  try {
    return parseFaultSpec(raw)
  } catch (error) {
    if (error instanceof FaultSpecError)
      throw new Error(`CALLTRACKING_FAULTS: ${error.message} (got "${raw}")`)
    throw error
  }
}

/** Every environment variable the server reads, read once, with the reason a bad value is refused. */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    port: integer(env, 'PORT', 4173, 0, 65535),
    // Loopback unless told otherwise: the demo tokens are public.
    host: env.HOST || '127.0.0.1',
    databaseFile: resolve(env.DATABASE_FILE || 'data/calltracking.sqlite'),
    seed: {
      calls: integer(env, 'SEED_CALLS', 100_000, 0, 20_000_000),
      seed: integer(env, 'SEED', 314, 0, 2 ** 31),
      now: instant(env, 'SEED_NOW'),
      /** Adds the hostile-borrower rows (XSS payloads, RTL overrides, 10 kB strings). */
      hostile: flag(env, 'SEED_HOSTILE', false),
    },
    /** Where the dashboard sends its API calls; the reference API by default. */
    apiBaseUrl: apiBaseUrl(env),
    /** The origin (and path prefix) clients use, for paging links behind a reverse proxy. */
    publicBaseUrl: publicBaseUrl(env),
    /** Believe X-Forwarded-Host/-Proto: only behind a proxy that sets them itself. */
    trustProxy: flag(env, 'TRUST_PROXY', false),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 1, 600_000),
    faults: faults(env),
    /** The dashboard's contact-cadence thresholds, served in /config.json. */
    contactCadence: {
      maxCallsInWindow: integer(env, 'CADENCE_MAX_CALLS', CADENCE.maxCallsInWindow, 1, 1000),
      windowDays: integer(env, 'CADENCE_WINDOW_DAYS', CADENCE.windowDays, 1, 90),
      daysAfterConversation: integer(
        env,
        'CADENCE_DAYS_AFTER_CONVERSATION',
        CADENCE.daysAfterConversation,
        0,
        90,
      ),
    },
    /** Prefill the sign-in form with the demo credentials (on unless DEMO_SIGN_IN=0). */
    demoSignIn: env.DEMO_SIGN_IN !== '0',
    /** Where the built dashboard is (`vite build` writes dist/). */
    dashboardDir: resolve(env.DASHBOARD_DIR || 'dist'),
    /**
     * Processes serving requests (Node's cluster, one shared port, each opening the database file
     * read-only): above 1 the API uses more than one core. Not with --dev.
     */
    workers: integer(env, 'WORKERS', 1, 1, 64),
  }
}
