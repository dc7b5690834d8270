import type { Page } from '@playwright/test'
import { dataRows, expect, expectNoAxeViolations, searchByLoan, test } from './support/fixtures'

/** How far the page scrolls sideways, and anything that sticks out past the right edge. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const sticking = Array.from(
      document.querySelectorAll<HTMLElement>(
        '.card, .app-header-inner, .pagination, .page-buttons button, .filter-actions button, .sort-note',
      ),
    )
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => el.className)
    return { scroll: document.documentElement.scrollWidth - window.innerWidth, sticking }
  })
}

for (const width of [320, 390, 720]) {
  test(`at ${width} px the page never scrolls sideways; only the table may`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await searchByLoan(page)
    expect(await overflow(page)).toEqual({ scroll: 0, sticking: [] })
    // Every row keeps its way into its details in view, even where the table scrolls sideways
    // (scrolled to vertically first: on a phone the form and the cadence push the rows below the fold).
    await expect(page.getByRole('figure', { name: 'Calls per day' })).toBeVisible()
    await dataRows(page).first().scrollIntoViewIfNeeded()
    await expect(
      dataRows(page)
        .first()
        .getByRole('button', { name: /^View details/ }),
    ).toBeInViewport()
    await dataRows(page)
      .first()
      .getByRole('button', { name: /^View details/ })
      .click()
    const drawer = page.getByRole('dialog', { name: 'Call details' })
    await expect(drawer).toBeVisible()
    expect(await drawer.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
  })
}

/**
 * Searches a borrower of two loans and records, in the page, the table's top at every frame from
 * the first one that shows the borrower's rows until the cadence's loans and the summary's chart
 * are in: the distinct places it was drawn at (one, if it never moved).
 */
async function tablePlaces(page: Page, borrower: string) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(dataRows(page).first()).toBeVisible()
  await page.getByLabel('Borrower ID').fill(borrower)
  await page.evaluate((wanted) => {
    const places = new Set<number>()
    ;(window as unknown as { tablePlaces: Set<number> }).tablePlaces = places
    const frame = () => {
      const table = document.querySelector('#results table')
      const firstRow = table?.querySelector('tbody tr')
      if (table && firstRow?.textContent?.includes(wanted))
        places.add(Math.round(table.getBoundingClientRect().top + window.scrollY))
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  }, borrower)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(dataRows(page).first()).toContainText(borrower)
  await expect(
    page.getByRole('region', { name: 'Contact cadence' }).getByRole('listitem'),
  ).toHaveCount(2)
  await expect(page.getByRole('figure', { name: 'Calls per day' })).toBeVisible()
  return page.evaluate(() => [...(window as unknown as { tablePlaces: Set<number> }).tablePlaces])
}

test.describe('once a search shows its rows, the table stays where it is while the cadence and summary arrive', () => {
  test('two loans within cadence, no recent calls (today)', async ({ page }) => {
    expect(await tablePlaces(page, '100000001')).toHaveLength(1)
  })

  // Not on a phone: there the second loan's block and the wrapped at-limit line are taller than
  // the waiting block, and in about 1 search in 5 the figures come a frame after the rows (their
  // read answers later, or their code is not in yet), so the table still moves then.
  test('two loans, one at its limit after a conversation (the seed end of history)', async ({
    page,
  }) => {
    // A few minutes after the e2e seed's end of history (server/db/cadence-rows.ts).
    await page.clock.install({ time: new Date('2026-06-15T18:05:00Z') })
    expect(await tablePlaces(page, '900000001')).toHaveLength(1)
  })
})

