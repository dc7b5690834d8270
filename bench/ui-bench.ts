// Rows 1–4 and 7 of `npm run bench`: the dashboard built by the bench (into a temp dir, not dist/)
// and served by the real server (server/main.ts) on loopback, in Debian Chromium.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page, type Request } from '@playwright/test'
import Database from 'better-sqlite3'
import { build } from 'vite'
import { findChromium } from '../scripts/chromium'
import { CALLS_URL_PATH } from '../src/contract'
import { BARE_SEARCH_PATH, writeBareSearchPage } from './bare-search-page'
import { buildHelloWorld } from './hello-baseline'
import { lighthouseRow } from './lighthouse-bench'
import { ms, notMeasured, percentile, type BenchRow } from './report'

const FRAME_MS = 1000 / 60
/** Counts as the pager writes them (src/lib/format-count.ts, outside the bench's project). */
const COUNT = new Intl.NumberFormat('en-US')
/** The demo session's tenant, as the dashboard sends it after "Sign in". */
const API_HEADERS = {
  Accept: 'application/json',
  Authorization: 'demo-access-token',
  TenantId: '314',
  ServicerId: '2',
}
/** A requestAnimationFrame callback this much after its frame's begin time ran on a busy thread. */
const LATE_FRAME_MS = 2
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
const PORT = Number(process.env.BENCH_PORT ?? 4319)
const ORIGIN = `http://127.0.0.1:${PORT}`

type Cleanup = (stop: () => void | Promise<void>) => void

