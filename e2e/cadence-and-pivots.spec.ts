import type { Page } from '@playwright/test'
import {
  dataRows,
  expect,
  expectNoAxeViolations,
  onlyCall,
  SAMPLE_LOAN_ID,
  searchByLoan,
  test,
} from './support/fixtures'

// The e2e server's end of history (playwright.config.ts); the seeded cadence borrowers are placed
// relative to it (server/db/cadence-rows.ts).
const SEED_NOW = Date.parse('2026-06-15T18:00:00Z')
const BROWSER_NOW = SEED_NOW + 5 * 60_000
const HOUR = 3_600_000
const AT_LIMIT = { borrower: '900000001', loan: '0cade000-0000-4000-8000-0000000000a1' }
const AT_LIMIT_OTHER_LOAN = '0cade000-0000-4000-8000-0000000000a2'
const WITHIN = { borrower: '900000003', loan: '0cade000-0000-4000-8000-0000000000c1' }

/** Signs in with the browser's clock at `now` (it runs on from there). */
async function signInAt(page: Page, now: number) {
  await page.clock.install({ time: new Date(now) })
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('table', { name: 'Calls', exact: true })).toBeVisible()
}

async function searchBorrower(page: Page, borrower: string) {
  await page.getByLabel('Borrower ID').fill(borrower)
  await page.getByRole('button', { name: 'Search' }).click()
}

const iso = (ms: number) => new Date(ms).toISOString()
/** The window (now − 168 h, now] through the API's own date filter: start and end inclusive. */
const windowQuery = (now: number) => ({ startdate: iso(now - 168 * HOUR + 1), enddate: iso(now) })

