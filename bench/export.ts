// npm run bench:export: Export CSV of 100,000+ calls in the built dashboard, in Debian Chromium,
// against the real server on a temporary database. Prints the time from the click to the download,
// the JS heap (CDP Runtime.getHeapUsage, sampled every 50 ms) before, at its peak during and after
// the export, and checks the file holds every call. EXPORT_SEED_CALLS sets the seed size (the demo
// tenant gets ~43% of it). Every process and file it starts is stopped and removed.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import Database from 'better-sqlite3'
import { build } from 'vite'
import { findChromium } from '../scripts/chromium'
import { seedDatabase } from '../server/db/seed'

const PORT = Number(process.env.BENCH_PORT ?? 4322)
const ORIGIN = `http://127.0.0.1:${PORT}`
const SEED_CALLS = Number(process.env.EXPORT_SEED_CALLS ?? 240_000)
const MIN_ROWS = 100_000
const MiB = 2 ** 20

const dir = mkdtempSync(join(tmpdir(), 'calltracking-export-bench-'))
const cleanups: (() => void | Promise<void>)[] = []
async function cleanUp() {
  for (const stop of cleanups.reverse()) await Promise.resolve(stop()).catch(() => {})
  cleanups.length = 0
  rmSync(dir, { recursive: true, force: true })
}
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)))
const log = (line: string) => console.log(`  ${line}`)

try {
  const appDir = join(dir, 'app')
  console.log('Building the dashboard …')
  await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } })
  const file = join(dir, 'export.sqlite')
  console.log(`Seeding ${SEED_CALLS.toLocaleString('en-US')} calls …`)
  seedDatabase(file, { calls: SEED_CALLS, seed: 1, now: Date.parse('2026-06-15T18:00:00Z') })
  const db = new Database(file, { readonly: true })
  const tenantCalls = db
    .prepare("SELECT COUNT(*) FROM calls WHERE tenantId = '314' AND servicerId = '2'")
    .pluck()
    .get() as number
  db.close()
  log(`tenant 314, servicer 2: ${tenantCalls.toLocaleString('en-US')} calls`)
  // A smaller EXPORT_SEED_CALLS is allowed, to compare peaks (flat memory: the peak should not grow).
  if (tenantCalls < MIN_ROWS && process.env.EXPORT_SEED_CALLS === undefined)
    throw new Error(`fewer than ${MIN_ROWS} calls: raise EXPORT_SEED_CALLS`)

  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_FILE: file,
      DASHBOARD_DIR: appDir,
      CALLTRACKING_FAULTS: '',
      WORKERS: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  cleanups.push(() => {
    if (server.exitCode === null) server.kill('SIGTERM')
  })
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Call history dashboard')) resolve()
    })
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info'],
  })
  cleanups.push(() => browser.close())
  const context = await browser.newContext({ acceptDownloads: true, timezoneId: 'UTC' })
  const page = await context.newPage()
  await page.goto(ORIGIN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const button = page.getByRole('button', { name: 'Export CSV' })
  const scope = `Export all ${tenantCalls.toLocaleString('en-US')} calls matching these filters`
  await page.getByText(scope).waitFor({ timeout: 60_000 })

  const cdp = await context.newCDPSession(page)
  const heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize
  await cdp.send('HeapProfiler.collectGarbage')
  const before = await heap()

  let peak = before
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heap())
      await new Promise((r) => setTimeout(r, 50))
    }
  })()
  const download = page.waitForEvent('download', { timeout: 600_000 })
  const started = performance.now()
  await button.click()
  const saved = await download
  const seconds = (performance.now() - started) / 1000
  sampling = false
  await sampler
  const path = join(dir, 'export.csv')
  await saved.saveAs(path)
  // The page's own reading of the heap, as a second witness (precise with the flag above).
  const pageHeap = await page.evaluate(
    () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
  )
  await cdp.send('HeapProfiler.collectGarbage')
  const after = await heap()

  const text = readFileSync(path, 'utf8')
  const lines = text.split('\r\n').length - 1
  if (lines !== tenantCalls + 1)
    throw new Error(`the file has ${lines} lines, expected ${tenantCalls + 1} (header + calls)`)
  console.log()
  log(
    `file: ${saved.suggestedFilename()}, ${(statSync(path).size / MiB).toFixed(1)} MiB, ${lines - 1} calls + header`,
  )
  log(
    `export time (click → download): ${seconds.toFixed(1)} s (${Math.round(tenantCalls / seconds).toLocaleString('en-US')} calls/s)`,
  )
  log(`JS heap before (after GC): ${(before / MiB).toFixed(1)} MiB`)
  log(`JS heap peak during export (CDP, every 50 ms): ${(peak / MiB).toFixed(1)} MiB`)
  log(`JS heap at the download, performance.memory: ${(pageHeap / MiB).toFixed(1)} MiB`)
  log(`JS heap after (after GC): ${(after / MiB).toFixed(1)} MiB`)
} finally {
  await cleanUp()
}
