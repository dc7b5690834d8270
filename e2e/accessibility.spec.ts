import { expect, expectNoAxeViolations, searchByLoan, test } from './support/fixtures'

test('axe finds no violations when signed out', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('axe finds no violations with results, and with the drawer open', async ({
  signedIn: page,
}) => {
  await searchByLoan(page)
  await expectNoAxeViolations(page)
  await page
    .getByRole('button', { name: /^View details/ })
    .first()
    .click()
  await expect(page.getByRole('dialog', { name: 'Call details' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('axe finds no violations in the empty state and with invalid filters', async ({
  signedIn: page,
}) => {
  await page.getByLabel('Borrower ID').fill('nobody-has-this')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText('No calls match Borrower ID nobody-has-this')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Phone number').fill('12')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText(/Phone number needs 10 digits/)).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the error state: says what happened and what to do, shows no rows of the previous search, keeps the filters, Try again recovers; axe is clean', async ({
  signedIn: page,
}) => {
  await searchByLoan(page)
  // The fault is the point of this test: the API fails for a while.
  let failing = true
  await page.route('**/calltracking/calls?**', (route) =>
    failing
      ? route.fulfill({
          status: 503,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'about:blank',
            title: 'Unavailable',
            status: 503,
            detail: 'Down for maintenance',
          }),
        })
      : route.continue(),
  )
  // A new search must ask the API (a page change within a small result would not).
  await page.getByLabel('Borrower ID').fill('100000001')
  await page.getByRole('button', { name: 'Search' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The Call Tracking API could not answer (503).', {
    timeout: 15_000,
  })
  await expect(alert).toContainText('Try again in a moment.')
  // The loan's rows are not this search's answer: none stay on screen beside the message.
  await expect(page.getByRole('table', { name: 'Calls', exact: true })).toBeHidden()
  await expect(page.getByLabel('Loan ID')).not.toHaveValue('')
  await expect(page.getByLabel('Borrower ID')).toHaveValue('100000001')
  await expectNoAxeViolations(page)

  failing = false
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('alert')).toBeHidden()
  // The sample loan belongs to borrower 100000001: the same 52 calls, now fetched for real.
  await expect(page.getByText('Sorting covers all 52 matching calls.')).toBeVisible()
})