// Export CSV and the Columns menu are fetched once the first rows are drawn; their places are held
// until then, so neither pushes the rows down (or the header onto another line) as it arrives.
test.describe('after sign-in, the table stays where it is while Export CSV and Columns arrive', () => {
  for (const width of [1280, 390]) {
    test(`at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.addInitScript(() => {
        const places = new Set<number>()
        const w = window as unknown as { tablePlaces: Set<number>; firstRowsAt: number }
        w.tablePlaces = places
        new MutationObserver((_, observer) => {
          if (!document.querySelector('#results tbody tr')) return
          w.firstRowsAt = performance.now()
          observer.disconnect()
        }).observe(document, { childList: true, subtree: true })
        const frame = () => {
          const table = document.querySelector('#results table')
          if (table?.querySelector('tbody tr'))
            places.add(Math.round(table.getBoundingClientRect().top + window.scrollY))
          requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      })
      await page.goto('/')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Columns' })).toBeVisible()
      // Two more frames, so the one that drew them is recorded.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
      const places = await page.evaluate(() => [
        ...(window as unknown as { tablePlaces: Set<number> }).tablePlaces,
      ])
      expect(places).toHaveLength(1)
      // And they were asked for after the rows were in, not alongside them.
      const askedAfterRows = await page.evaluate(() => {
        const { firstRowsAt } = window as unknown as { firstRowsAt: number }
        return performance
          .getEntriesByType('resource')
          .filter((e) => /\/assets\/(export-csv|call-columns-menu)-/.test(e.name))
          .map((e) => e.startTime > firstRowsAt)
      })
      expect(askedAfterRows).toEqual([true, true])
      // Signing in puts focus in the search form, which fetches the cadence's code early, but not
      // before the first rows: the first search (all calls) does not need it.
      const cadenceBeforeRows = await page.evaluate(() => {
        const { firstRowsAt } = window as unknown as { firstRowsAt: number }
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/assets/contact-cadence-') && e.startTime <= firstRowsAt)
          .map((e) => e.name)
      })
      expect(cadenceBeforeRows).toEqual([])
    })
  }
})

test.describe('focus stays with the control used, or moves to its neighbour', () => {
  test('Search by button and by Enter, and Clear filters, keep focus where it was', async ({
    signedIn: page,
  }) => {
    const search = page.getByRole('button', { name: 'Search' })
    await page.getByLabel('Borrower ID').fill('100000001')
    await search.click()
    await expect(page.getByRole('button', { name: 'Next page' })).toBeVisible()
    await expect(search).toBeFocused()

    const loan = page.getByLabel('Loan ID')
    await loan.fill('2c809e08-a5ba-4559-9c1c-4ac2555fb1e6')
    await loan.press('Enter')
    await expect(page.getByText('Page 1 of 3')).toBeVisible()
    await expect(loan).toBeFocused()

    const clear = page.getByRole('button', { name: 'Clear filters' })
    await clear.click()
    await expect(page.getByLabel('Loan ID')).toHaveValue('')
    await expect(clear).toBeFocused()
    // The next Tab goes on from there, not from the top of the page.
    await page.keyboard.press('Tab')
    await expect(page.locator('body')).not.toBeFocused()
    await expect(page.getByRole('button', { name: 'Clear filters' })).not.toBeFocused()
  })

  test('First, Last, and Next onto the last page hand focus to the neighbour that still works', async ({
    signedIn: page,
  }) => {
    await searchByLoan(page)
    const pager = page.getByRole('navigation', { name: 'Pagination' })
    const button = (name: string) => pager.getByRole('button', { name })

    await button('Next page').click()
    await button('Next page').click()
    await expect(pager.getByText('Page 3 of 3')).toBeVisible()
    await expect(button('Previous page')).toBeFocused()

    await button('First page').click()
    await expect(pager.getByText('Page 1 of 3')).toBeVisible()
    await expect(button('Next page')).toBeFocused()

    await button('Last page').click()
    await expect(pager.getByText('Page 3 of 3')).toBeVisible()
    await expect(button('Previous page')).toBeFocused()
  })

  test('Switch servicer puts focus in its dialog (its code arrives on the click), and Esc gives it back', async ({
    signedIn: page,
  }) => {
    const header = page.getByRole('banner')
    const trigger = header.getByRole('button', { name: 'Switch servicer' })
    const field = page.getByRole('dialog', { name: 'Switch servicer' }).getByLabel('Servicer ID')
    await trigger.click()
    await expect(field).toBeFocused()
    await field.fill('4')
    await page.keyboard.press('Escape')
    await expect(field).toBeHidden()
    await expect(trigger).toBeFocused()
    // Opened again, it starts empty.
    await trigger.click()
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('')
  })
})

for (const theme of ['Light', 'Dark'] as const) {
  test(`axe finds no violations in the ${theme.toLowerCase()} theme, and the choice is remembered`, async ({
    signedIn: page,
  }) => {
    test.slow() // three full axe scans
    await page.getByLabel('Theme').selectOption(theme.toLowerCase())
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
    await searchByLoan(page)
    // Settled first: rows dim while a load is on its way, and axe would rightly flag that contrast.
    await expect(page.getByText('Sorting covers all 52 matching calls.')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByLabel('Compact rows').check()
    await expectNoAxeViolations(page)
    await page.reload()
    await expect(page.getByLabel('Theme')).toHaveValue(theme.toLowerCase())
    await expect(page.getByLabel('Compact rows')).toBeChecked()
    await dataRows(page)
      .first()
      .getByRole('button', { name: /^View details/ })
      .click()
    await expectNoAxeViolations(page)
  })
}

test('the page asks not to be indexed', async ({ page, request }) => {
  await page.goto('/')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const robots = await request.get('/robots.txt')
  expect(await robots.text()).toContain('Disallow: /')
})
