import { dataRows, expect, expectNoAxeViolations, tabTo, test } from './support/fixtures'

// The e2e database's history ends at SEED_NOW (playwright.config.ts); the browser's clock is set to
// it, so "today" has calls. The browser runs in UTC.
const SEED_NOW = new Date('2026-06-15T18:00:00Z')

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(SEED_NOW)
})

const countLine = (n: number, first = 1, last = Math.min(n, 20)) =>
  `${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} calls`

test('the count above the table equals a count made through the API', async ({
  signedIn: page,
  api,
}) => {
  const all = await api.count({})
  await expect(page.getByRole('status').filter({ hasText: countLine(all) })).toBeVisible()

  await page.getByLabel('From').fill('2026-03-01')
  await page.getByLabel('To', { exact: true }).fill('2026-03-31')
  await page.getByRole('button', { name: 'Search' }).click()
  const march = await api.count({
    startdate: '2026-03-01T00:00:00.000Z',
    enddate: '2026-03-31T23:59:59.999Z',
  })
  await expect(page.getByText(countLine(march), { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page.getByText(countLine(march, 21, 40), { exact: true })).toBeVisible()
})

// Worked out by hand for 2026-06-15 in UTC.
const PRESETS = [
  ['Today', '2026-06-15', '2026-06-15'],
  ['Last 7 days', '2026-06-09', '2026-06-15'],
  ['Last 30 days', '2026-05-17', '2026-06-15'],
  ['This month', '2026-06-01', '2026-06-15'],
] as const

for (const [preset, from, to] of PRESETS)
  test(`"${preset}" fills From and To, searches, and puts its dates in the URL`, async ({
    signedIn: page,
    api,
  }) => {
    // Another filter typed but not yet searched goes along with the preset.
    await page.getByLabel('Phone number').fill('')
    await page
      .getByRole('group', { name: 'Quick ranges' })
      .getByRole('button', { name: preset })
      .click()
    // The preset's dates, and the zone they were read in (a link carries it).
    await expect(page).toHaveURL(new RegExp(`[?&]startdate=${from}&enddate=${to}&tz=UTC$`))
    await expect(page.getByLabel('From')).toHaveValue(from)
    await expect(page.getByLabel('To', { exact: true })).toHaveValue(to)
    const expected = await api.count({
      startdate: `${from}T00:00:00.000Z`,
      enddate: `${to}T23:59:59.999Z`,
    })
    expect(expected).toBeGreaterThan(0)
    await expect(page.getByText(countLine(expected), { exact: true })).toBeVisible()
    await expectNoAxeViolations(page)
  })

test('Go to page jumps to a typed page, and refuses one out of range with a message', async ({
  signedIn: page,
  api,
}) => {
  const total = await api.count({})
  const pages = Math.ceil(total / 20)
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pagination.getByText(`Page 1 of ${pages.toLocaleString('en-US')}`)).toBeVisible()
  const field = pagination.getByLabel('Go to page')

  await field.fill(String(pages + 1))
  await field.press('Enter')
  await expect(field).toHaveAccessibleDescription(
    `There are ${pages.toLocaleString('en-US')} pages: enter 1 to ${pages.toLocaleString('en-US')}.`,
  )
  await expect(field).toHaveValue(String(pages + 1))
  await expectNoAxeViolations(page)

  await field.fill('7')
  await field.press('Enter')
  await expect(pagination.getByText(`Page 7 of ${pages.toLocaleString('en-US')}`)).toBeVisible()
  await expect(page).toHaveURL(/[?&]page=7$/)
  await expect(page.getByText(countLine(total, 121, 140), { exact: true })).toBeVisible()
  await expect(dataRows(page)).toHaveCount(20)
  await expect(field).toBeFocused()
})

test('Rows per page on a large result: the pager goes while the new size loads, focus does not fall to the body', async ({
  signedIn: page,
}) => {
  const size = page.getByLabel('Rows per page')
  await size.focus()
  await size.selectOption('50')
  await expect(page).toHaveURL(/[?&]limit=50/)
  await expect(page.getByText(/^1–50 of [\d,]+ calls$/)).toBeVisible()
  // Either the select kept it, or (it was re-created) the results' heading took it.
  const focused = await page.evaluate(
    () => document.activeElement?.id || document.activeElement?.tagName,
  )
  expect(focused).not.toBe('BODY')
})

test('Next page shows the page drawn ahead of it, which was out of sight and out of reach until then', async ({
  signedIn: page,
  api,
}) => {
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pagination.getByText(/^Page 1 of/)).toBeVisible()
  const callIds = (rows: ReturnType<typeof page.locator>) =>
    rows
      .locator('button[data-call-id]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-call-id')).sort())
  const page2 = (await api.page({ offset: '20', limit: '20' })).data.map((c) => c.callId).sort()

  // Page 2, drawn once prefetched: in the document, but hidden from assistive technology, out of
  // reach of the keyboard and pointer (inert), and not in the accessible table.
  const ahead = page.locator('.page-slot[aria-hidden="true"]')
  await expect(ahead.locator('tbody tr')).toHaveCount(20)
  await expect(ahead).toHaveAttribute('inert', '')
  expect(await callIds(ahead)).toEqual(page2)
  await expect(dataRows(page)).toHaveCount(20)
  await expectNoAxeViolations(page)
  await ahead
    .locator('tbody tr')
    .first()
    .evaluate((row) => (row.dataset.drawnAhead = 'yes'))

  await pagination.getByRole('button', { name: 'Next page' }).click()
  await expect(pagination.getByText(/^Page 2 of/)).toBeVisible()
  // Its rows are the very ones drawn ahead, not drawn again; page 1 is now the hidden one.
  await expect(dataRows(page).first()).toHaveAttribute('data-drawn-ahead', 'yes')
  expect(await callIds(dataRows(page))).toEqual(page2)
  await expect(page.locator('.page-slot[aria-hidden="true"]')).toHaveAttribute('inert', '')
  // In reach by keyboard (tabbing on from the results' heading), and it opens.
  await page.getByRole('heading', { name: 'Calls', exact: true }).focus()
  const details = dataRows(page)
    .first()
    .getByRole('button', { name: /^View details/ })
  await tabTo(page, details)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(details).toBeFocused()
  await expectNoAxeViolations(page)
})