const cadenceOf = (page: Page) => page.getByRole('region', { name: 'Contact cadence' })
const loanItem = (page: Page, loanId: string) =>
  cadenceOf(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Loan ${loanId}` }) })
/** The value beside a term of a loan's figures. */
const detail = (item: ReturnType<typeof loanItem>, term: string) =>
  item
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')

test('cadence: the at-limit borrower, figures equal to the API count, and the limit lifting on time', async ({
  page,
  api,
}) => {
  await signInAt(page, BROWSER_NOW)
  const requests: string[] = []
  page.on('request', (r) => {
    const url = r.url()
    if (url.includes('/calltracking/calls') && url.includes(AT_LIMIT.borrower)) requests.push(url)
  })
  await searchBorrower(page, AT_LIMIT.borrower)
  await expect(page.getByRole('heading', { name: 'Contact cadence', level: 2 })).toBeVisible()
  // Said as well as shown: a screen reader hears the verdict without going to the section.
  await expect(cadenceOf(page).getByRole('status').first()).toHaveText(
    'Contact cadence: 1 of 2 loans at their limit.',
  )
  await expect(cadenceOf(page)).toContainText('An internal guardrail, not legal advice.')
  await cadenceOf(page).getByText('How it is counted').click()
  await expect(cadenceOf(page)).toContainText(
    'presumption of 12 CFR 1006.14(b)(2), which presumes harassment at more than 7 calls about one loan within 7 days, or a call within 7 days after a conversation',
  )

  const limited = loanItem(page, AT_LIMIT.loan)
  const inWindow = await api.page({ loanid: AT_LIMIT.loan, ...windowQuery(BROWSER_NOW) })
  expect(inWindow.data).toHaveLength(7)
  await expect(detail(limited, 'Calls in the last 7 days')).toContainText(
    `${inWindow.data.length} of 7`,
  )
  expect(inWindow.data.filter((c) => c.callStatus === 'Contacted')).toHaveLength(0)
  await expect(detail(limited, 'Last conversation')).toContainText('None in 7 days')
  // The oldest of the seven + 168 h: the moment the count drops to six.
  const oldest = Math.min(...inWindow.data.map((c) => Date.parse(c.callTimestamp)))
  expect(iso(oldest + 168 * HOUR)).toBe('2026-06-15T22:00:00.000Z')
  await expect(limited.getByText(/^At limit: next call after/)).toHaveText(
    'At limit: next call after Jun 15, 2026, 10:00:00 PM UTC',
  )

  const other = loanItem(page, AT_LIMIT_OTHER_LOAN)
  const otherCount = (await api.page({ loanid: AT_LIMIT_OTHER_LOAN, ...windowQuery(BROWSER_NOW) }))
    .data.length
  await expect(detail(other, 'Calls in the last 7 days')).toContainText(`${otherCount} of 7`)
  await expect(other.getByText('Within cadence')).toBeVisible()
  await expectNoAxeViolations(page)

  // Requests of the lookup: the page on screen (a first page that holds the whole result, so no
  // second read) and the cadence's one read of the look-back period.
  expect(requests, requests.join('\n')).toHaveLength(2)

  // Four hours on, the oldest call has left the window: the screen says so without a reload.
  await page.clock.fastForward('04:00:00')
  await expect(limited.getByText('Within cadence')).toBeVisible()
  await expect(detail(limited, 'Calls in the last 7 days')).toContainText(
    `${(await api.page({ loanid: AT_LIMIT.loan, ...windowQuery(BROWSER_NOW + 4 * HOUR) })).data.length} of 7`,
  )
})

test('cadence: a loan within 7 days of a conversation, and a borrower within cadence', async ({
  page,
  api,
}) => {
  await signInAt(page, BROWSER_NOW)
  await searchBorrower(page, '900000002')
  const talked = cadenceOf(page).getByRole('listitem')
  await expect(talked).toHaveCount(1)
  const calls = await api.page({ borrowerid: '900000002', ...windowQuery(BROWSER_NOW) })
  const talk = calls.data.find((c) => c.callStatus === 'Contacted')
  expect(talk?.callTimestamp).toBe('2026-06-13T15:00:00.000Z')
  await expect(detail(talked, 'Calls in the last 7 days')).toContainText(
    `${calls.data.length} of 7`,
  )
  await expect(detail(talked, 'Last conversation')).toContainText(
    'Jun 13, 2026, 3:00:00 PM UTC; 7 days after: Jun 20, 2026, 3:00:00 PM UTC',
  )
  await expect(talked.getByText(/^At limit/)).toHaveText(
    'At limit: next call after Jun 20, 2026, 3:00:00 PM UTC',
  )

  // By loan, for the borrower within cadence.
  await page.getByLabel('Borrower ID').fill('')
  await page.getByLabel('Loan ID').fill(WITHIN.loan)
  await page.getByRole('button', { name: 'Search' }).click()
  const within = loanItem(page, WITHIN.loan)
  const count = (await api.page({ loanid: WITHIN.loan, ...windowQuery(BROWSER_NOW) })).data.length
  expect(count).toBe(2)
  await expect(detail(within, 'Calls in the last 7 days')).toContainText(`${count} of 7`)
  await expect(within.getByText('Within cadence')).toBeVisible()
  await expectNoAxeViolations(page)

  // No cadence for a search by number alone: the rules count per loan.
  await page.getByLabel('Loan ID').fill('')
  await page.getByLabel('Phone number').fill('4025550703')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(dataRows(page)).toHaveCount(3)
  await expect(cadenceOf(page)).toHaveCount(0)
})

const drawerOf = (page: Page) => page.getByRole('dialog', { name: 'Call details' })
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name)

test('each pivot searches one value of the call; Back returns to the call', async ({
  signedIn: page,
  api,
}) => {
  await searchByLoan(page)
  const record = onlyCall(await api.page({ loanid: SAMPLE_LOAN_ID, offset: '1', limit: '1' }))
  await dataRows(page)
    .nth(1)
    .getByRole('button', { name: /^View details/ })
    .click()
  const drawer = drawerOf(page)
  await expect(drawer).toBeVisible()
  await expectNoAxeViolations(page)
  await expect.poll(() => urlParam(page, 'call')).toBe(record.callId)
  const callUrl = page.url()

  for (const [name, param, value] of [
    ['All calls for this borrower', 'borrowerid', record.borrowerId],
    ['All calls for this loan', 'loanid', record.loanId],
    ['All calls to this number', 'phonenumber', record.phoneNumber],
  ] as const) {
    await drawer.getByRole('button', { name }).click()
    await expect(drawer).toBeHidden()
    await expect.poll(() => [...new URL(page.url()).searchParams.keys()]).toEqual([param])
    await expect.poll(() => urlParam(page, param)).toBe(value)
    const total = (await api.all({ [param]: value })).length
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(
      `Page 1 of ${Math.ceil(total / 20)}`,
    )
    await expect(dataRows(page)).toHaveCount(Math.min(20, total))
    // Focus is on the page, never lost to the body.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY')

    await page.goBack()
    await expect(drawer).toBeVisible()
    await expect.poll(() => page.url()).toBe(callUrl)
    await expect(drawer.getByText(record.callId)).toBeVisible()
  }
})

test('Previous and Next call step through the result across a page boundary', async ({
  signedIn: page,
  api,
}) => {
  await searchByLoan(page)
  const [twentieth, twentyFirst] = (
    await api.page({ loanid: SAMPLE_LOAN_ID, offset: '19', limit: '2' })
  ).data
  await dataRows(page)
    .nth(19)
    .getByRole('button', { name: /^View details/ })
    .click()
  const drawer = drawerOf(page)
  await expect(drawer.getByText('Call 20 of 52')).toBeVisible()

  const next = drawer.getByRole('button', { name: 'Next call' })
  const previous = drawer.getByRole('button', { name: 'Previous call' })
  await next.click()
  await expect(drawer.getByText('Call 21 of 52')).toBeVisible()
  await expect.poll(() => urlParam(page, 'page')).toBe('2')
  await expect.poll(() => urlParam(page, 'call')).toBe(twentyFirst?.callId)
  await expect(drawer.getByText(twentyFirst?.callId ?? '-')).toBeVisible()
  await expect(next).toBeFocused()
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('Page 2 of 3')
  await expectNoAxeViolations(page)

  // The arrow keys do the same, from wherever focus is in the drawer.
  await page.keyboard.press('ArrowLeft')
  await expect(drawer.getByText('Call 20 of 52')).toBeVisible()
  await expect.poll(() => urlParam(page, 'page')).toBeNull()
  await expect.poll(() => urlParam(page, 'call')).toBe(twentieth?.callId)
  await expect(drawer).toBeVisible()

  // The very first call: Previous is disabled, and focus moves to Next rather than to the page.
  await dataRows(page)
    .first()
    .getByRole('button', { name: /^View details/ })
    .focus()
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await dataRows(page)
    .nth(1)
    .getByRole('button', { name: /^View details/ })
    .click()
  await expect(drawer.getByText('Call 2 of 52')).toBeVisible()
  await previous.click()
  await expect(drawer.getByText('Call 1 of 52')).toBeVisible()
  await expect(previous).toBeDisabled()
  await expect(next).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(drawer.getByText('Call 1 of 52')).toBeVisible()
})

test('Next call crosses into a page of a large result (page by page, not loaded whole)', async ({
  signedIn: page,
  api,
}) => {
  const first = await api.page({ offset: '20', limit: '1' })
  await dataRows(page)
    .nth(19)
    .getByRole('button', { name: /^View details/ })
    .click()
  const drawer = drawerOf(page)
  // Once the count is known (from the last page), the step still crosses into page 2.
  await expect(drawer.getByText(/^Call 20 of [\d,]+$/)).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(drawer.getByText(/^Call 21 of [\d,]+$/)).toBeVisible()
  await expect.poll(() => urlParam(page, 'page')).toBe('2')
  await expect.poll(() => urlParam(page, 'call')).toBe(onlyCall(first).callId)
  await expect(drawer.getByText(onlyCall(first).callId)).toBeVisible()
  // Closing returns focus to the row of the call shown last (on page 2), not the one that opened it.
  await page.keyboard.press('Escape')
  await expect(page.locator(`#results [data-call-id="${onlyCall(first).callId}"]`)).toBeFocused()
})
