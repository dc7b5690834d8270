import { dataRows, expect, test } from './support/fixtures'

// A day is whole in the user's zone: the API gets its first and last millisecond as instants, and
// every call shown falls on that local day. Each day is the Monday after a DST change (Chicago into
// daylight time, Auckland out of it), so a fixed or stale offset would be off by an hour.
// The transition days themselves are covered in filter-validation.test.ts.
const cases = [
  {
    timezoneId: 'America/Chicago',
    day: '2026-03-09',
    start: '2026-03-09T05:00:00.000Z',
    end: '2026-03-10T04:59:59.999Z',
  },
  {
    timezoneId: 'Pacific/Auckland',
    day: '2026-04-06',
    start: '2026-04-05T12:00:00.000Z',
    end: '2026-04-06T11:59:59.999Z',
  },
]

for (const { timezoneId, day, start, end } of cases) {
  test.describe(timezoneId, () => {
    test.use({ timezoneId })

    test(`From = To = ${day} sends that local day's exact instants and shows only its calls`, async ({
      signedIn: page,
      api,
    }) => {
      await page.getByLabel('From').fill(day)
      await page.getByLabel('To', { exact: true }).fill(day)
      const request = page.waitForRequest(
        (r) => r.url().includes('/calltracking/calls?') && r.url().includes('startdate'),
      )
      await page.getByRole('button', { name: 'Search' }).click()
      const sent = new URL((await request).url()).searchParams
      expect(sent.get('startdate')).toBe(start)
      expect(sent.get('enddate')).toBe(end)
      await expect.poll(() => new URL(page.url()).searchParams.get('startdate')).toBe(day)

      const expected = await api.page({ startdate: start, enddate: end, limit: '500' })
      expect(expected.data.length).toBeGreaterThan(0)
      await page.getByLabel('Rows per page').selectOption('100')
      await expect(dataRows(page)).toHaveCount(Math.min(100, expected.data.length))
      const shown = await dataRows(page)
        .locator('time')
        .evaluateAll((els) =>
          els.map((el) => {
            const d = new Date(el.getAttribute('datetime') ?? '')
            return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
          }),
        )
      expect(new Set(shown)).toEqual(new Set([day]))
    })
  })
}