export async function uiRows(dir: string, log: (line: string) => void, onCleanup: Cleanup) {
  const appDir = join(dir, 'app')
  await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } })
  writeBareSearchPage(appDir, API_HEADERS)
  const helloGzip = await buildHelloWorld(dir)
  const file = join(dir, 'ui.sqlite')
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_FILE: file,
      DASHBOARD_DIR: appDir,
      SEED_CALLS: process.env.UI_SEED_CALLS ?? '100000',
      SEED_NOW: '2026-06-15T18:00:00Z',
      CALLTRACKING_FAULTS: '',
      WORKERS: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  onCleanup(() => {
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
    args: ['--disable-gpu', '--disable-dev-shm-usage'],
  })
  onCleanup(() => browser.close())
  const page = await browser.newPage()
  const inFlight = new Set<Request>()
  let requestsSeen = 0
  page.on('request', (r) => {
    requestsSeen++
    inFlight.add(r)
  })
  page.on('requestfinished', (r) => inFlight.delete(r))
  page.on('requestfailed', (r) => inFlight.delete(r))
  /** No request of the page's on the wire, and none started during a frame and 50 ms after. */
  const networkIdle = async () => {
    const deadline = performance.now() + 30_000
    const stalled = () => {
      if (performance.now() > deadline)
        throw new Error(
          `no quiet moment in 30 s; on the wire: ${[...inFlight].map((r) => r.url()).join(', ') || 'nothing'}`,
        )
    }
    for (;;) {
      while (inFlight.size > 0) {
        stalled()
        await new Promise((r) => setTimeout(r, 5))
      }
      stalled()
      const seen = requestsSeen
      await quietMoment(page)
      if (inFlight.size === 0 && requestsSeen === seen) return
    }
  }
  // tsx keeps function names with an `__name` helper that does not exist inside the page.
  await page.addInitScript(`window.__name = (fn) => fn
    performance.setResourceTimingBufferSize(100000)
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.duration, e.startTime])
    }).observe({ type: 'longtask', buffered: true })
    new MutationObserver((_, observer) => {
      if (!document.querySelector('table tbody tr')) return
      window.__firstRowsAt = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })`)

  // 1. Every script fetched before the first search's rows are on screen, gzip, vs hello world.
  await page.goto(ORIGIN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('table', { name: 'Calls' }).locator('tbody tr').first().waitFor()
  // Asked for before the first row was in the page; a chunk the rows' own render asks for (a
  // lazy part shown with them) counts, one asked for once they are there (the drawer's, on a
  // pointer over the rows) does not.
  const scripts = await page.evaluate(() => {
    const rowsAt = (window as unknown as { __firstRowsAt: number }).__firstRowsAt
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= rowsAt)
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'))
  })
  const appGzip = scripts.reduce(
    (sum, p) => sum + gzipSync(readFileSync(join(appDir, p)), { level: 9 }).length,
    0,
  )
  log(`scripts before first rows: ${scripts.join(', ')}`)
  const jsRatio = appGzip / helloGzip

  // 2. Search → rows painted vs a bare fetch of the same URL from the same page, parsed as JSON.
  const db = new Database(file, { readonly: true })
  const borrowers = db
    .prepare(
      "SELECT DISTINCT borrowerId FROM calls WHERE tenantId = '314' AND servicerId = '2' AND rowid % 41 = 0 LIMIT 100",
    )
    .pluck()
    .all() as string[]
  if (borrowers.length < 100)
    throw new Error(
      `row 2 needs 100 borrowers (50 searches on each page); this seed has ${borrowers.length}`,
    )
  const [first, last] = db
    .prepare(
      "SELECT MIN(callTimestamp), MAX(callTimestamp) FROM calls WHERE tenantId = '314' AND servicerId = '2'",
    )
    .raw()
    .get() as [number, number]
  const span = ((last - first) / 86_400_000) | 0
  const perDay =
    (db
      .prepare("SELECT COUNT(*) FROM calls WHERE tenantId = '314' AND servicerId = '2'")
      .pluck()
      .get() as number) / span
  db.close()
  /** Searches alternating with bare fetches of the same URL, on borrowers `from`–`to` of the list. */
  const searchesAndFetches = async (from: number, to: number) => {
    const phases: SearchPhases[] = []
    const fetches: number[] = []
    for (const [i, borrower] of borrowers.slice(from, to).entries()) {
      // Alternate, each on a borrower not asked before (no count cached on the server either), and
      // each from a quiet page: a search's own follow-up requests (its whole result, its week's
      // calls) would otherwise still be on the wire, slowing the bare fetch after it.
      await networkIdle()
      if (i % 2 === 0) fetches.push(await timeBareFetch(page, borrower))
      else phases.push(await timeSearch(page, borrower))
    }
    const median = (f: (p: SearchPhases) => number) => percentile(phases.slice(3).map(f), 50)
    const at = (f: (p: SearchPhases) => number) => median(f).toFixed(1)
    return {
      count: phases.length - 3,
      painted: median((p) => p.painted),
      fetch: percentile(fetches.slice(3), 50),
      phases: `its task done ${at((p) => p.task)}; the next frame begins ${at((p) => p.firstFrameAt)}; response end ${at((p) => p.response)}; rows in the DOM ${at((p) => p.dom)}; the frame that paints them begins ${at((p) => p.paintFrameAt)}; painted ${at((p) => p.painted)}`,
    }
  }
  const search = await searchesAndFetches(0, 50)
  log(`searches, the median of each phase, ms from submit: ${search.phases}`)
  const searchBudget = 1.5 * search.fetch + FRAME_MS
  // Row 2's yardstick, printed: the same on a bare page (bench/bare-search-page.ts), other borrowers.
  await page.goto(`${ORIGIN}${BARE_SEARCH_PATH}`)
  const bare = await searchesAndFetches(50, 100)
  log(
    `a bare page's searches (bare fetch median ${ms(bare.fetch)}), the median of each phase: ${bare.phases}`,
  )

  // 4. An all-loaded result of 500–1,000 calls: render, then re-sort, with no long task > 50 ms.
  const days = Math.max(1, Math.floor(900 / perDay))
  const end = new Date(last)
  const start = new Date(last - (days - 1) * 86_400_000)
  const day = (d: Date) => d.toISOString().slice(0, 10)
  await page.goto(`${ORIGIN}/?startdate=${day(start)}&enddate=${day(end)}&limit=100`)
  await page.getByText(/^Sorting covers all [\d,]+ matching calls\.$/).waitFor()
  const wholeText = (await page.getByText(/^Sorting covers all/).textContent()) ?? ''
  for (const column of ['Borrower ID', 'Status', 'Call time']) {
    await page.locator('th button', { hasText: column }).click()
    await page.locator(`th[aria-sort=ascending], th[aria-sort=descending]`).first().waitFor()
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))))
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
  )
  const longest = Math.max(0, ...longTasks.map(([duration]) => duration))
  log(
    `row 4's long tasks, ms (at ms after the page's start): ${longTasks.map(([d, at]) => `${d.toFixed(0)} (at ${at.toFixed(0)})`).join(', ') || 'none'}`,
  )

  // 3 and 7. The large result: 400 Next page clicks, the first 20 timed (each after its page was
  // prefetched); the JS heap (after a forced GC) after page 1, after page 201 (the budget) and
  // after page 401, printed beside it: whether it still grows. Between 200 and 400 clicks it moved
  // by −0.2 to +0.9 MiB over a day's runs, mostly compiled code in the one snapshot diff taken
  // (docs/performance.md, row 7).
  await page.goto(ORIGIN)
  const pager = (await page.getByText(/^Page 1 of/).textContent()) ?? ''
  if (Number(pager.replace(/^Page 1 of /, '').replaceAll(',', '')) < 401)
    throw new Error(`rows 3 and 7 need 401 pages of all calls; this seed has "${pager}"`)
  const cdp = await page.context().newCDPSession(page)
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  // Page 1 as soon as its rows show, and page 1 settled: its next page prefetched and drawn ahead
  // (hidden), a frame later. The budget is judged on the settled page, the state the clicks start
  // from; the first figure is printed beside it (see docs/performance.md, row 7).
  const heapAtFirstRows = await heap()
  await waitForPrefetch(page, 20)
  await quietMoment(page)
  const heapFirst = await heap()
  const clicks: Timing[] = []
  let heapAfter = NaN
  for (let n = 2; n <= 401; n++) {
    // Asked before the quiet moment, so the server's work for the bench is not the click's.
    const firstCallId = n <= 21 ? await firstCallOfPage(n) : null
    await waitForPrefetch(page, (n - 1) * 20)
    await quietMoment(page)
    const t = await timeNextPage(page, n, firstCallId)
    if (n <= 21) clicks.push(t)
    if (n === 201) heapAfter = await heap()
  }
  const heapAfter400 = await heap()
  // Row 3's yardstick, on the same page and timer: a click that changes one word (a button the
  // bench adds). Playwright clicks just after a frame, so even this waits most of a frame interval
  // for the display's next one: click → painted has that wait as its floor, which is why row 3 is
  // judged on the first frame and on the time the page adds (docs/performance.md, row 3).
  const noops: Timing[] = []
  for (let n = 1; n <= 20; n++) noops.push(await timeNoopClick(page, n))
  await browser.close()

  // 6. Lighthouse, in a browser of its own, against the same server.
  // A Lighthouse failure costs its own row, not the rows already measured.
  const lighthouse = await lighthouseRow(ORIGIN, log).catch((error: unknown) =>
    notMeasured(
      '6',
      'Lighthouse perf / a11y / best practices',
      '≥ 98 / 100 / 100',
      `Lighthouse failed: ${error instanceof Error ? error.message : String(error)}`,
    ),
  )

  const added = (t: Timing) => t.total - t.wait
  const spread = (ts: Timing[], f: (t: Timing) => number) =>
    `${ms(Math.max(...ts.map(f)))} (${ms(percentile(ts.map(f), 50))})`
  const inFirstFrame = clicks.filter((c) => c.firstFrame).length
  const addedMax = Math.max(...clicks.map(added))
  // The issue's words read literally: click → painted itself ≤ 16.7 ms (printed, not judged).
  const literal = clicks.every((c) => c.total <= FRAME_MS) ? 'all' : 'not all'
  const perClick = (ts: Timing[]) =>
    ts
      .map(
        (c) =>
          `${c.total.toFixed(1)}−${c.wait.toFixed(1)}${c.late > LATE_FRAME_MS ? '*' : ''}${c.firstFrame ? '' : '!'}`,
      )
      .join(' ')
  const legend = `click → painted − the wait for the display, ms; * its frame ran late, so no wait counted; ! not in the first frame`
  log(`next-page clicks (${legend}): ${perClick(clicks)}`)
  log(
    `a click that relabels a button, same page and timer: adds ${spread(noops, added)}, click → painted ${spread(noops, (t) => t.total)}: ${perClick(noops)}`,
  )
  return {
    jsRow: {
      id: '1',
      name: 'JS before first results (gzip) vs bare React 19 hello world, same Vite',
      figure: `${(appGzip / 1024).toFixed(1)} kB / ${(helloGzip / 1024).toFixed(1)} kB = ${jsRatio.toFixed(2)}×`,
      budget: '≤ 1.6×',
      pass: jsRatio <= 1.6,
    },
    rows: [
      {
        id: '2',
        name: `Search → rows painted, median of ${search.count} (bare fetch+JSON median ${ms(search.fetch)}); the same on a bare page that only fetches and writes the rows`,
        figure: `${ms(search.painted)}; bare page ${ms(bare.painted)}`,
        budget: `≤ 1.5 × ${ms(search.fetch)} + 16.7 ms = ${ms(searchBudget)}`,
        pass: search.painted <= searchBudget,
      },
      {
        id: '3',
        name: "20 Next page clicks (prefetched): shown in the first frame after the click; time the page adds (click → painted, less the wait for the display's next frame), slowest (median); click → painted, slowest (median), and whether every one ≤ 16.7 ms; the same for a click that only relabels a button",
        figure: `${inFirstFrame} of ${clicks.length}; ${spread(clicks, added)}; click → painted ${spread(clicks, (t) => t.total)}, ${literal} ≤ 16.7 ms; relabel ${spread(noops, (t) => t.total)}`,
        budget: 'every one in the first frame, adding ≤ 16.7 ms',
        pass: inFirstFrame === clicks.length && addedMax <= FRAME_MS,
      },
      {
        id: '4',
        name: `Longest task: render + 3 re-sorts of a whole result (${wholeText.replace(/\D/g, '')} calls)`,
        figure: ms(longest),
        budget: 'no long task > 50 ms',
        pass: longest <= 50,
      },
    ] satisfies BenchRow[],
    lighthouseRow: lighthouse,
    memoryRow: {
      id: '7',
      name: 'JS heap after 200 Next page clicks vs after page 1 settled (after GC); vs page 1 as its rows show; after 400 clicks',
      figure: `${mib(heapAfter)} / ${mib(heapFirst)} = ${(heapAfter / heapFirst).toFixed(2)}×; vs ${mib(heapAtFirstRows)}: ${(heapAfter / heapAtFirstRows).toFixed(2)}×; after 400: ${mib(heapAfter400)} = ${(heapAfter400 / heapFirst).toFixed(2)}×`,
      budget: '≤ 1.5× after 200',
      pass: heapAfter / heapFirst <= 1.5,
    } satisfies BenchRow,
  }
}