test('Next page stays under the pointer as the page number grows a digit', async ({
  signedIn: page,
}) => {
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  const next = pagination.getByRole('button', { name: 'Next page' })
  // Where Next sits in the pager (the page may scroll as it is clicked).
  const place = () =>
    next.evaluate((button) => {
      const at = button.getBoundingClientRect()
      const pager = (button.closest('nav') as Element).getBoundingClientRect()
      return { x: at.x - pager.x, y: at.y - pager.y }
    })
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/?page=99')
    await expect(pagination.getByText(/^Page 99 of/)).toBeVisible()
    const before = await place()
    await next.click()
    await expect(pagination.getByText(/^Page 100 of/)).toBeVisible()
    expect(await place(), `at ${width} px`).toEqual(before)
  }
})

test('a click on a row in the frame of a Next page swap opens no call of the page left', async ({
  signedIn: page,
}) => {
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await expect(page.locator('.page-slot[aria-hidden="true"] tbody tr')).toHaveCount(20)
  await expect(page.locator('.page-slot[aria-hidden="true"]')).toHaveAttribute('inert', '')
  // Next, then at once (the same task, before any frame) a click where row 3 was: hit-testing then
  // passes through the shown table (not in reach until its frame is painted) to the page left.
  const landed = await dataRows(page)
    .nth(2)
    .evaluate(async (row) => {
      row.scrollIntoView({ block: 'center' })
      const box = row.getBoundingClientRect()
      document.querySelector<HTMLElement>('nav[aria-label=Pagination] .page-next')?.click()
      await Promise.resolve() // React commits the click's update in a microtask
      const under = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      ;(under as HTMLElement | null)?.click()
      return under?.closest('.page-slot')?.getAttribute('aria-hidden') ?? 'outside'
    })
  // The click did land in the page left (else this test proves nothing)…
  expect(landed).toBe('true')
  await expect(pagination.getByText(/^Page 2 of/)).toBeVisible()
  // …and opened nothing (by the time the page left is out of reach, its click is long handled).
  await expect(page.locator('.page-slot[aria-hidden="true"]')).toHaveAttribute('inert', '')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).not.toHaveURL(/[?&]call=/)
})
