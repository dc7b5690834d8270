import type Database from 'better-sqlite3'
import { API_BASE_PATH } from '../src/contract'
import { createApp } from './app'
import type { ServerConfig } from './config'
import { DEMO_TOKENS } from './db/seed-catalog'
import { createFaultInjector } from './faults/fault-injector'
import { serveDashboardFiles } from './http/dashboard-files'
import { securityHeaders } from './http/security-headers'

const demo = DEMO_TOKENS[0]
export const demoCredentials = demo && {
  accessToken: demo.token,
  tenantId: demo.scopes[0]?.[0],
  servicerId: demo.scopes[0]?.[1],
}

/**
 * The whole app of `npm start` (or, with `dashboardRoot: null`, the API part of `npm run dev`,
 * whose pages Vite serves): API, /config.json, fault control when enabled, the built dashboard.
 */
export function createServerApp(
  config: ServerConfig,
  db: Database.Database,
  { dashboardRoot }: { dashboardRoot: string | null },
) {
  const faults = config.faults && createFaultInjector(config.faults)
  const app = createApp({
    db,
    publicUrl: { publicBaseUrl: config.publicBaseUrl, trustProxy: config.trustProxy },
    requestTimeoutMs: config.requestTimeoutMs,
    faults,
    // Vite's dev server injects inline scripts for hot reload: the policy is for built pages.
    ...(dashboardRoot === null ? {} : { responseHeaders: securityHeaders(config.apiBaseUrl) }),
  })

  // The dashboard reads this once at start: pointing it at another API is configuration only.
  app.get('/config.json', (c) => {
    c.header('cache-control', 'no-store')
    return c.json({
      apiBaseUrl: config.apiBaseUrl,
      contactCadence: config.contactCadence,
      ...(config.demoSignIn && demoCredentials ? { demoCredentials } : {}),
    })
  })
  if (dashboardRoot !== null) serveDashboardFiles(app, dashboardRoot, API_BASE_PATH)
  return { app, faults }
}
