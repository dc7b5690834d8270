// npm run bench:ui: the built dashboard and the API on loopback (npm start's server), in Debian
// Chromium. Times, inside the page, from the Search submit to the frame after the new rows are in
// the table (requestAnimationFrame, then a task: after that frame has painted). Prints figures only.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { findChromium } from '../scripts/chromium'

const PORT = Number(process.env.BENCH_PORT ?? 4319)
const CALLS = process.env.SEED_CALLS ?? '100000'
const ORIGIN = `http://127.0.0.1:${PORT}`
const dir = mkdtempSync(join(tmpdir(), 'calltracking-ui-bench-'))
const file = join(dir, 'bench.sqlite')

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    DATABASE_FILE: file,
    SEED_CALLS: CALLS,
    SEED_NOW: '2026-06-15T18:00:00Z',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise<void>((resolve, reject) => {
  server.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('Call history dashboard')) resolve()
  })
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
})

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--disable-gpu', '--disable-dev-shm-usage'],
})
try {
  const page = await browser.newPage()
  // tsx keeps function names with an `__name` helper that does not exist inside the page.
  await page.addInitScript('window.__name = (fn) => fn')
  await page.goto(ORIGIN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('table', { name: 'Calls' }).waitFor()

  const db = new Database(file, { readonly: true })
  const borrowers = db
    .prepare(
      "SELECT DISTINCT borrowerId FROM calls WHERE tenantId = '314' AND servicerId = '2' AND rowid % 41 = 0 LIMIT 40",
    )
    .pluck()
    .all() as string[]
  db.close()

  const samples: number[] = []
  for (const borrower of borrowers) samples.push(await timeSearch(page, borrower))
  report(`Search → rows painted (borrower lookup, ${CALLS} calls)`, samples.slice(5)) // first few warm up the page

  await page.getByRole('button', { name: 'Clear filters' }).first().click()
  await page.getByText(/^Page 1 of/).waitFor()
  const pages: number[] = []
  for (let i = 0; i < 20; i++) pages.push(await timeNextPage(page, i + 2))
  report('Next page → rows painted (large result, prefetched)', pages.slice(2))
} finally {
  await browser.close()
  server.kill()
  rmSync(dir, { recursive: true, force: true })
}

type Done = { firstBorrower: string } | { pageStatus: string }

/** Starts at the event; stops on the frame after the DOM shows `done` (rAF, then a task: painted). */
async function armPaintTimer(page: Page, startEvent: 'submit' | 'click', done: Done) {
  await page.evaluate(
    ([event, until]) => {
      const w = window as unknown as { benchStart?: number; benchEnd?: number }
      w.benchStart = undefined
      w.benchEnd = undefined
      const target =
        event === 'submit'
          ? document.querySelector('form[role=search]')
          : document.querySelector('nav[aria-label=Pagination]')
      target?.addEventListener(event, () => (w.benchStart = performance.now()), {
        capture: true,
        once: true,
      })
      const reached = () =>
        'firstBorrower' in until
          ? document.querySelector('tbody tr:first-child td:nth-child(4)')?.textContent ===
            until.firstBorrower
          : document.querySelector('.page-status')?.textContent === until.pageStatus
      const observer = new MutationObserver(() => {
        if (w.benchStart === undefined || !reached()) return
        observer.disconnect()
        requestAnimationFrame(() => setTimeout(() => (w.benchEnd = performance.now())))
      })
      observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    },
    [startEvent, done] as const,
  )
}

async function readTimer(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { benchEnd?: number }).benchEnd !== undefined,
  )
  return page.evaluate(() => {
    const w = window as unknown as { benchStart: number; benchEnd: number }
    return w.benchEnd - w.benchStart
  })
}

async function timeSearch(page: Page, borrower: string): Promise<number> {
  await page.getByLabel('Borrower ID').fill(borrower)
  await armPaintTimer(page, 'submit', { firstBorrower: borrower })
  await page.getByRole('button', { name: 'Search' }).click()
  return readTimer(page)
}

async function timeNextPage(page: Page, expected: number): Promise<number> {
  const status = (await page.locator('.page-status').textContent()) ?? ''
  await armPaintTimer(page, 'click', {
    pageStatus: status.replace(/^Page \d+/, `Page ${expected}`),
  })
  await page.getByRole('button', { name: 'Next page' }).click()
  return readTimer(page)
}

function report(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN
  console.log(
    `${label.padEnd(58)} p50 ${at(0.5).toFixed(1).padStart(6)} ms   p95 ${at(0.95).toFixed(1).padStart(6)} ms   (n=${samples.length})`,
  )
}