async function timeBareFetch(page: Page, borrower: string): Promise<number> {
  const url = `${CALLS_URL_PATH}?borrowerid=${encodeURIComponent(borrower)}&offset=0&limit=20`
  return page.evaluate(
    async ([u, headers]) => {
      const start = performance.now()
      const res = await fetch(u, { credentials: 'omit', headers })
      await res.json()
      return performance.now() - start
    },
    [url, API_HEADERS] as const,
  )
}

async function waitForPrefetch(page: Page, offset: number) {
  await page.waitForFunction(
    (o) =>
      performance
        .getEntriesByType('resource')
        .some(
          (e) =>
            e.name.includes(`offset=${o}&limit=20`) &&
            (e as PerformanceResourceTiming).responseEnd > 0,
        ),
    offset,
  )
}

type Done =
  | { firstBorrower: string }
  | { pageStatus: string; firstCallId: string | null }
  | { noopLabel: string }

/** One timed interaction, in ms. */
type Timing = {
  /** From the event to the frame after the DOM shows the change (rAF, then a task: painted). */
  total: number
  /**
   * The wait for the display: from the end of the event's task (React's render included) to the
   * begin time of the first frame after it, during which the page could not paint anyway. Counted
   * only when that frame's rAF callback ran on time: a late one means the main thread was busy at
   * the frame's begin, and then none of the interval is taken as waiting. `total − wait` is the
   * time the page adds.
   */
  wait: number
  /** The first frame after the event already had the change. */
  firstFrame: boolean
  /** How late that frame's rAF callback ran after its begin time. */
  late: number
  /** From the event to the end of its task, and to the change in the DOM. */
  task: number
  dom: number
  /** From the event to the begin time of the first frame after it, and of the frame that painted. */
  firstFrameAt: number
  paintFrameAt: number
  /** The event's time (performance.now() of the page). */
  start: number
}

