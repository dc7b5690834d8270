import { dataRows, expect, SAMPLE_LOAN_ID, tabTo, test } from './support/fixtures'

test('the whole flow by keyboard alone: sign in, search, page, sort, open and close details', async ({
  page,
}) => {
  await page.goto('/')
  // Sign in, once the form is there (the app renders after reading /config.json): tab into the
  // first field, on to the button, press Enter.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Access token')).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('table', { name: 'Calls', exact: true })).toBeVisible()

  // Signed in, focus is in the first filter (not on the page body): type a loan ID, press Enter.
  await expect(page.getByLabel('Loan ID')).toBeFocused()
  await page.keyboard.type(SAMPLE_LOAN_ID)
  await page.keyboard.press('Enter')
  await expect(page.getByText('Page 1 of 3')).toBeVisible()

  // Tab to the Status sort button and press Space.
  const statusSort = page.getByRole('columnheader', { name: 'Status' }).getByRole('button')
  await tabTo(page, statusSort)
  await expect(statusSort).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )

  // On to the first row's details with Tab, open with Enter, close with Esc.
  const details = dataRows(page)
    .first()
    .getByRole('button', { name: /^View details/ })
  await tabTo(page, details)
  await expect(details).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Call details' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(details).toBeFocused()

  // Next page from the keyboard.
  const next = page.getByRole('button', { name: 'Next page' })
  await tabTo(page, next)
  await expect(next).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Page 2 of 3')).toBeVisible()

  // The address bar names page 2 once that page is painted and the page is idle (the write waits,
  // off the click's frame); a reload before then reloads page 1, as the bar said.
  await expect(page).toHaveURL(/[?&]page=2(&|$)/)
  // A tab opened already signed in keeps focus where the browser puts it: the skip link is the
  // first stop.
  await page.reload()
  await expect(page.getByText('Page 2 of 3')).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused()
})
