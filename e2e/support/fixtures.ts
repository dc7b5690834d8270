import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import * as v from 'valibot'
import { CALLS_URL_PATH, callRecordSchema, callsPageSchema } from '../../src/contract'

export const SAMPLE_LOAN_ID = '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6'
// The contract as the server emits it, except that a status may be any text: the e2e database holds
// the hostile-borrower calls (SEED_HOSTILE=1), one of whose statuses is itself a payload.
const e2eCallSchema = v.object({ ...callRecordSchema.entries, callStatus: v.string() })
const e2ePageSchema = v.object({ ...callsPageSchema.entries, data: v.array(e2eCallSchema) })
type CallRecord = v.InferOutput<typeof e2eCallSchema>
type CallsPage = v.InferOutput<typeof e2ePageSchema>

const DEMO_HEADERS = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }

type CallsApi = {
  /** One page straight from the API, as the dashboard should show it. */
  page(query: Record<string, string>): Promise<CallsPage>
  /** Every call of a (small) result, in the API's order. */
  all(query: Record<string, string>): Promise<CallRecord[]>
  /** How many calls match, counted row by row through every page (not read from any link). */
  count(query: Record<string, string>): Promise<number>
}

export const lastPageNumber = (page: CallsPage) =>
  Number(new URL(page.paging.links.last).searchParams.get('offset')) / page.paging.limit + 1

export const test = base.extend<{ api: CallsApi; signedIn: Page }>({
  api: async ({ request }, use) => {
    const page = async (query: Record<string, string>) => {
      const res = await request.get(`${CALLS_URL_PATH}?${new URLSearchParams(query).toString()}`, {
        headers: DEMO_HEADERS,
      })
      expect(res.status()).toBe(200)
      return v.parse(e2ePageSchema, await res.json())
    }
    await use({
      page,
      async all(query) {
        const first = await page({ ...query, limit: '500' })
        expect(first.paging.links.next, 'all() is for results of at most 500 calls').toBeNull()
        return first.data
      },
      async count(query) {
        let counted = 0
        for (let offset = 0; ; offset += 500) {
          const next = await page({ ...query, offset: String(offset), limit: '500' })
          counted += next.data.length
          if (!next.paging.links.next) return counted
        }
      },
    })
  },
  signedIn: async ({ page }, use) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('table', { name: 'Calls', exact: true })).toBeVisible()
    await use(page)
  },
})

export { expect }

/** The table's data rows (the header row excluded). */
export const dataRows = (page: Page) =>
  page.getByRole('table', { name: 'Calls', exact: true }).locator('tbody tr')

export async function searchByLoan(page: Page, loanId = SAMPLE_LOAN_ID) {
  await page.getByLabel('Loan ID').fill(loanId)
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByText('Page 1 of 3')).toBeVisible()
}

/** Zero axe violations, WCAG 2.x A/AA and best practices. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** The one call an API page is expected to hold. */
export function onlyCall(page: CallsPage): CallRecord {
  const call = page.data[0]
  if (!call) throw new Error('the API page has no call')
  return call
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** Where an element is on screen; fails when it is not rendered. */
export async function boxOf(locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('the element has no box')
  return box
}