/** Where a search's time goes, ms from the form's submit event (row 2's log). */
type SearchPhases = {
  task: number
  response: number
  dom: number
  painted: number
  firstFrameAt: number
  paintFrameAt: number
}

/** Starts at the event; stops on the frame after the DOM shows `done` (rAF, then a task: painted). */
async function armPaintTimer(
  page: Page,
  startEvent: 'submit' | 'click',
  done: Done,
  clicked = 'nav[aria-label=Pagination]',
) {
  await page.evaluate(
    ([event, until, clickedOn]) => {
      const w = window as unknown as {
        benchStart?: number
        benchEnd?: number
        benchTaskEnd?: number
        benchDom?: number
        benchFrame?: { begin: number; late: number; hadIt: boolean }
        benchPaintFrame?: number
        benchDone?: Promise<void>
      }
      w.benchStart = undefined
      w.benchDom = undefined
      w.benchEnd = undefined
      w.benchTaskEnd = undefined
      w.benchFrame = undefined
      w.benchPaintFrame = undefined
      // Awaited by readTimer: polling for the end (every frame, by default) would run the
      // harness's own script inside the interval it measures.
      let done = () => {}
      w.benchDone = new Promise<void>((resolve) => (done = resolve))
      const reached = () =>
        'noopLabel' in until
          ? document.querySelector(clickedOn)?.textContent === until.noopLabel
          : 'firstBorrower' in until
            ? document.querySelector(
                '.page-slot:not([aria-hidden]) tbody tr:first-child td:nth-child(4)',
              )?.textContent === until.firstBorrower
            : document.querySelector('.page-status')?.textContent === until.pageStatus &&
              (until.firstCallId === null ||
                document
                  .querySelector(
                    '.page-slot:not([aria-hidden]) tbody tr:first-child [data-call-id]',
                  )
                  ?.getAttribute('data-call-id') === until.firstCallId)
      const target = document.querySelector(event === 'submit' ? 'form[role=search]' : clickedOn)
      target?.addEventListener(
        event,
        () => {
          w.benchStart = performance.now()
          // The first frame after the event: its begin time, and whether the change is in it.
          requestAnimationFrame(
            (begin) =>
              (w.benchFrame = { begin, late: performance.now() - begin, hadIt: reached() }),
          )
        },
        { capture: true, once: true },
      )
      // The last listener of the event's dispatch (added last, on window, for a trusted event
      // nothing stops): React has rendered and committed a discrete update in the microtasks after
      // its own listener, so this is the end of the event's work in its task.
      window.addEventListener(
        event,
        () => queueMicrotask(() => (w.benchTaskEnd = performance.now())),
        { once: true },
      )
      const observer = new MutationObserver(() => {
        if (w.benchStart === undefined || !reached()) return
        w.benchDom = performance.now()
        observer.disconnect()
        requestAnimationFrame((begin) => {
          w.benchPaintFrame = begin
          setTimeout(() => {
            w.benchEnd = performance.now()
            done()
          })
        })
      })
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['aria-hidden', 'data-call-id'],
      })
    },
    [startEvent, done, clicked] as const,
  )
}

