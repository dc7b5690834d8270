import { expect, test } from '@playwright/test'

test('the dashboard page opens', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Call history')
  await expect(page.getByRole('heading', { level: 1, name: 'Call history' })).toBeVisible()
})
