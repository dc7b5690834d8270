import {
  dataRows,
  expect,
  lastPageNumber,
  SAMPLE_LOAN_ID,
  searchByLoan,
  test,
} from './support/fixtures'

test('search by the doc sample loan: only its calls, on three pages that agree with the API', async ({
  signedIn: page,
  api,
}) => {
  await searchByLoan(page)
  const apiFirst = await api.page({ loanid: SAMPLE_LOAN_ID })
  expect(lastPageNumber(apiFirst)).toBe(3)
  const all = await api.all({ loanid: SAMPLE_LOAN_ID })

  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  const expectPage = async (n: number) => {
    await expect(pagination.getByText(`Page ${n} of 3`)).toBeVisible()
    const expected = all.slice((n - 1) * 20, n * 20).map((c) => c.loanId)
    await expect(dataRows(page)).toHaveCount(expected.length)
    // The table shows a GUID's first 8 characters; the whole value is its title.
    const loanCells = dataRows(page).locator('td.col-loanId code')
    await expect(loanCells).toHaveCount(expected.length)
    expect(
      await loanCells.evaluateAll((cells) => cells.map((c) => c.getAttribute('title'))),
    ).toEqual(expected)
  }
  await expectPage(1)
  // Page 2 is drawn ahead (hidden) from the whole result: its calls, in its order.
  const drawnAhead = page.locator('.page-slot[aria-hidden="true"] button[data-call-id]')
  await expect(drawnAhead).toHaveCount(20)
  expect(await drawnAhead.evaluateAll((b) => b.map((e) => e.getAttribute('data-call-id')))).toEqual(
    all.slice(20, 40).map((c) => c.callId),
  )
  await pagination.getByRole('button', { name: 'Next page' }).click()
  await expectPage(2)
  await pagination.getByRole('button', { name: 'Last page' }).click()
  await expectPage(3)
  await expect(pagination.getByRole('button', { name: 'Next page' })).toBeDisabled()
  await pagination.getByRole('button', { name: 'Previous page' }).click()
  await expectPage(2)
  await pagination.getByRole('button', { name: 'First page' }).click()
  await expectPage(1)
  await expect(pagination.getByRole('button', { name: 'Previous page' })).toBeDisabled()
})

test('a large result pages on the server: Page N of M from links.last, sorting says it covers the page', async ({
  signedIn: page,
  api,
}) => {
  const first = await api.page({})
  const m = lastPageNumber(first)
  expect(m).toBeGreaterThan(50)
  const pagination = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pagination.getByText(`Page 1 of ${m}`)).toBeVisible()
  await expect(
    page.getByText('More than 1,000 calls match, so sorting applies to this page only.', {
      exact: false,
    }),
  ).toBeVisible()

  await pagination.getByRole('button', { name: 'Next page' }).click()
  await expect(pagination.getByText(`Page 2 of ${m}`)).toBeVisible()
  const second = await api.page({ offset: '20' })
  await expect(
    dataRows(page)
      .first()
      .getByRole('button', { name: /^View details/ }),
  ).toHaveAttribute('data-call-id', second.data[0]?.callId ?? '')

  await pagination.getByRole('button', { name: 'Last page' }).click()
  await expect(pagination.getByText(`Page ${m} of ${m}`)).toBeVisible()
  const last = await api.page({ offset: String((m - 1) * 20) })
  await expect(dataRows(page)).toHaveCount(last.data.length)
})

test('rows per page: 10, 20, 50 and 100, keeping the search', async ({ signedIn: page }) => {
  await searchByLoan(page)
  const size = page.getByLabel('Rows per page')
  await expect(size).toHaveValue('20')
  await size.selectOption('50')
  await expect(page.getByText('Page 1 of 2')).toBeVisible()
  await expect(dataRows(page)).toHaveCount(50)
  await size.selectOption('10')
  await expect(page.getByText('Page 1 of 6')).toBeVisible()
  await expect(dataRows(page)).toHaveCount(10)
  await size.selectOption('100')
  await expect(page.getByText('Page 1 of 1')).toBeVisible()
  await expect(dataRows(page)).toHaveCount(52)
  await expect.poll(() => new URL(page.url()).searchParams.get('loanid')).toBe(SAMPLE_LOAN_ID)
})

test('a phone number typed in any format finds the same calls', async ({ signedIn: page, api }) => {
  const expected = await api.page({ phonenumber: '4025550134', limit: '100' })
  await page.getByLabel('Phone number').fill('+1 (402) 555-0134')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(
    dataRows(page)
      .first()
      .getByRole('button', { name: /^View details/ }),
  ).toHaveAttribute('data-call-id', expected.data[0]?.callId ?? '')
  await expect(dataRows(page).getByRole('cell', { name: '(402) 555-0134' })).toHaveCount(
    Math.min(20, expected.data.length),
  )
})
