import { defineConfig, devices } from '@playwright/test'
import { findChromium } from './scripts/chromium'

const PORT = Number(process.env.E2E_PORT ?? 4317)
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: E2E_BASE_URL,
    timezoneId: 'UTC',
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          args: [
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // npm start's server on its own test database (reseeded each run, fixed end of history).
  webServer: {
    command: 'tsx server/main.ts --reseed',
    url: `${E2E_BASE_URL}/config.json`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_FILE: 'data/e2e.sqlite',
      SEED_CALLS: '30000',
      SEED_NOW: '2026-06-15T18:00:00Z',
      // The borrower hostile-borrower, whose records carry XSS payloads (e2e/hostile-data.spec.ts).
      SEED_HOSTILE: '1',
      // Fault injection on, with no fault: e2e/faults.spec.ts sets one at a time through /__faults,
      // each matched to a search no other spec makes.
      CALLTRACKING_FAULTS: 'none',
    },
  },
})
