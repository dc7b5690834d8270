import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/**
 * The browser for Playwright: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * download (on machines where `npx playwright install chromium` works). Undefined when none exists.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  for (const path of candidates) if (path && existsSync(path)) return path
  try {
    const own = execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    )
    if (own && existsSync(own)) return own
  } catch {
    // playwright-core not resolvable: fall through.
  }
  return undefined
}
