// Preloaded into the server by bench/load.ts (node --import): reports the process's memory over
// IPC, so the load run can show whether it stays flat. Does nothing without an IPC channel.
import cluster from 'node:cluster'

// Not in a cluster worker: its IPC channel is the cluster's own, and unref-ing it would end the worker.
const send = cluster.isWorker ? undefined : process.send?.bind(process)

if (send) {
  const sample = (kind: 'tick' | 'after-gc') => {
    const { rss, heapUsed } = process.memoryUsage()
    send({ kind, rss, heapUsed })
  }
  setInterval(() => sample('tick'), 250).unref()
  process.on('message', (message) => {
    // "gc": collect first (the server runs with --expose-gc), so start and end compare live data.
    if (message !== 'gc') return
    ;(globalThis as { gc?: () => void }).gc?.()
    sample('after-gc')
  })
  // The IPC channel must not keep the server alive on its own.
  process.channel?.unref()
}
