import {
  boxOf,
  dataRows,
  expect,
  onlyCall,
  SAMPLE_LOAN_ID,
  searchByLoan,
  test,
} from './support/fixtures'

/** How a person reads a 10-digit number: (402) 555-0134. */
const asDialled = (d: string) => `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`

test('the drawer shows every field of the record; Esc closes it and focus returns to the row', async ({
  signedIn: page,
  api,
}) => {
  await searchByLoan(page)
  const record = onlyCall(await api.page({ loanid: SAMPLE_LOAN_ID, offset: '1', limit: '1' }))
  const button = dataRows(page)
    .nth(1)
    .getByRole('button', { name: /^View details/ })
  await button.click()

  const drawer = page.getByRole('dialog', { name: 'Call details' })
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('button', { name: 'Close' })).toBeFocused()
  await expect.poll(() => new URL(page.url()).searchParams.get('call')).toBe(record.callId)

  const value = (term: string) =>
    drawer
      .locator('.details-row', {
        has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }),
      })
      .getByRole('definition')
  await expect(value('Call ID')).toContainText(record.callId)
  await expect(value('Status')).toHaveText(record.callStatus)
  await expect(value('Phone number')).toHaveText(asDialled(record.phoneNumber))
  await expect(value('Borrower ID')).toContainText(record.borrowerId)
  await expect(value('Loan ID')).toContainText(record.loanId)
  await expect(value('Tenant ID')).toHaveText(record.tenantId)
  await expect(value('Servicer ID')).toHaveText(record.servicerId)
  await expect(value('Created by')).toHaveText(record.createdBy)
  await expect(value('Updated by')).toHaveText(record.updatedBy)
  // Local time with the UTC instant beside it (this project runs the browser in UTC).
  for (const [term, iso] of [
    ['Call time', record.callTimestamp],
    ['Created', record.createdDate],
    ['Updated', record.updatedDate],
  ] as const) {
    await expect(value(term).locator('time')).toHaveAttribute('datetime', iso)
    await expect(value(term)).toContainText(`${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`)
  }
  await expect(drawer.getByRole('button', { name: /^Copy / })).toHaveText(['Copy', 'Copy', 'Copy'])
  await expect(drawer.getByRole('button', { name: 'Copy Loan ID' })).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(button).toBeFocused()
  await expect.poll(() => new URL(page.url()).searchParams.get('call')).toBeNull()
})

test('clicking a row opens its details too, and Close returns focus to that row', async ({
  signedIn: page,
}) => {
  await searchByLoan(page)
  const row = dataRows(page).nth(3)
  await row.getByRole('cell').first().click()
  const drawer = page.getByRole('dialog', { name: 'Call details' })
  await expect(drawer).toBeVisible()
  await drawer.getByRole('button', { name: 'Close' }).click()
  await expect(drawer).toBeHidden()
  await expect(row.getByRole('button', { name: /^View details/ })).toBeFocused()
})

test('a pasted deep link with call= opens the same view, after sign-in', async ({ page, api }) => {
  const record = onlyCall(await api.page({ loanid: SAMPLE_LOAN_ID, offset: '25', limit: '1' }))
  await page.goto(`/?loanid=${SAMPLE_LOAN_ID}&page=2&call=${record.callId}`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const drawer = page.getByRole('dialog', { name: 'Call details' })
  await expect(drawer).toBeVisible()
  await expect(drawer).toContainText(record.callId)
  await expect(page.getByText('Page 2 of 3')).toBeAttached()
})

test('a click inside the drawer keeps it open; a click on the dimmed page closes it', async ({
  signedIn: page,
}) => {
  // Tall enough that the drawer has blank space below its last field.
  await page.setViewportSize({ width: 1280, height: 1100 })
  await searchByLoan(page)
  await dataRows(page)
    .first()
    .getByRole('button', { name: /^View details/ })
    .click()
  const drawer = page.getByRole('dialog', { name: 'Call details' })
  await expect(drawer).toBeVisible()
  const box = await boxOf(drawer)
  // Blank space near the bottom of the drawer, below its last field.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 20)
  await expect(drawer).toBeVisible()
  // The backdrop, left of the drawer.
  await page.mouse.click(box.x / 2, box.y + box.height / 2)
  await expect(drawer).toBeHidden()
})
