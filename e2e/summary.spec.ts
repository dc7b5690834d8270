import type { Locator, Page, Route } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'

// The summary and the calls-per-day chart, checked against counts made here through the API.
// The browser runs in UTC (playwright.config.ts), so the dashboard's days are UTC days.

/** April and May 2026: some thousands of calls, fewer than 5,000, so summarised unasked. */
const SPRING = { startdate: '2026-04-01', enddate: '2026-05-31' }
const SPRING_API = { startdate: '2026-04-01T00:00:00.000Z', enddate: '2026-05-31T23:59:59.999Z' }

type Counted = {
  total: number
  contacted: number
  attempted: number
  borrowers: number
  /** Calls per UTC day and status. */
  perDay: Map<string, Map<string, number>>
}

/** Every call of a result, paged through by hand at 500 a page, counted in plain loops. */
async function countThroughApi(
  api: {
    page(q: Record<string, string>): Promise<{
      data: { callStatus: string; borrowerId: string; callTimestamp: string }[]
      paging: { links: { next: string | null } }
    }>
  },
  query: Record<string, string>,
): Promise<Counted> {
  const counted: Counted = { total: 0, contacted: 0, attempted: 0, borrowers: 0, perDay: new Map() }
  const borrowers = new Set<string>()
  for (let offset = 0; ; offset += 500) {
    const page = await api.page({ ...query, offset: String(offset), limit: '500' })
    for (const call of page.data) {
      counted.total++
      if (call.callStatus === 'Contacted') counted.contacted++
      if (call.callStatus === 'Attempted') counted.attempted++
      borrowers.add(call.borrowerId)
      const day = new Date(call.callTimestamp).toISOString().slice(0, 10)
      const statuses = counted.perDay.get(day) ?? new Map<string, number>()
      statuses.set(call.callStatus, (statuses.get(call.callStatus) ?? 0) + 1)
      counted.perDay.set(day, statuses)
    }
    if (!page.paging.links.next) break
  }
  counted.borrowers = borrowers.size
  return counted
}

/** The summary's page from offset 2,000 of the unfiltered result (the table pages by 20). */
const isHeldPage = (url: URL) =>
  url.pathname.endsWith('/calls') &&
  url.searchParams.get('offset') === '2000' &&
  url.searchParams.get('limit') === '500' &&
  !url.searchParams.has('startdate')

