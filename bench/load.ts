// npm run load: seeds LOAD_CALLS (default 1,000,000) calls into a temporary database, starts the
// real server (server/main.ts) on 127.0.0.1 at a free port, and drives it with autocannon: 64
// connections for LOAD_SECONDS (default 30) over a realistic request mix of tenant 314 /
// servicer 2. Prints requests, errors, req/s, latency percentiles and the server's memory; exits
// 1 on any non-2xx answer or socket error. Cleans up its files and the server process.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { openDatabase } from '../server/db/open-database'
import { createRequestMix, LOAD_SCOPE } from './load-requests'

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
const dir = mkdtempSync(join(tmpdir(), 'calltracking-load-'))
const file = join(dir, 'load.sqlite')
let server: ChildProcess | undefined

function cleanUp() {
  if (server && server.exitCode === null) server.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
}
process.on('SIGINT', () => {
  cleanUp()
  process.exit(130)
})

type Memory = { rss: number; heapUsed: number }
const ticks: Memory[] = []
let afterGc: ((m: Memory) => void) | undefined

/** The server as `npm start` runs it, with the memory reporter preloaded and --expose-gc. */
async function startServer(): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_FILE: file,
    HOST: '127.0.0.1',
    PORT: '0',
  }
  delete env.CALLTRACKING_FAULTS // a load run measures the server, not injected faults
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--import', './bench/memory-reporter.ts', 'server/main.ts'],
    { env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  )
  server = child
  child.on('message', (m: Memory & { kind: string }) => {
    if (m.kind === 'tick') ticks.push(m)
    else afterGc?.(m)
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /Call Tracking API:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1]
      if (url) resolve(url)
    })
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)))
  })
}

function collectedMemory(): Promise<Memory> {
  return new Promise((resolve) => {
    afterGc = resolve
    server?.send('gc')
  })
}

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

  const origin = await startServer()
  const headers = {
    authorization: 'demo-access-token',
    tenantid: LOAD_SCOPE.tenantId,
    servicerid: LOAD_SCOPE.servicerId,
  }
  // A short warm-up, so "start" is the memory of a server that has served requests.
  await autocannon({
    url: origin,
    connections: 8,
    duration: 2,
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, path: mix.next() }) }],
  })
  const start = await collectedMemory()
  ticks.length = 0

  const latencies: number[] = []
  const statuses = new Map<number, number>()
  console.log(`load: ${connections} connections for ${seconds} s against ${origin} …`)
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        timeout: 10,
        headers,
        requests: [{ setupRequest: (req) => ({ ...req, path: mix.next() }) }],
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    })
  })
  const end = await collectedMemory()

  latencies.sort((a, b) => a - b)
  const non2xx = [...statuses].filter(([s]) => s < 200 || s > 299).reduce((n, [, c]) => n + c, 0)
  // result.errors counts socket errors and timeouts (no answer within 10 s) alike.
  const errors = non2xx + result.errors
  const max = ticks.reduce(
    (m, t) => ({ rss: Math.max(m.rss, t.rss), heapUsed: Math.max(m.heapUsed, t.heapUsed) }),
    end,
  )
  console.log(`requests:      ${latencies.length.toLocaleString('en-US')} in ${result.duration} s`)
  console.log(`statuses:      ${[...statuses].map(([s, c]) => `${s}: ${c}`).join(', ')}`)
  console.log(
    `errors:        ${errors} (non-2xx ${non2xx}, socket errors ${result.errors - result.timeouts}, timeouts ${result.timeouts})`,
  )
  console.log(`req/s:         ${(latencies.length / result.duration).toFixed(0)}`)
  console.log(
    `latency:       p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms`,
  )
  console.log(
    `server rss:    start ${mib(start.rss)}, end ${mib(end.rss)}, max ${mib(max.rss)} (start/end after GC)`,
  )
  console.log(
    `server heap:   start ${mib(start.heapUsed)}, end ${mib(end.heapUsed)}, max ${mib(max.heapUsed)}`,
  )
  process.exitCode = errors > 0 ? 1 : 0
} catch (error) {
  console.error(`load failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  cleanUp()
}
