import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Env, Hono } from 'hono'
import { compress } from 'hono/compress'

/**
 * Serves the built dashboard from `root` (./dist): its files, and index.html for any other GET,
 * since every path is a dashboard route (deep links such as /?loanid=…&call=…). Mount it after the
 * API so it never shadows an API path.
 */
export function serveDashboardFiles(app: Hono<Env>, root: string) {
  app.use('*', compress())
  app.use('/assets/*', async (c, next) => {
    await next()
    // File names carry a content hash.
    if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable')
  })
  app.use('*', serveStatic({ root }))
  app.get('*', serveStatic({ path: join(root, 'index.html') }))
}
