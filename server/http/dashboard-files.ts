import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Env, Hono } from 'hono'

/**
 * Serves the built dashboard from `root` (./dist): its files, and index.html for any other GET,
 * since every path is a dashboard route (deep links such as /?loanid=…&call=…). Mount it after the
 * API so it never shadows an API path. Paths under `apiBase` are never the dashboard's: an unknown
 * one stays the API's 404 problem, so a client pointed at a wrong API path is told so, not handed
 * a web page with a 200.
 */
export function serveDashboardFiles(app: Hono<Env>, root: string, apiBase: string) {
  app.use('/assets/*', async (c, next) => {
    await next()
    // File names carry a content hash.
    if (c.res.ok) c.header('cache-control', 'public, max-age=31536000, immutable')
  })
  app.use('*', serveStatic({ root }))
  // Stryker disable next-line StringLiteral: serveStatic serves a directory's index.html, so join(root, '') names the same file
  const index = serveStatic({ path: join(root, 'index.html') })
  app.get('*', (c, next) =>
    c.req.path === apiBase || c.req.path.startsWith(`${apiBase}/`) ? next() : index(c, next),
  )
}
