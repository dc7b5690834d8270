import { createMiddleware } from 'hono/factory'
import { problem } from './problem'

/** Longer request targets are refused: no filter of this API needs more than a few hundred bytes. */
export const MAX_URL_BYTES = 8192
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000

/** The request target (path and query) as the client sent it. An http(s) URL always has a path. */
function requestTarget(url: string): string {
  return url.slice(url.indexOf('/', url.indexOf('//') + 2))
}

/** 414 for a request URL over `maxBytes`, before any routing, parsing or SQL. */
export function limitUrlLength(maxBytes = MAX_URL_BYTES) {
  return createMiddleware(async (c, next) => {
    const bytes = Buffer.byteLength(requestTarget(c.req.url))
    if (bytes > maxBytes)
      return problem(
        c,
        414,
        `The request URL is ${bytes} bytes; this API accepts at most ${maxBytes}. Shorten the query string.`,
      )
    await next()
  })
}

/**
 * 503 when the rest of the chain has not answered within `ms`. The work itself is not cancelled
 * (a SQLite statement cannot be), but the client gets a clear answer instead of a hung socket.
 */
export function limitRequestTime(ms = DEFAULT_REQUEST_TIMEOUT_MS) {
  return createMiddleware(async (c, next) => {
    const timedOut = Symbol('timed out')
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<typeof timedOut>((resolve) => {
      timer = setTimeout(() => resolve(timedOut), ms)
    })
    try {
      if ((await Promise.race([next(), deadline])) === timedOut)
        c.res = problem(
          c,
          503,
          `The server did not answer within ${ms} ms. Try again in a moment.`,
          undefined,
          { 'retry-after': '1' },
        )
    } finally {
      clearTimeout(timer)
    }
  })
}
