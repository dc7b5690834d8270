// Rows 5a–5c of `npm run bench`: the reference API on a 1,000,000-call database seeded into a temp
// file. Latency: requests through the whole app in-process (validation, auth, SQL, JSON), cold (a
// fresh app, so no count is cached: a new filter set) and warm. Throughput: the real server on
// loopback (Node cluster, BENCH_WORKERS processes) driven by autocannon with the load test's mix.
import Database from 'better-sqlite3'
import { createApp } from '../server/app'
import { openDatabase } from '../server/db/open-database'
import { CALLS_URL_PATH, formatPhoneNumber } from '../src/contract'
import { drive } from './load-drive'
import { createRequestMix, LOAD_SCOPE } from './load-requests'
import { startLoadServer } from './load-server'
import { ms, percentile, type BenchRow } from './report'

const headers = {
  authorization: 'demo-access-token',
  tenantid: LOAD_SCOPE.tenantId,
  servicerid: LOAD_SCOPE.servicerId,
}

export async function apiRows(
  file: string,
  log: (line: string) => void,
  onServer: (stop: () => void) => void,
): Promise<BenchRow[]> {
  const calls = Number(process.env.SEED_CALLS ?? 1_000_000)
  const seedStart = performance.now()
  const db = openDatabase(file, { calls, seed: 314, now: Date.parse('2026-06-15T18:00:00Z') })
  log(
    `seeded ${calls.toLocaleString('en-US')} calls in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  )
  let app = createApp({ db, log: () => {} })

  async function time(path: string, cold: boolean): Promise<number> {
    if (cold) app = createApp({ db, log: () => {} })
    const start = performance.now()
    const res = await app.request(`http://127.0.0.1${CALLS_URL_PATH}?${path}`, { headers })
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`)
    return performance.now() - start
  }
  async function measure(label: string, paths: string[], rounds: number) {
    for (const p of paths.slice(0, 20)) await time(p, false) // warm SQLite's page cache and the JIT
    const result = { cold: [] as number[], warm: [] as number[] }
    for (let r = 0; r < rounds; r++)
      for (const p of paths) {
        result.cold.push(await time(p, true))
        result.warm.push(await time(p, false))
      }
    for (const kind of ['cold', 'warm'] as const)
      log(
        `${`${label}, ${kind}`.padEnd(40)} p50 ${ms(percentile(result[kind], 50)).padStart(9)}  p95 ${ms(percentile(result[kind], 95)).padStart(9)}  (n=${result[kind].length})`,
      )
    return percentile([...result.cold, ...result.warm], 95)
  }

  const column = (name: string) =>
    db
      .prepare(
        `SELECT ${name} FROM calls WHERE tenantId = ? AND servicerId = ? AND rowid % 997 = 0 LIMIT 100`,
      )
      .pluck()
      .all(LOAD_SCOPE.tenantId, LOAD_SCOPE.servicerId) as string[]
  const total = db
    .prepare('SELECT COUNT(*) FROM calls WHERE tenantId = ? AND servicerId = ?')
    .pluck()
    .get(LOAD_SCOPE.tenantId, LOAD_SCOPE.servicerId) as number
  const deepest = Math.floor((total - 1) / 20) * 20
  const middle = Math.floor(total / 2 / 20) * 20
  log(`tenant 314 / servicer 2 holds ${total.toLocaleString('en-US')} calls`)

  const lookups = [
    await measure(
      'borrower lookup',
      column('borrowerId').map((b) => `borrowerid=${b}`),
      2,
    ),
    await measure(
      'loan lookup',
      column('loanId').map((l) => `loanid=${l}`),
      2,
    ),
    await measure(
      'phone lookup',
      column('phoneNumber').map((p) => `phonenumber=${encodeURIComponent(formatPhoneNumber(p))}`),
      2,
    ),
    await measure(
      'one month, first page',
      ['2026-03', '2026-04', '2026-05'].map((m) => `startdate=${m}-01&enddate=${m}-28`),
      30,
    ),
  ]
  const deep = await measure(`deepest page (offset ${deepest})`, [`offset=${deepest}`], 30)
  const mid = await measure(`middle page (offset ${middle})`, [`offset=${middle}`], 30)
  const reader = new Database(file, { readonly: true })
  const mix = createRequestMix(reader)
  reader.close()
  db.close()

  const workers = Number(process.env.BENCH_WORKERS ?? 2)
  const server = await startLoadServer(file, { WORKERS: String(workers) })
  onServer(() => server.stop())
  const run = await drive({
    origin: server.origin,
    connections: 32,
    warmUpSeconds: 2,
    seconds: 10,
    headers,
    nextPath: () => mix.next(),
    onMeasureStart: () => {},
  })
  server.stop()
  const rps = run.latencies.length / run.measuredSeconds
  const errors = run.non2xx + run.socketErrors + run.timeouts
  log(
    `autocannon: ${run.latencies.length} requests in ${run.measuredSeconds.toFixed(1)} s, ${errors} errors, p95 ${ms(percentile(run.latencies, 95))}`,
  )
  const lookupP95 = Math.max(...lookups)
  const deepP95 = Math.max(deep, mid)
  return [
    {
      id: '5a',
      name: 'API lookups p95 (borrower, loan, phone, one month; cold+warm, 1M calls)',
      figure: ms(lookupP95),
      budget: '≤ 5 ms',
      pass: lookupP95 <= 5,
    },
    {
      id: '5b',
      name: 'API deepest (and middle) page p95, cold+warm',
      figure: ms(deepP95),
      budget: '≤ 50 ms',
      pass: deepP95 <= 50,
    },
    {
      id: '5c',
      name: `API throughput, 32 connections, 10 s, ${workers === 1 ? '1 process' : `Node cluster of ${workers}`}`,
      figure: `${rps.toFixed(0)} req/s, ${errors} errors`,
      budget: '≥ 3,000 req/s, 0 errors',
      pass: rps >= 3000 && errors === 0,
    },
  ]
}
