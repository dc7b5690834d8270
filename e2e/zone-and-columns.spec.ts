import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { dataRows, expect, expectNoAxeViolations, lastPageNumber, test } from './support/fixtures'

// March 2026 as a Chicago user picked it: its first and last millisecond in America/Chicago (CST
// on the 1st, CDT from the 8th). Read in Auckland the same days are other instants: other calls.
const CHICAGO_MARCH = '/?startdate=2026-03-01&enddate=2026-03-31&tz=America%2FChicago'
const MARCH_START = '2026-03-01T06:00:00.000Z'
const MARCH_END = '2026-04-01T04:59:59.999Z'

async function signInAt(page: Page, link: string) {
  await page.goto(link)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('table', { name: 'Calls', exact: true })).toBeVisible()
}

/** The pager's "Page n of m" and the call IDs of the rows on screen. */
async function shownResult(page: Page) {
  const pager = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pager.getByText(/Page 1 of/)).toBeVisible()
  const pages = (await pager.getByText(/Page 1 of/).textContent())?.trim()
  const ids = await dataRows(page)
    .getByRole('button', { name: /^View details/ })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-call-id')))
  return { pages, ids }
}

for (const timezoneId of ['America/Chicago', 'Pacific/Auckland']) {
  test.describe(`a Chicago link opened in ${timezoneId}`, () => {
    test.use({ timezoneId })

    // Both runs are held to the same API answer (the Chicago instants), so they show the same calls.
    test('shows the calls of the Chicago days, in Chicago time, with the zone named', async ({
      page,
      api,
    }) => {
      await signInAt(page, CHICAGO_MARCH)
      const expected = await api.page({ startdate: MARCH_START, enddate: MARCH_END, limit: '20' })
      const shown = await shownResult(page)
      expect(shown.pages).toBe(`Page 1 of ${lastPageNumber(expected).toLocaleString('en-US')}`)
      expect(shown.ids).toEqual(expected.data.map((c) => c.callId))

      await expect(page.getByLabel('Time zone')).toHaveValue(
        timezoneId === 'America/Chicago' ? 'local' : 'America/Chicago',
      )
      await expect(page.getByRole('columnheader', { name: /^Call time \(C[SD]T\)/ })).toBeVisible()
      await expect.poll(() => new URL(page.url()).searchParams.get('tz')).toBe('America/Chicago')
      // The drawer names the zone as people say it, never as an offset.
      await dataRows(page)
        .getByRole('button', { name: /^View details/ })
        .first()
        .click()
      const drawer = page.getByRole('dialog', { name: 'Call details' })
      await expect(drawer.locator('time').first()).toHaveText(/ C[SD]T$/)
      await expect(drawer).not.toContainText('GMT')
    })
  })
}

test('choosing a zone re-reads From/To there, puts it in the link, and is remembered', async ({
  signedIn: page,
}) => {
  await page.getByLabel('From').fill('2026-03-09')
  await page.getByLabel('To', { exact: true }).fill('2026-03-09')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('columnheader', { name: 'Call time (UTC)' })).toBeVisible()
  await expect.poll(() => new URL(page.url()).searchParams.get('tz')).toBe('UTC')

  const request = page.waitForRequest(
    (r) => r.url().includes('/calltracking/calls?') && r.url().includes('startdate'),
  )
  await page.getByLabel('Time zone').selectOption('America/Chicago')
  const sent = new URL((await request).url()).searchParams
  expect(sent.get('startdate')).toBe('2026-03-09T05:00:00.000Z')
  expect(sent.get('enddate')).toBe('2026-03-10T04:59:59.999Z')
  await expect.poll(() => new URL(page.url()).searchParams.get('tz')).toBe('America/Chicago')
  await expect(page.getByRole('columnheader', { name: /^Call time \(C[SD]T\)/ })).toBeVisible()
  await expectNoAxeViolations(page)

  // Remembered on this device: a plain visit (no tz in the link) shows Central.
  await page.goto('/?borrowerid=100000001')
  await expect(page.getByLabel('Time zone')).toHaveValue('America/Chicago')
  await expect(page.getByRole('columnheader', { name: /^Call time \(C[SD]T\)/ })).toBeVisible()
  await expect(page).toHaveTitle('Borrower 100000001 · Call history')
})

test('a link whose tz names no zone says so, and reads its days in the viewer zone', async ({
  page,
}) => {
  await signInAt(page, '/?startdate=2026-03-09&enddate=2026-03-09&tz=Mars%2FOlympus_Mons')
  await expect(
    page.getByText(
      "This link's time zone (Mars/Olympus_Mons) is not one this browser knows, so its From and To days are read in UTC instead",
    ),
  ).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Call time (UTC)' })).toBeVisible()
  await expect.poll(() => new URL(page.url()).searchParams.get('tz')).toBe('Mars/Olympus_Mons')
})

