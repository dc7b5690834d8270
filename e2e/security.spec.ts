import { dataRows, expect, searchByLoan, test } from './support/fixtures'

test('npm start sends CSP, nosniff and no-referrer, and the whole flow trips no policy violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const response = await page.goto('/')
  const headers = response?.headers() ?? {}
  const csp = headers['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain('unsafe-eval')
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
    expect(csp).toContain(directive)
  expect(csp).toMatch(/connect-src 'self'(;|$)/)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')

  // Sign in, search, page, sort, open and close the drawer, sign out.
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(dataRows(page).first()).toBeVisible()
  await searchByLoan(page)
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(page.getByText('Page 2 of 3')).toBeVisible()
  await page.getByRole('button', { name: 'Status' }).click()
  await expect(page.getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  await dataRows(page)
    .first()
    .getByRole('button', { name: /^View details/ })
    .click()
  await page
    .getByRole('dialog', { name: 'Call details' })
    .getByRole('button', { name: 'Close' })
    .click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()

  expect(
    await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  ).toEqual([])
})
