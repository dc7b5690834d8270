import { dataRows, expect, SAMPLE_LOAN_ID, searchByLoan, test } from './support/fixtures'

test('sort by Call time and by Status across the whole (small) result', async ({
  signedIn: page,
  api,
}) => {
  await searchByLoan(page)
  await expect(page.getByText('Sorting covers all 52 matching calls.')).toBeVisible()
  const all = await api.all({ loanid: SAMPLE_LOAN_ID })
  const callTime = page.getByRole('columnheader', { name: 'Call time' })
  const status = page.getByRole('columnheader', { name: 'Status' })
  await expect(callTime).toHaveAttribute('aria-sort', 'descending')
  await expect(status).toHaveAttribute('aria-sort', 'none')
  const firstId = () =>
    dataRows(page)
      .first()
      .getByRole('button', { name: /^View details/ })

  // Oldest first: the oldest of all 52 calls heads page 1, not just the oldest of page 1.
  await callTime.getByRole('button').click()
  await expect(callTime).toHaveAttribute('aria-sort', 'ascending')
  await expect(firstId()).toHaveAttribute('data-call-id', all[all.length - 1]?.callId ?? '')
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('callTimestamp.asc')

  await status.getByRole('button').click()
  await expect(status).toHaveAttribute('aria-sort', 'ascending')
  await expect(callTime).toHaveAttribute('aria-sort', 'none')
  const attempted = all.filter((c) => c.callStatus === 'Attempted').length
  // Every Attempted call comes before every Contacted one, across pages.
  const statuses = async () => dataRows(page).locator('.badge').allTextContents()
  expect(await statuses()).toEqual(Array(20).fill('Attempted'))
  await page.getByLabel('Rows per page').selectOption('100')
  // A page of more than 20 rows is drawn in the background, a frame or two after the choice.
  await expect(dataRows(page)).toHaveCount(all.length)
  const everything = await statuses()
  expect(everything.indexOf('Contacted')).toBe(attempted)
  expect(everything.slice(attempted).every((s) => s === 'Contacted')).toBe(true)

  await status.getByRole('button').click()
  await expect(status).toHaveAttribute('aria-sort', 'descending')
  await expect(dataRows(page).locator('.badge').first()).toHaveText('Contacted')
})

test('on a large result the sort covers the page, and the table says so', async ({
  signedIn: page,
}) => {
  const note = page.getByText(/sorting applies to this page only/)
  await expect(note).toBeVisible()
  // The note describes the table (aria-describedby), so screen readers hear it with the headers.
  await expect(page.getByRole('table', { name: 'Calls', exact: true })).toHaveAccessibleDescription(
    /sorting applies to this page only/,
  )
  const status = page.getByRole('columnheader', { name: 'Status' })
  await status.getByRole('button').click()
  await expect(status).toHaveAttribute('aria-sort', 'ascending')
  const statuses = await dataRows(page).locator('.badge').allTextContents()
  expect([...statuses].sort()).toEqual(statuses)
})
