import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { API_BASE_PATH } from '../../src/contract/api-paths'
import { createApp } from '../app'
import { createTestDatabase } from './test-database'

/** The real reference API on a loopback ephemeral port, over its own temporary database. */
export async function startReferenceServer(calls = 3000) {
  const database = createTestDatabase(calls)
  const app = createApp({ db: database.db, log: () => {} })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    apiBaseUrl: `http://127.0.0.1:${port}${API_BASE_PATH}`,
    database,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      database.close()
    },
  }
}
