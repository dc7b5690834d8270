import {
  dataRows,
  expect,
  lastPageNumber as lastPageNumberOf,
  SAMPLE_LOAN_ID,
  searchByLoan,
  test,
} from './support/fixtures'

test('reload restores the view; Back and Forward step through searches and pages', async ({
  signedIn: page,
}) => {
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await searchByLoan(page)
  await page.getByLabel('Rows per page').selectOption('10')
  await pagination.getByRole('button', { name: 'Next page' }).click()
  await expect(pagination.getByText('Page 2 of 6')).toBeVisible()
  await page.getByRole('columnheader', { name: 'Status' }).getByRole('button').click()
  // The address bar is written just after the frame that shows the new order.
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('callStatus.asc')
  const sortedUrl = page.url()

  await page.reload()
  await expect(page.getByRole('table', { name: 'Calls', exact: true })).toBeVisible()
  await expect.poll(() => page.url()).toBe(sortedUrl)
  await expect(page.getByLabel('Loan ID')).toHaveValue(SAMPLE_LOAN_ID)
  await expect(page.getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  await expect(dataRows(page)).toHaveCount(10)

  await page.goBack() // undo the sort
  await expect(page.getByRole('columnheader', { name: 'Call time' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(pagination.getByText('Page 2 of 6')).toBeVisible()
  await page.goBack() // page 2 → 1
  await expect(pagination.getByText('Page 1 of 6')).toBeVisible()
  await page.goBack() // rows per page 10 → 20
  await expect(pagination.getByText('Page 1 of 3')).toBeVisible()
  await page.goBack() // the search itself
  await expect(page.getByLabel('Loan ID')).toHaveValue('')
  await page.goForward()
  await expect(page.getByLabel('Loan ID')).toHaveValue(SAMPLE_LOAN_ID)
  await expect(pagination.getByText('Page 1 of 3')).toBeVisible()
})

test('a new search resets to page 1 and keeps rows per page', async ({ signedIn: page }) => {
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await page.getByLabel('Rows per page').selectOption('50')
  await pagination.getByRole('button', { name: 'Next page' }).click()
  await expect(pagination.getByText(/^Page 2 of/)).toBeVisible()
  await page.getByLabel('Loan ID').fill(SAMPLE_LOAN_ID)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(pagination.getByText('Page 1 of 2')).toBeVisible()
  await expect(page.getByLabel('Rows per page')).toHaveValue('50')
})

test('a bad filter gets an inline message, sends nothing and keeps what was typed', async ({
  signedIn: page,
}) => {
  let sent = 0
  page.on('request', (r) => {
    if (r.url().includes('/calltracking/calls')) sent++
  })
  await page.getByLabel('Loan ID').fill('2c809e08-a5ba')
  await page.getByLabel('From').fill('2026-05-02')
  await page.getByLabel('To', { exact: true }).fill('2026-05-01')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByLabel('Loan ID')).toHaveAccessibleDescription(/Loan ID must be a GUID/)
  await expect(page.getByLabel('From')).toHaveAccessibleDescription('From must be on or before To.')
  await expect(page.getByLabel('Loan ID')).toHaveValue('2c809e08-a5ba')
  await expect(page.getByLabel('Loan ID')).toBeFocused()
  expect(sent).toBe(0)
})

test('Back to a deep page of a large result lands on that page, not on the last page of the search before', async ({
  signedIn: page,
  api,
}) => {
  const m = lastPageNumberOf(await api.page({}))
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await page.goto('/?page=5')
  await expect(pagination.getByText(`Page 5 of ${m}`)).toBeVisible()
  await page.getByLabel('Loan ID').fill(SAMPLE_LOAN_ID)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(pagination.getByText('Page 1 of 3')).toBeVisible()
  // Signing out and in clears the cache, so going Back must fetch page 5 afresh while the loan's
  // (3-page) result is still on screen.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(pagination.getByText('Page 1 of 3')).toBeVisible()
  await page.goBack()
  await expect(pagination.getByText(`Page 5 of ${m}`)).toBeVisible()
  await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('5')
})
