import { chromium } from '@playwright/test'
const ORIGIN = 'http://127.0.0.1:4358'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] })
const page = await browser.newPage()
await page.goto(ORIGIN)
await page.locator('form button[type=submit]').waitFor()
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
await cdp.send('Profiler.start')
await page.locator('form button[type=submit]').click()
await page.locator('table tbody tr').first().waitFor()
await page.waitForTimeout(2000)
const { profile } = await cdp.send('Profiler.stop')
const self = new Map<string, number>()
const total = new Map<string, number>()
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const dt = profile.timeDeltas ?? []
const key = (id: number) => { const f = byId.get(id)!.callFrame; return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}` }
profile.samples?.forEach((id, i) => {
  const t = (dt[i] ?? 0) / 1000
  self.set(key(id), (self.get(key(id)) ?? 0) + t)
  const seen = new Set<string>()
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) { const k = key(n); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + t) } }
})
const show = (m: Map<string, number>) => [...m].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)') && !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n')
console.log('SELF\n' + show(self))
console.log('TOTAL\n' + show(total))
await browser.close()
