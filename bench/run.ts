// npm run bench: seeds SEED_CALLS (default 1,000,000) calls into a temporary database, then times
// requests through the whole app in-process (validation, auth, SQL, JSON). Prints figures only.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../server/app'
import { CALLS_URL_PATH } from '../src/contract'
import { openDatabase } from '../server/db/open-database'

const calls = Number(process.env.SEED_CALLS ?? 1_000_000)
const dir = mkdtempSync(join(tmpdir(), 'calltracking-bench-'))
const file = join(dir, 'bench.sqlite')
const headers = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }

const seedStart = performance.now()
const db = openDatabase(file, { calls, seed: 314, now: Date.parse('2026-06-15T18:00:00Z') })
const seedSeconds = (performance.now() - seedStart) / 1000
let app = createApp({ db })

/** cold: a fresh app per request, so nothing is cached but SQLite's own page cache. */
async function time(path: string, cold = false): Promise<number> {
  if (cold) app = createApp({ db })
  const start = performance.now()
  const res = await app.request(`http://127.0.0.1${CALLS_URL_PATH}?${path}`, {
    headers,
  })
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`)
  return performance.now() - start
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

async function measure(label: string, paths: string[], rounds: number, cold = false) {
  for (const p of paths.slice(0, 20)) await time(p) // warm SQLite's page cache
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) for (const p of paths) samples.push(await time(p, cold))
  console.log(
    `${label.padEnd(44)} p50 ${percentile(samples, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(samples, 95).toFixed(2).padStart(7)} ms   (n=${samples.length})`,
  )
}

const scopeTotal = db
  .prepare("SELECT COUNT(*) FROM calls WHERE tenantId = '314' AND servicerId = '2'")
  .pluck()
  .get() as number
const borrowers = db
  .prepare(
    "SELECT borrowerId FROM calls WHERE tenantId = '314' AND servicerId = '2' AND rowid % 997 = 0 LIMIT 200",
  )
  .pluck()
  .all() as string[]
const deepest = Math.floor((scopeTotal - 1) / 20) * 20

console.log(
  `calls seeded: ${calls.toLocaleString('en-US')} in ${seedSeconds.toFixed(1)} s (file ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB)`,
)
console.log(
  `tenant 314 / servicer 2 holds ${scopeTotal.toLocaleString('en-US')} calls; deepest page offset ${deepest.toLocaleString('en-US')}`,
)
console.log('cold = nothing cached in the app (a new filter set); warm = its count already known')
await measure(
  'borrower lookup, cold',
  borrowers.map((b) => `borrowerid=${b}`),
  1,
  true,
)
await measure(
  'borrower lookup, warm',
  borrowers.map((b) => `borrowerid=${b}`),
  3,
)
await measure(
  'loan lookup (sample loan), cold',
  ['loanid=2c809e08-a5ba-4559-9c1c-4ac2555fb1e6'],
  200,
  true,
)
await measure('one month, first page, cold', ['startdate=2026-03-01&enddate=2026-03-31'], 50, true)
await measure('first page, no filter, cold', ['offset=0'], 50, true)
await measure('first page, no filter, warm', ['offset=0'], 200)
await measure(`deepest page (offset ${deepest}), cold`, [`offset=${deepest}`], 30, true)
await measure(`deepest page (offset ${deepest}), warm`, [`offset=${deepest}`], 30)
// Pages are read from whichever end of the index is nearer, so the middle page is the slowest.
const middle = Math.floor(scopeTotal / 2 / 20) * 20
await measure(`middle page (offset ${middle}), warm: the slowest`, [`offset=${middle}`], 30)
await measure(
  'deepest page at limit=500, warm',
  [`offset=${Math.floor((scopeTotal - 1) / 500) * 500}&limit=500`],
  20,
)
console.log(`rss after: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`)

db.close()
rmSync(dir, { recursive: true, force: true })
