import autocannon from 'autocannon'

export type Drive = {
  origin: string
  connections: number
  warmUpSeconds: number
  seconds: number
  headers: Record<string, string>
  nextPath: () => string
  /** Called once, when the warm-up ends and measuring starts. */
  onMeasureStart: () => void
}

export type DriveResult = {
  latencies: number[]
  statuses: Map<number, number>
  measuredSeconds: number
  /** Over the whole run, warm-up included: any of these fails the run. */
  non2xx: number
  socketErrors: number
  timeouts: number
}

/**
 * One autocannon run on the same connections throughout: the first seconds warm up (the first
 * burst of new connections meets a cold JIT, cold statements and caches), the rest is measured.
 * A second instance would open new connections and measure that cold burst again.
 */
export function drive(d: Drive): Promise<DriveResult> {
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  let non2xx = 0
  let measureStart = Infinity
  const started = performance.now()
  const warmUpTimer = setTimeout(() => {
    measureStart = performance.now()
    d.onMeasureStart()
  }, d.warmUpSeconds * 1000)
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: d.origin,
        connections: d.connections,
        duration: d.warmUpSeconds + d.seconds,
        timeout: 10,
        headers: d.headers,
        requests: [{ setupRequest: (req) => ({ ...req, path: d.nextPath() }) }],
      },
      (error, result) => {
        clearTimeout(warmUpTimer)
        if (error) return reject(error as Error)
        const end = started + result.duration * 1000
        resolve({
          latencies,
          statuses,
          measuredSeconds: (end - measureStart) / 1000,
          non2xx,
          socketErrors: result.errors - result.timeouts,
          timeouts: result.timeouts,
        })
      },
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status < 200 || status > 299) non2xx++
      // Counted when sent after the warm-up, so a cold-burst answer arriving late is not.
      if (performance.now() - ms < measureStart) return
      latencies.push(ms)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    })
  })
}
