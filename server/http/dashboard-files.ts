import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Env, Hono } from 'hono'

/**
 * Serves the built dashboard from `root` (./dist): its files, and index.html for any other GET,
 * since every path is a dashboard route (deep links such as /?loanid=…&call=…). Mount it after the
 * API so it never shadows an API path. Paths under `apiBase` are never the dashboard's: an unknown
 * one stays the API's 404 problem, so a client pointed at a wrong API path is told so, not handed
 * a web page with a 200. Nor are paths under /assets/: a missing file there is a 404.
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
  // A missing asset (a chunk of an older build, asked for by a tab opened before a deploy) is a 404,
  // never index.html: that would be cached for a year as the script, under the immutable header.
  const notDashboardRoute = (path: string) =>
    path === apiBase || path.startsWith(`${apiBase}/`) || path.startsWith('/assets/')
  app.get('*', (c, next) => (notDashboardRoute(c.req.path) ? next() : index(c, next)))
}