const summaryOf = (page: Page) => page.getByRole('region', { name: 'Summary' })
/** The value beside a term of the summary's figures. */
const figure = (summary: Locator, term: string) =>
  summary
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
const number = (n: number) => n.toLocaleString('en-US')
const rate = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`

async function expectFigures(summary: Locator, counted: Counted) {
  await expect(figure(summary, 'Total calls')).toHaveText(number(counted.total), {
    timeout: 60_000,
  })
  await expect(figure(summary, 'Contacted')).toHaveText(number(counted.contacted))
  await expect(figure(summary, 'Attempted')).toHaveText(number(counted.attempted))
  await expect(figure(summary, 'Contact rate')).toHaveText(rate(counted.contacted, counted.total))
  await expect(figure(summary, 'Distinct borrowers')).toHaveText(number(counted.borrowers))
}

test('a result of some thousands: figures and calls per day equal a count through the API', async ({
  page,
  api,
}) => {
  test.setTimeout(90_000)
  const counted = await countThroughApi(api, SPRING_API)
  expect(counted.total).toBeGreaterThan(1000)
  expect(counted.total).toBeLessThanOrEqual(5000)

  await page.goto(`/?${new URLSearchParams(SPRING).toString()}`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const summary = summaryOf(page)
  await expectFigures(summary, counted)
  const chart = summary.getByRole('figure', { name: 'Calls per day' })
  await expect(chart).toBeVisible()
  await expect(chart).toContainText('Apr 1, 2026 to May 31, 2026, 61 days in UTC')
  await expectNoAxeViolations(page)

  const toggle = chart.getByRole('button', { name: 'Show as table' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(toggle).toBeFocused()
  const table = chart.getByRole('table', { name: /^Calls per day/ })
  const headers = await table.locator('thead th').allTextContents()
  expect(headers.slice(0, 3)).toEqual(['Day', 'Contacted', 'Attempted'])
  expect(headers.at(-1)).toBe('Total')
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')))
  // Every day of April and May, zero days included, each equal to the API's count for that day.
  expect(rows).toHaveLength(61)
  rows.forEach((cells, i) => {
    const day = new Date(Date.UTC(2026, 3, 1 + i)).toISOString().slice(0, 10)
    const statuses = counted.perDay.get(day) ?? new Map<string, number>()
    const expected = headers.slice(1, -1).map((status) => number(statuses.get(status) ?? 0))
    const dayTotal = [...statuses.values()].reduce((a, b) => a + b, 0)
    expect(cells).toEqual([day, ...expected, number(dayTotal)])
  })
  await expect(table.locator('tfoot td').last()).toHaveText(number(counted.total))
  await expectNoAxeViolations(page)

  // At 320 px the page does not scroll sideways: the table (and the chart) scroll inside.
  await page.setViewportSize({ width: 320, height: 800 })
  await toggle.click()
  await expect(chart.locator('svg').first()).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await expectNoAxeViolations(page)
})

test('above 5,000: "Compute summary" with a progress bar; Cancel keeps nothing; computing again gives the API count', async ({
  signedIn: page,
  api,
}) => {
  test.setTimeout(120_000)
  // Hold the summary's read at one page (the table pages by 20, so only the summary asks for this
  // one), so the progress bar is seen mid-read and Cancel lands before the end, every time.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const hold = async (route: Route) => {
    await held
    await route.continue().catch(() => undefined) // cancelled meanwhile: nothing to continue
  }
  await page.route(isHeldPage, hold)

  const summary = summaryOf(page)
  const compute = summary.getByRole('button', { name: 'Compute summary' })
  await expect(compute).toBeVisible({ timeout: 15_000 })
  await expect(summary).toContainText(/[\d,]+ calls match: above 5,000/)
  await expectNoAxeViolations(page)

  await compute.click()
  await expect(summary.getByRole('heading', { name: 'Summary' })).toBeFocused()
  const progress = summary.getByRole('progressbar')
  // Pages 0–1,999 are in; the page from 2,000 is held.
  await expect(progress).toHaveAttribute('value', '2000', { timeout: 30_000 })
  const max = Number(await progress.getAttribute('max'))
  expect(max).toBeGreaterThan(5000)
  await expect(summary.getByText(`Read 2,000 of the ${number(max)} matching calls`)).toBeVisible()
  await expectNoAxeViolations(page)

  await summary.getByRole('button', { name: 'Cancel' }).click()
  await expect(progress).toBeHidden()
  await expect(summary.getByRole('heading', { name: 'Summary' })).toBeFocused()
  await expect(summary.getByRole('status')).toHaveText('The summary was cancelled.')
  await expect(summary.getByRole('term')).toHaveCount(0)
  await expect(compute).toBeVisible()
  await expectNoAxeViolations(page)

  release()
  await page.unroute(isHeldPage, hold)
  const counted = await countThroughApi(api, {})
  expect(counted.total).toBe(max)
  await compute.click()
  await expectFigures(summary, counted)
  // Statuses other than the two known ones (the hostile borrower's) are counted too, by name.
  const others = await summary
    .getByRole('term')
    .filter({ hasText: /^Status “/ })
    .locator('xpath=following-sibling::dd[1]')
    .allTextContents()
  expect(others.reduce((sum, text) => sum + Number(text.replace(/,/g, '')), 0)).toBe(
    counted.total - counted.contacted - counted.attempted,
  )
  await expect(summary.getByRole('figure', { name: 'Calls per day' })).toBeVisible()
  await expectNoAxeViolations(page)
})
