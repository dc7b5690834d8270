import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { CALLS_URL_PATH } from '../../src/contract'

// WORKERS=2: the primary seeds, two cluster workers share one port and answer API requests.
it('starts with WORKERS=2, serves the API from a shared port, and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'calltracking-cluster-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      WORKERS: '2',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_FILE: join(dir, 'calls.sqlite'),
      SEED_CALLS: '300',
      DASHBOARD_DIR: dir,
      CALLTRACKING_FAULTS: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const url = /Call Tracking API:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1]
        if (url && out.includes('Workers: 2 (Node cluster)')) resolve(url)
      })
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
    })
    const headers = { authorization: 'demo-access-token', tenantid: '314', servicerid: '2' }
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => fetch(`${origin}${CALLS_URL_PATH}?offset=0`, { headers })),
    )
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
