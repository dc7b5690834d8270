// Row 6 of `npm run bench`: Lighthouse 12.2.3 in Debian Chromium on the built dashboard served by
// the real server, signed out (the sign-in page) and signed in with the first page of results.
// Lighthouse drives a Puppeteer page so that signing in, as a user does, keeps the session: it
// lives in that tab's sessionStorage, which `disableStorageReset` leaves alone for the second audit.
import lighthouse from 'lighthouse'
import puppeteer, { type Page } from 'puppeteer-core'
import { findChromium } from '../scripts/chromium'
import type { BenchRow } from './report'

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const
type Scores = Record<(typeof CATEGORIES)[number], number>

async function audit(page: Page, url: string, keepSession: boolean) {
  const result = await lighthouse(
    url,
    {
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
      disableStorageReset: keepSession,
    },
    undefined,
    page,
  )
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { categories, audits } = result.lhr
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
  ) as Scores
  // What cost points, so the figure can be acted on.
  const lost = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => a.id)
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']
    .map((id) => `${id} ${audits[id]?.displayValue ?? '?'}`)
    .concat(`cumulative-layout-shift ${audits['cumulative-layout-shift']?.displayValue ?? '?'}`)
  // The elements behind a lost point: what shifted, which label did not match.
  const culprits = ['layout-shifts', 'label-content-name-mismatch'].flatMap((id) =>
    detailNodes(audits[id]?.details).map((node) => `${id}: ${node}`),
  )
  return { scores, lost, metrics, culprits }
}

/** The first few elements an audit's details name, as "selector <snippet>". */
function detailNodes(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
  return items.slice(0, 4).flatMap((item) => {
    const node = (item.node ?? item) as { selector?: string; snippet?: string }
    const score = typeof item.score === 'number' ? ` (${item.score.toFixed(3)})` : ''
    return node.snippet ? [`${node.selector ?? ''} ${node.snippet.slice(0, 120)}${score}`] : []
  })
}

const format = (s: Scores) => `${s.performance} / ${s.accessibility} / ${s['best-practices']}`
const meets = (s: Scores) =>
  s.performance >= 98 && s.accessibility === 100 && s['best-practices'] === 100

export async function lighthouseRow(
  origin: string,
  log: (line: string) => void,
): Promise<BenchRow> {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  try {
    const page = await browser.newPage()
    const signedOut = await audit(page, `${origin}/`, false)
    await page.goto(`${origin}/`)
    // The reference server prefills the demo credentials: signing in is one click.
    await page.locator('form button[type=submit]').click()
    await page.waitForSelector('table tbody tr')
    const signedIn = await audit(page, `${origin}/`, true)
    // The audit must have seen results, not the sign-in page again.
    const title = await page.title()
    if ((await page.$('table tbody tr')) === null)
      throw new Error(`the signed-in audit ended without results (page title "${title}")`)
    for (const [name, run] of [
      ['signed out', signedOut],
      ['signed in', signedIn],
    ] as const) {
      log(
        `lighthouse ${name}: ${format(run.scores)}; audits under 0.9: ${run.lost.join(', ') || 'none'}`,
      )
      log(`lighthouse ${name} metrics: ${run.metrics.join('; ')}`)
      for (const culprit of run.culprits) log(`lighthouse ${name} ${culprit}`)
    }
    log(`lighthouse signed-in page title: ${title}`)
    return {
      id: '6',
      name: 'Lighthouse 12.2.3 perf / a11y / best practices (mobile defaults), signed out; signed in',
      figure: `${format(signedOut.scores)}; ${format(signedIn.scores)}`,
      budget: '≥ 98 / 100 / 100',
      pass: meets(signedOut.scores) && meets(signedIn.scores),
    }
  } finally {
    await browser.close()
  }
}
