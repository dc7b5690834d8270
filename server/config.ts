import { resolve } from 'node:path'

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
    },
    /** Where the dashboard sends its API calls; the reference API by default. */
    apiBaseUrl: env.API_BASE_URL || '/calltrackingapi',
    /** Prefill the sign-in form with the demo credentials (on unless DEMO_SIGN_IN=0). */
    demoSignIn: env.DEMO_SIGN_IN !== '0',
  }
}
