import { readFileSync } from 'node:fs'
import type { Page, Route } from '@playwright/test'
import Papa from 'papaparse'
import { CALLS_URL_PATH } from '../src/contract'
import { expect, expectNoAxeViolations, test } from './support/fixtures'

// Export CSV against the real server. A failure comes from the server's own fault injection, asked
// for per request with its x-calltracking-fault header (added to one export request by page.route):
// unlike POST /__faults it is not global, so it cannot reach, or be cleared by, e2e/faults.spec.ts
// running beside this file. The cancel test holds one request instead (see there).

const DEMO_HEADERS = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }
const FAULT_HEADER = 'x-calltracking-fault'
const VENDOR_COLUMNS = [
  'callId',
  'tenantId',
  'servicerId',
  'loanId',
  'borrowerId',
  'phoneNumber',
  'callStatus',
  'callTimestamp',
  'createdDate',
  'updatedDate',
  'updatedBy',
  'createdBy',
] as const
type ApiCall = Record<(typeof VENDOR_COLUMNS)[number], string>

/** A search (days in UTC: the browser runs in UTC) and the same days as the API's instants. */
function range(from: string, to: string) {
  return {
    url: `/?startdate=${from}&enddate=${to}`,
    query: { startdate: `${from}T00:00:00.000Z`, enddate: `${to}T23:59:59.999Z` },
  }
}

/** Every call of a result, read page by page through the API, as the test's own reference. */
async function readAll(page: Page, query: Record<string, string>): Promise<ApiCall[]> {
  const calls: ApiCall[] = []
  for (let offset = 0; ; offset += 100) {
    const params = new URLSearchParams({ ...query, offset: String(offset), limit: '100' })
    const res = await page.request.get(`${CALLS_URL_PATH}?${params.toString()}`, {
      headers: DEMO_HEADERS,
    })
    expect(res.status()).toBe(200)
    const body = (await res.json()) as {
      data: ApiCall[]
      paging: { links: { next: string | null } }
    }
    calls.push(...body.data)
    if (body.paging.links.next === null) return calls
  }
}

/** What the file should hold for a call: UTC ISO times, then the call time in UTC (the zone). */
function expectedRow(call: ApiCall): string[] {
  const iso = (value: string) => new Date(value).toISOString()
  return [
    ...VENDOR_COLUMNS.map((c) =>
      c === 'callTimestamp' || c === 'createdDate' || c === 'updatedDate' ? iso(call[c]) : call[c],
    ),
    iso(call.callTimestamp).replace('Z', '+00:00'),
  ]
}

const FORMULA = /^[=+\-@\t\r]/
/** A cell as a spreadsheet-safe export writes it: a formula gets a leading apostrophe. */
const neutralised = (value: string) => (FORMULA.test(value) ? `'${value}` : value)

async function signIn(page: Page, url: string) {
  await page.goto(url)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(
    page.getByRole('table', { name: 'Calls', exact: true }).locator('tbody tr').first(),
  ).toBeVisible()
}

/** Exports and returns the file: its name, its raw bytes and its rows as papaparse reads them. */
async function exportFile(page: Page) {
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const file = await download
  const bytes = readFileSync(await file.path())
  const text = bytes.toString('utf8')
  return {
    name: file.suggestedFilename(),
    bytes,
    text,
    rows: Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data,
  }
}

/** Adds a fault to the export's requests (pages of 500) at `offset`, for this page only. */
async function faultExportPage(page: Page, offset: number, fault: string) {
  await page.route('**/calltracking/calls?**', (route: Route) => {
    const params = new URL(route.request().url()).searchParams
    if (params.get('limit') !== '500' || params.get('offset') !== String(offset))
      return route.continue()
    return route.continue({ headers: { ...route.request().headers(), [FAULT_HEADER]: fault } })
  })
}

const exportRegion = (page: Page) => page.getByRole('region', { name: 'Calls' })

test('exports every call of a multi-page result, row for row as the API gives them', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const q4 = range('2025-10-01', '2025-12-31')
  const expected = await readAll(page, q4.query)
  expect(expected.length).toBeGreaterThanOrEqual(1200)
  const scripts: string[] = []
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname)
  })
  await signIn(page, q4.url)
  // The CSV code (papaparse with it) is not part of the first load: it comes on the click.
  const isExportChunk = (path: string) => path.includes('export-calls-csv')
  expect(scripts.filter(isExportChunk)).toEqual([])
  const count = expected.length.toLocaleString('en-US')
  const button = page.getByRole('button', { name: 'Export CSV' })
  // The scope is said before anything starts, with the exact total.
  await expect(button).toHaveAccessibleDescription(
    `Export all ${count} calls matching these filters`,
  )
  await expectNoAxeViolations(page)

  const file = await exportFile(page)
  expect(file.name).toBe('calls_all_2025-10-01_2025-12-31.csv')
  expect(scripts.filter(isExportChunk)).toHaveLength(1)
  // UTF-8 with a BOM, CRLF lines.
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(file.text.endsWith('\r\n')).toBe(true)
  expect(file.rows[0]).toEqual([...VENDOR_COLUMNS, 'callTimestamp (UTC)'])
  expect(file.rows).toHaveLength(expected.length + 1)
  for (const [i, call] of expected.entries()) expect(file.rows[i + 1]).toEqual(expectedRow(call))

  await expect(exportRegion(page).getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
    `Exported ${count} calls to calls_all_2025-10-01_2025-12-31.csv.`,
  )
  await expect(page.getByRole('progressbar')).toBeHidden()
  await expect(button).toBeFocused()
  await expectNoAxeViolations(page)
})

