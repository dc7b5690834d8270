// npm run bench [-- api | ui]: the seven performance budgets, as one table of figure, budget and
// pass/fail. `api` runs rows 5 (1,000,000 calls in a temp file, latency in-process, throughput on
// loopback with autocannon); `ui` runs rows 1–4, 6 and 7 (the built dashboard against the real
// server in Chromium, Lighthouse on the same server). Every process and file it starts is stopped
// and removed, also on Ctrl-C or a failure.
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { apiRows } from './api-bench'
import { formatTable, notMeasured, type BenchRow } from './report'
import { uiRows } from './ui-bench'

const part = process.argv[2] ?? 'all'
if (!['all', 'api', 'ui'].includes(part)) {
  console.error(`usage: npm run bench [-- api | ui] (got "${part}")`)
  process.exit(2)
}
const dir = mkdtempSync(join(tmpdir(), 'calltracking-bench-'))
const cleanups: (() => void | Promise<void>)[] = []
async function cleanUp() {
  for (const stop of cleanups.reverse()) await Promise.resolve(stop()).catch(() => {})
  cleanups.length = 0
  rmSync(dir, { recursive: true, force: true })
}
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)))

const log = (line: string) => console.log(`  ${line}`)
const started = performance.now()
const ui = part !== 'api'
const api = part !== 'ui'
const NOT_RUN = `this run was "-- ${part}"`
let rows: BenchRow[] = []
try {
  let uiResult: Awaited<ReturnType<typeof uiRows>> | null = null
  if (ui) {
    console.log('UI (rows 1–4, 6, 7): building, seeding 100,000 calls, Chromium …')
    uiResult = await uiRows(dir, log, (stop) => cleanups.push(stop))
  }
  let apiResult: BenchRow[] | null = null
  if (api) {
    console.log('API (row 5): seeding 1,000,000 calls into a temp file …')
    apiResult = await apiRows(join(dir, 'api.sqlite'), log, (stop) => cleanups.push(stop))
  }
  rows = [
    uiResult?.jsRow ??
      notMeasured('1', 'JS before first results (gzip) vs hello world', '≤ 1.6×', NOT_RUN),
    ...(uiResult?.rows ?? [
      notMeasured('2', 'Search → rows painted', '≤ 1.5 × bare fetch + 1 frame', NOT_RUN),
      notMeasured(
        '3',
        '20 Next page clicks: in the first frame; time the page adds',
        'every one in the first frame, adding ≤ 16.7 ms',
        NOT_RUN,
      ),
      notMeasured('4', 'Longest task, whole result render + re-sort', '≤ 50 ms', NOT_RUN),
    ]),
    ...(apiResult ?? [
      notMeasured('5a', 'API lookups p95', '≤ 5 ms', NOT_RUN),
      notMeasured('5b', 'API deepest page p95', '≤ 50 ms', NOT_RUN),
      notMeasured('5c', 'API throughput, 32 connections', '≥ 3,000 req/s', NOT_RUN),
    ]),
    uiResult?.lighthouseRow ??
      notMeasured('6', 'Lighthouse perf / a11y / best practices', '≥ 98 / 100 / 100', NOT_RUN),
    uiResult?.memoryRow ??
      notMeasured('7', 'JS heap after 200 pages vs page 1', '≤ 1.5× after 200', NOT_RUN),
  ]
} finally {
  await cleanUp()
}
console.log()
console.log(formatTable(rows))
console.log()
console.log(
  `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${((performance.now() - started) / 1000).toFixed(0)} s`,
)
process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0
