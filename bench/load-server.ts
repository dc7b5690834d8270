import { spawn, type ChildProcess } from 'node:child_process'

export type Memory = { rss: number; heapUsed: number }

/**
 * The real server (server/main.ts, as `npm start` runs it, minus the build) on 127.0.0.1 at a free
 * port, with bench/memory-reporter.ts preloaded: memory samples arrive over IPC every 250 ms, and
 * `collectedMemory()` asks for one right after a full GC (--expose-gc), to compare live data.
 */
export async function startLoadServer(databaseFile: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    DATABASE_FILE: databaseFile,
    HOST: '127.0.0.1',
    // A free port by default; LOAD_PORT pins one (a shared machine that hands out port ranges).
    PORT: process.env.LOAD_PORT ?? '0',
  }
  delete env.CALLTRACKING_FAULTS // a load run measures the server, not injected faults
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--import', './bench/memory-reporter.ts', 'server/main.ts'],
    { env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  )
  const ticks: Memory[] = []
  let afterGc: ((m: Memory) => void) | undefined
  child.on('message', (m: Memory & { kind: string }) => {
    if (m.kind === 'tick') ticks.push({ rss: m.rss, heapUsed: m.heapUsed })
    else afterGc?.(m)
  })
  const origin = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /Call Tracking API:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1]
      if (url) resolve(url)
    })
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)))
  })
  return {
    origin,
    ticks,
    collectedMemory: () =>
      new Promise<Memory>((resolve) => {
        afterGc = resolve
        child.send('gc')
      }),
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
    },
  }
}