test('a link with days and no tz is given the zone they were read in', async ({ page }) => {
  await signInAt(page, '/?startdate=2026-03-09&enddate=2026-03-09')
  await expect(page).toHaveURL(/[?&]tz=UTC(&|$)/)
  // This browser's own zone: shown as Local.
  await expect(page.getByLabel('Time zone')).toHaveValue('local')
})

test('Columns shows and hides fields, keeps one, and is remembered after reload', async ({
  signedIn: page,
}) => {
  // Many toggles, a reload and axe: more than 30 s on a loaded 2-core machine.
  test.slow()
  await page.getByLabel('Borrower ID').fill('100000001')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveTitle('Borrower 100000001 · Call history')
  await expect(dataRows(page).first()).toContainText('100000001')
  const table = page.getByRole('table', { name: 'Calls', exact: true })
  const menuButton = page.getByRole('button', { name: 'Columns' })
  await menuButton.click()
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
  const group = page.getByRole('group', { name: 'Columns to show' })
  await group.getByRole('checkbox', { name: 'Call ID' }).check()
  await group.getByRole('checkbox', { name: 'Created by' }).check()
  await group.getByRole('checkbox', { name: 'Phone number' }).uncheck()
  await expect(table.getByRole('columnheader', { name: 'Call ID' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Created by' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Phone number' })).toHaveCount(0)
  await expectNoAxeViolations(page)
  // Esc closes it and gives focus back to its button.
  await page.keyboard.press('Escape')
  await expect(group).toBeHidden()
  await expect(menuButton).toBeFocused()

  await page.reload()
  await expect(table.getByRole('columnheader', { name: 'Call ID' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Phone number' })).toHaveCount(0)
  const firstRow = dataRows(page).first()
  const callId = await firstRow.getByRole('button').getAttribute('data-call-id')
  await expect(firstRow.getByRole('cell', { name: callId?.slice(0, 8) })).toBeVisible()

  // By keyboard: every column off but one, which then cannot be turned off.
  await menuButton.focus()
  await page.keyboard.press('Enter')
  for (const name of ['Call time', 'Status', 'Borrower ID', 'Loan ID', 'Call ID']) {
    const box = group.getByRole('checkbox', { name, exact: true })
    await box.focus()
    await page.keyboard.press('Space')
    await expect(box).not.toBeChecked()
  }
  const last = group.getByRole('checkbox', { name: 'Created by', exact: true })
  await expect(last).toBeChecked()
  await expect(last).toBeDisabled()
  await expect(page.getByText('The table always shows at least one column.')).toBeVisible()
  // Created by, and each row's details button.
  await expect(table.getByRole('columnheader')).toHaveCount(2)
})

// Calls written straight into the running server's database file, for a borrower of its own under
// servicer 3, which no other spec searches (they all act for servicer 2), so no other count moves.
function insertCall(borrowerId: string, at: Date): string {
  const callId = randomUUID()
  const db = new Database(resolve('data/e2e.sqlite'))
  try {
    db.pragma('busy_timeout = 5000')
    db.prepare('INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?)').run(
      callId,
      '314',
      '3',
      '3f2b6c1e-8d4a-4e7b-9c2d-5a6b7c8d9e0f',
      borrowerId,
      '4025550199',
      'Contacted',
      at.getTime(),
      at.getTime(),
      at.getTime(),
      'e2e@velocity',
      'e2e@velocity',
    )
  } finally {
    db.close()
  }
  return callId
}

test('Switch servicer, then Refresh shows a call added after the first load', async ({
  signedIn: page,
}) => {
  const borrower = `e2e-refresh-${randomUUID().slice(0, 8)}`
  const first = insertCall(borrower, new Date('2025-05-01T15:00:00Z'))

  // A servicer this token is not entitled to is refused in the dialog; nothing changes.
  const header = page.getByRole('banner')
  await header.getByRole('button', { name: 'Switch servicer' }).click()
  const dialog = page.getByRole('dialog', { name: 'Switch servicer' })
  await dialog.getByLabel('Servicer ID').fill('4')
  await dialog.getByRole('button', { name: 'Switch' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'This token is not entitled to servicer 4 of tenant 314.',
  )
  await expectNoAxeViolations(page)
  await dialog.getByLabel('Servicer ID').fill('3')
  await dialog.getByRole('button', { name: 'Switch' }).click()
  await expect(dialog).toBeHidden()
  await expect(header).toContainText('Tenant 314 · Servicer 3')
  await expect(header.getByRole('button', { name: 'Switch servicer' })).toBeFocused()

  await page.getByLabel('Borrower ID').fill(borrower)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(dataRows(page)).toHaveCount(1)
  await expect(page.getByText(/^Updated \d{1,2}:\d{2} [AP]M$/)).toBeVisible()
  await expect(page).toHaveTitle(`Borrower ${borrower} · Call history`)

  const second = insertCall(borrower, new Date('2025-05-02T15:00:00Z'))
  const refresh = page.getByRole('button', { name: 'Refresh' })
  await refresh.click()
  await expect(dataRows(page)).toHaveCount(2)
  const ids = await dataRows(page)
    .getByRole('button', { name: /^View details/ })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-call-id')))
  expect(ids).toEqual([second, first])
  await expect(refresh).toBeFocused()

  // The same search again asks again too.
  const third = insertCall(borrower, new Date('2025-05-03T15:00:00Z'))
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(dataRows(page)).toHaveCount(3)
  await expect(dataRows(page).first().getByRole('button')).toHaveAttribute('data-call-id', third)
})

// A phone leaves out Phone number and Loan ID whatever is chosen: the menu says so, and the
// at-least-one rule counts the columns on screen, so the table never shows View details alone.
test('on a phone, Columns says which columns the width leaves out, and keeps one on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(dataRows(page).first()).toBeVisible()
  const table = page.getByRole('table', { name: 'Calls', exact: true })
  await expect(table.getByRole('columnheader', { name: /^Phone number/ })).toHaveCount(0)
  await expect(table.getByRole('columnheader', { name: /^Loan ID/ })).toHaveCount(0)

  await page.getByRole('button', { name: 'Columns' }).click()
  const group = page.getByRole('group', { name: 'Columns to show' })
  for (const name of ['Phone number', 'Loan ID']) {
    const box = group.getByRole('checkbox', { name, exact: true })
    await expect(box).toBeChecked()
    await expect(box).toHaveAccessibleDescription('Not shown at this width')
  }
  await group.getByRole('checkbox', { name: 'Call time', exact: true }).uncheck()
  await group.getByRole('checkbox', { name: 'Status', exact: true }).uncheck()
  // Borrower ID is the last column on screen (the other two chosen are too wide for it).
  const borrower = group.getByRole('checkbox', { name: 'Borrower ID', exact: true })
  await expect(borrower).toBeDisabled()
  await expect(table.getByRole('columnheader', { name: /^Borrower ID/ })).toBeVisible()
  await expect(table.getByRole('columnheader')).toHaveCount(2)
  await expectNoAxeViolations(page)

  // On a wide screen the same choice shows all three.
  await page.setViewportSize({ width: 1280, height: 844 })
  await expect(table.getByRole('columnheader', { name: /^Phone number/ })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: /^Loan ID/ })).toBeVisible()
  await expect(borrower).toBeEnabled()
  await expect(table.getByRole('columnheader')).toHaveCount(4)
})

test('at 600 px the Columns menu stays on screen, and a box that locks as it is ticked keeps the focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 844 })
  // Phone number alone, chosen on a wide screen: this width leaves it out, but it is all there is.
  await page.addInitScript(() =>
    localStorage.setItem(
      'calltracking.columns',
      JSON.stringify({
        callTimestamp: false,
        callStatus: false,
        phoneNumber: true,
        borrowerId: false,
        loanId: false,
      }),
    ),
  )
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(dataRows(page).first()).toBeVisible()
  const table = page.getByRole('table', { name: 'Calls', exact: true })
  await expect(table.getByRole('columnheader', { name: /^Phone number/ })).toBeVisible()

  await page.getByRole('button', { name: 'Columns' }).click()
  const group = page.getByRole('group', { name: 'Columns to show' })
  const box = await group.boundingBox()
  expect(box && box.x + box.width).toBeLessThanOrEqual(600)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600)

  // Call time takes Phone number's place on screen, and is then the last column there: locked,
  // with the focus still on it, and its reason read with it.
  const callTime = group.getByRole('checkbox', { name: 'Call time', exact: true })
  await callTime.focus()
  await page.keyboard.press('Space')
  await expect(callTime).toBeChecked()
  await expect(callTime).toBeFocused()
  await expect(callTime).toHaveAttribute('aria-disabled', 'true')
  await expect(callTime).toHaveAccessibleDescription('The table always shows at least one column.')
  await page.keyboard.press('Space') // refused
  await expect(callTime).toBeChecked()
  await expect(table.getByRole('columnheader', { name: /^Call time/ })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: /^Phone number/ })).toHaveCount(0)
})