async function readTimer(page: Page): Promise<Timing> {
  const t = await page.evaluate(async () => {
    const w = window as unknown as {
      benchStart: number
      benchEnd: number
      benchTaskEnd?: number
      benchDom: number
      benchFrame?: { begin: number; late: number; hadIt: boolean }
      benchPaintFrame: number
      benchDone: Promise<void>
    }
    // As waitForFunction did: a page whose rows never come fails the run after 30 s.
    let timer: ReturnType<typeof setTimeout> | undefined
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no rows painted within 30 s')), 30_000)
    })
    await Promise.race([w.benchDone, timedOut]).finally(() => clearTimeout(timer))
    return {
      start: w.benchStart,
      end: w.benchEnd,
      taskEnd: w.benchTaskEnd,
      dom: w.benchDom,
      frame: w.benchFrame,
      paintFrame: w.benchPaintFrame,
    }
  })
  if (t.taskEnd === undefined || t.frame === undefined)
    throw new Error(
      "the event's window listener or its first frame's rAF never ran (did something stop the event?)",
    )
  return {
    total: t.end - t.start,
    wait: t.frame.late > LATE_FRAME_MS ? 0 : Math.max(0, t.frame.begin - t.taskEnd),
    firstFrame: t.frame.hadIt,
    late: t.frame.late,
    task: t.taskEnd - t.start,
    dom: t.dom - t.start,
    firstFrameAt: t.frame.begin - t.start,
    paintFrameAt: t.paintFrame - t.start,
    start: t.start,
  }
}