test('formula cells are neutralised: the hostile rows export with a leading apostrophe', async ({
  page,
}) => {
  const expected = await readAll(page, { borrowerid: 'hostile-borrower' })
  const formulas = expected.filter((c) => c.createdBy.startsWith('='))
  expect(formulas.length).toBeGreaterThan(0)
  await signIn(page, '/?borrowerid=hostile-borrower')
  const file = await exportFile(page)
  const today = new Date().toISOString().slice(0, 10)
  expect(file.name).toBe(`calls_borrower-hostile-borrower_${today}.csv`)

  expect(file.rows.slice(1)).toEqual(expected.map((call) => expectedRow(call).map(neutralised)))
  // The seeded DDE formula, exactly: quoted, with the apostrophe inside the quotes.
  expect(file.text).toContain(`"'=cmd|' /C calc'!A0"`)
  expect(file.text).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`)
  expect(file.text).toContain(`"'@SUM(1+1)*cmd|' /C calc'!A0"`)
  // Nothing in the file starts a cell with a formula character.
  for (const row of file.rows) for (const cell of row) expect(cell).not.toMatch(FORMULA)
})

test('Cancel mid-export stops the reads and says so; focus returns to Export CSV', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const q3 = range('2025-07-01', '2025-09-30')
  // The export's second page is held (not answered) for as long as the test needs: the first page
  // is written, then the export waits. A latency fault would not do here: the server gives up on a
  // request after 10 s, and on a busy machine axe alone can take that long. The deployment's own
  // setting lifts the client's 15 s limit, so only Cancel can end the held request.
  await page.route('**/config.json', async (route: Route) => {
    const response = await route.fetch()
    const config = (await response.json()) as Record<string, unknown>
    await route.fulfill({ response, json: { ...config, requestTimeoutMs: 300_000 } })
  })
  await page.route('**/calltracking/calls?**', (route: Route) => {
    const params = new URL(route.request().url()).searchParams
    if (params.get('limit') === '500' && params.get('offset') === '500') return
    return route.continue()
  })
  const aborted: string[] = []
  page.on('requestfailed', (req) => aborted.push(new URL(req.url()).search))
  let downloads = 0
  page.on('download', () => downloads++)
  await signIn(page, q3.url)
  const total = await readAll(page, q3.query)

  await page.getByRole('button', { name: 'Export CSV' }).click()
  const bar = page.getByRole('progressbar', { name: 'Export progress' })
  await expect(bar).toHaveAttribute('value', '500')
  await expect(bar).toHaveAttribute('max', String(total.length))
  await expect(page.getByText(`500 of ${total.length.toLocaleString('en-US')}`)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export CSV' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await expectNoAxeViolations(page)

  expect(aborted).toEqual([])
  // The export's own Cancel (the summary may be reading, with a Cancel of its own).
  await exportRegion(page).getByRole('button', { name: 'Cancel' }).click()
  await expect(exportRegion(page).getByRole('status').filter({ hasText: 'Export' })).toHaveText(
    'Export cancelled: no file was saved.',
  )
  await expect(bar).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Export CSV' })).not.toHaveAttribute(
    'aria-disabled',
  )
  // Cancel abandoned the held request (nothing else could have: no limit is near).
  await expect.poll(() => aborted.some((q) => q.includes('offset=500&limit=500'))).toBe(true)
  await expectNoAxeViolations(page)
  expect(downloads).toBe(0)
})

test('a failed page: the error says what failed, Try again exports the whole set', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const autumn = range('2025-09-01', '2025-11-30')
  await faultExportPage(page, 1000, 'status=500')
  let downloads = 0
  page.on('download', () => downloads++)
  await signIn(page, autumn.url)
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const alert = exportRegion(page).getByRole('alert')
  await expect(alert).toContainText(
    'Could not export the calls. The Call Tracking API could not answer (500).',
  )
  await expect(page.getByRole('progressbar')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeFocused()
  await expectNoAxeViolations(page)
  expect(downloads).toBe(0)

  await page.unrouteAll()
  const expected = await readAll(page, autumn.query)
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await alert.getByRole('button', { name: 'Try again' }).click()
  const file = await download
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeFocused()
  const rows = Papa.parse<string[]>(
    readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, ''),
    {
      skipEmptyLines: true,
    },
  ).data
  expect(rows.slice(1)).toEqual(expected.map(expectedRow))
  await expect(alert).toBeHidden()
})
