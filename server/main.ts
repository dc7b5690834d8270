import cluster from 'node:cluster'
import { rmSync } from 'node:fs'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { API_BASE_PATH, CALLS_URL_PATH } from '../src/contract'
import { readServerConfig } from './config'
import { openDatabase } from './db/open-database'
import { DEMO_TOKENS } from './db/seed-catalog'
import { FAULT_CONTROL_PATH } from './faults/fault-control'
import { createHttpServer, createNodeListener } from './http/node-server'
import { createServerApp, demoCredentials } from './server-app'

const dev = process.argv.includes('--dev')
const config = readConfigOrExit()
if (cluster.isPrimary) {
  // --reseed: start from a freshly seeded database (the e2e suite uses it, so seed changes apply).
  if (process.argv.includes('--reseed')) rmSync(config.databaseFile, { force: true })
}
if (cluster.isPrimary && !dev && config.workers > 1) {
  // Seed once here; the workers share the listening port and each open the file read-only.
  openDatabase(config.databaseFile, config.seed, (line) => console.log(line)).close()
  const workers = Array.from({ length: config.workers }, () => cluster.fork())
  let listening = 0
  cluster.on('listening', () => {
    if (++listening === workers.length) console.log(`Workers: ${workers.length} (Node cluster)`)
  })
  cluster.on('exit', (worker, code) => {
    if (code !== 0) console.error(`Worker ${worker.process.pid} exited with ${code}`)
  })
  const stop = () => {
    for (const worker of workers) worker.process.kill('SIGTERM')
    process.exitCode = 0
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} else {
  await serve()
}

async function serve() {
  const db = openDatabase(config.databaseFile, config.seed, (line) => console.log(line))
  const { app, faults } = createServerApp(config, db, {
    dashboardRoot: dev ? null : config.dashboardDir,
  })

  let listener: (req: IncomingMessage, res: ServerResponse) => void
  if (dev) {
    const { createServer: createVite } = await import('vite')
    const hono = createNodeListener(app.fetch)
    const httpServer = createHttpServer((req, res) => listener(req, res))
    const vite = await createVite({
      server: { middlewareMode: true, hmr: { server: httpServer } },
      appType: 'spa',
    })
    listener = (req, res) => {
      const path = req.url ?? '/'
      if (
        path.startsWith(API_BASE_PATH) ||
        path.startsWith('/config.json') ||
        (faults && path.startsWith(FAULT_CONTROL_PATH))
      )
        hono(req, res)
      else vite.middlewares(req, res)
    }
    listen(httpServer)
  } else {
    listener = createNodeListener(app.fetch)
    listen(createHttpServer((req, res) => listener(req, res)))
  }

  function listen(server: Server) {
    listenOn(server, db, faults)
  }
}

/** A bad environment variable is a one-line message that names it, not a stack trace. */
function readConfigOrExit() {
  try {
    return readServerConfig()
  } catch (error) {
    console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}

function listenOn(
  server: Server,
  db: { close(): void },
  faults: ReturnType<typeof createServerApp>['faults'],
) {
  server.on('error', (error: NodeJS.ErrnoException) => {
    const where = `${config.host}:${config.port}`
    if (error.code === 'EADDRINUSE')
      console.error(
        `Cannot start: ${where} is already in use. Stop the other server or set PORT to a free port (PORT=4180 npm start).`,
      )
    else if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL')
      console.error(`Cannot start: cannot listen on ${where} (${error.code}). Check HOST and PORT.`)
    else console.error(`Cannot start: ${error.message}`)
    process.exit(1)
  })
  server.listen(config.port, config.host, () => {
    if (cluster.worker && cluster.worker.id !== 1) return // one banner for the whole cluster
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : config.port
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`
    console.log(`Call history dashboard: ${url}/`)
    console.log(
      `Call Tracking API:      ${url}${CALLS_URL_PATH}  (OpenAPI: ${url}${API_BASE_PATH}/openapi.json)`,
    )
    if (faults)
      console.log(
        `Fault injection ON: ${faults.state().spec} (GET/POST/DELETE ${url}${FAULT_CONTROL_PATH})`,
      )
    if (demoCredentials) {
      console.log(
        `Demo sign-in: access token ${demoCredentials.accessToken}, tenant ${demoCredentials.tenantId}, servicer ${demoCredentials.servicerId}`,
      )
      console.log(
        `              access token ${DEMO_TOKENS[1]?.token ?? ''} for tenant 315 (servicers 2 and 4)`,
      )
    }
  })
  const stop = () =>
    server.close(() => {
      db.close()
      process.exit(0)
    })
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