async function timeSearch(page: Page, borrower: string): Promise<SearchPhases> {
  await page.getByLabel('Borrower ID').fill(borrower)
  await armPaintTimer(page, 'submit', { firstBorrower: borrower })
  await page.getByRole('button', { name: 'Search' }).click()
  const t = await readTimer(page)
  // The page's own request for these rows (Resource Timing; read after, not timed).
  const responseEnd = await page.evaluate(
    (b) =>
      (
        performance
          .getEntriesByType('resource')
          .filter(
            (e) =>
              new RegExp(`[?&]borrowerid=${b}&`).test(e.name) &&
              /[?&]offset=0&limit=20(&|$)/.test(e.name) &&
              (e as PerformanceResourceTiming).responseEnd > 0,
          )
          .at(-1) as PerformanceResourceTiming | undefined
      )?.responseEnd,
    borrower,
  )
  if (responseEnd === undefined) throw new Error(`no answered request for borrower ${borrower}`)
  return {
    task: t.task,
    response: responseEnd - t.start,
    dom: t.dom,
    painted: t.total,
    firstFrameAt: t.firstFrameAt,
    paintFrameAt: t.paintFrameAt,
  }
}

/** A frame and 50 ms for the page to take in what just arrived, as a user's click would give it. */
async function quietMoment(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))))
}

/** Times a click on a button the bench adds, which only counts its clicks in its label. */
async function timeNoopClick(page: Page, n: number): Promise<Timing> {
  await page.evaluate(() => {
    if (document.getElementById('bench-noop')) return
    const button = document.createElement('button')
    button.id = 'bench-noop'
    button.textContent = 'Clicked 0'
    button.addEventListener('click', () => {
      button.textContent = `Clicked ${Number(button.textContent?.split(' ')[1]) + 1}`
    })
    document.querySelector('h1')?.after(button)
  })
  await quietMoment(page)
  await armPaintTimer(page, 'click', { noopLabel: `Clicked ${n}` }, '#bench-noop')
  await page.locator('#bench-noop').click()
  return readTimer(page)
}

/** The first call of page `n` (20 a page, no filters), asked of the API by the bench itself. */
async function firstCallOfPage(n: number): Promise<string> {
  const res = await fetch(`${ORIGIN}${CALLS_URL_PATH}?offset=${(n - 1) * 20}&limit=20`, {
    headers: API_HEADERS,
  })
  const body = (await res.json()) as { data: { callId: string }[] }
  const first = body.data[0]?.callId
  if (!first) throw new Error(`page ${n} of all calls is empty (HTTP ${res.status})`)
  return first
}

/** Times a Next page click: done when the status names the page and, if given, its first row shows. */
async function timeNextPage(
  page: Page,
  expected: number,
  firstCallId: string | null,
): Promise<Timing> {
  const status = (await page.locator('.page-status').textContent()) ?? ''
  await armPaintTimer(page, 'click', {
    pageStatus: status.replace(/^Page [\d,]+/, `Page ${COUNT.format(expected)}`),
    firstCallId,
  })
  await page.getByRole('button', { name: 'Next page' }).click()
  return readTimer(page)
}
