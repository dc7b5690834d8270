// npm run load: seeds LOAD_CALLS (default 1,000,000) calls into a temporary database, starts the
// real server (server/main.ts) on 127.0.0.1 at a free port, and drives it with autocannon: 64
// connections for LOAD_SECONDS (default 30) over a realistic request mix of tenant 314 /
// servicer 2. Prints requests, errors, req/s, latency percentiles and the server's memory; exits
// 1 on any non-2xx answer or socket error. Cleans up its files and the server process.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openDatabase } from '../server/db/open-database'
import { drive } from './load-drive'
import { createRequestMix, LOAD_SCOPE } from './load-requests'
import { startLoadServer, type Memory } from './load-server'

function positive(name: string, fallback: number): number {
  const raw = process.env[name]
  const n = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isInteger(n) || n < 1) {
    console.error(`${name} must be a whole number of 1 or more (got "${raw}")`)
    process.exit(2)
  }
  return n
}

const seconds = positive('LOAD_SECONDS', 30)
const calls = positive('LOAD_CALLS', 1_000_000)
const connections = positive('LOAD_CONNECTIONS', 64)
const WARM_UP_SECONDS = 5
const dir = mkdtempSync(join(tmpdir(), 'calltracking-load-'))
const file = join(dir, 'load.sqlite')
let stopServer = () => {}

function cleanUp() {
  stopServer()
  rmSync(dir, { recursive: true, force: true })
}
process.on('SIGINT', () => {
  cleanUp()
  process.exit(130)
})

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

try {
  const seedStart = performance.now()
  openDatabase(file, { calls, seed: 314, now: Date.parse('2026-06-15T18:00:00Z') }).close()
  console.log(
    `seeded ${calls.toLocaleString('en-US')} calls in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  )
  const reader = new Database(file, { readonly: true })
  const mix = createRequestMix(reader)
  reader.close()

  const server = await startLoadServer(file)
  stopServer = () => server.stop()
  console.log(
    `load: ${connections} connections, ${WARM_UP_SECONDS} s warm-up then ${seconds} s measured, against ${server.origin} …`,
  )
  let start: Promise<Memory> | undefined
  const run = await drive({
    origin: server.origin,
    connections,
    warmUpSeconds: WARM_UP_SECONDS,
    seconds,
    headers: {
      authorization: 'demo-access-token',
      tenantid: LOAD_SCOPE.tenantId,
      servicerid: LOAD_SCOPE.servicerId,
    },
    nextPath: () => mix.next(),
    onMeasureStart: () => {
      server.ticks.length = 0
      start = server.collectedMemory()
    },
  })
  const end = await server.collectedMemory()
  const first = (await start) ?? end
  const max = server.ticks.reduce(
    (m, t) => ({ rss: Math.max(m.rss, t.rss), heapUsed: Math.max(m.heapUsed, t.heapUsed) }),
    end,
  )
  const latencies = run.latencies.sort((a, b) => a - b)
  const errors = run.non2xx + run.socketErrors + run.timeouts
  console.log(
    `requests:      ${latencies.length.toLocaleString('en-US')} in ${run.measuredSeconds.toFixed(1)} s`,
  )
  console.log(`statuses:      ${[...run.statuses].map(([s, c]) => `${s}: ${c}`).join(', ')}`)
  console.log(
    `errors:        ${errors} (non-2xx ${run.non2xx}, socket errors ${run.socketErrors}, timeouts ${run.timeouts}; warm-up included)`,
  )
  console.log(`req/s:         ${(latencies.length / run.measuredSeconds).toFixed(0)}`)
  console.log(
    `latency:       p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms`,
  )
  console.log(
    `server rss:    start ${mib(first.rss)}, end ${mib(end.rss)}, max ${mib(max.rss)} (start/end after GC)`,
  )
  console.log(
    `server heap:   start ${mib(first.heapUsed)}, end ${mib(end.heapUsed)}, max ${mib(max.heapUsed)}`,
  )
  process.exitCode = errors > 0 ? 1 : 0
} catch (error) {
  console.error(`load failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  cleanUp()
}
