// npm run screenshots: the dashboard at phone, tablet, desktop and 200% zoom, light and dark, into
// docs/screenshots/. It starts the built dashboard and the API on a free loopback port, on a seeded
// temporary database with a fixed end of history, so the pictures are the same from run to run.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { findChromium } from './chromium'

const OUT = 'docs/screenshots'
const SAMPLE_LOAN_ID = '2c809e08-a5ba-4559-9c1c-4ac2555fb1e6'
const VIEWS = [
  { name: 'phone-390x844', width: 390, height: 844, scale: 1 },
  { name: 'tablet-1024x768', width: 1024, height: 768, scale: 1 },
  { name: 'desktop-1440x900', width: 1440, height: 900, scale: 1 },
  // 200% zoom on a 1440 × 900 screen: a 720 × 450 CSS-pixel viewport at device scale 2.
  { name: 'zoom200-1440x900', width: 720, height: 450, scale: 2 },
] as const

async function startServer(port: number, dir: string) {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--reseed'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_FILE: join(dir, 'screens.sqlite'),
      SEED_CALLS: '30000',
      SEED_NOW: '2026-06-15T18:00:00Z',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Call history dashboard:')) resolve()
    })
    server.on('exit', (code) => reject(new Error(`the server exited (${code})`)))
  })
  return server
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'calltracking-screens-'))
  const port = 4390 + Math.floor(Math.random() * 200)
  const server = await startServer(port, dir)
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  })
  try {
    for (const theme of ['light', 'dark'] as const) {
      for (const view of VIEWS) {
        const context = await browser.newContext({
          viewport: { width: view.width, height: view.height },
          deviceScaleFactor: view.scale,
          colorScheme: theme,
          timezoneId: 'America/Chicago',
          locale: 'en-US',
        })
        const page = await context.newPage()
        await page.goto(`http://127.0.0.1:${port}/?loanid=${SAMPLE_LOAN_ID}`)
        await page.getByRole('button', { name: 'Sign in' }).click()
        await page.getByText('Page 1 of 3').waitFor()
        const file = join(OUT, `${view.name}-${theme}.png`)
        await page.screenshot({ path: file, fullPage: false })
        console.log(file)
        await context.close()
      }
    }
  } finally {
    await browser.close()
    server.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
