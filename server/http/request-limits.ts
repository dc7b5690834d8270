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

const TIMED_OUT = Symbol('timed out')

/**
 * 503 when the rest of the chain has not answered within `ms`. The work itself is not cancelled
 * (a SQLite statement cannot be), but the client gets a clear answer instead of a hung socket.
 */
export function limitRequestTime(ms = DEFAULT_REQUEST_TIMEOUT_MS) {
  return createMiddleware(async (c, next) => {
    let timer: NodeJS.Timeout | undefined
    try {
      // One promise settled by whichever comes first: the rest of the chain (or its error), or
      // the timer. Promise.race over a second promise cost a promise, a closure and an array more.
      const first = await new Promise<typeof TIMED_OUT | void>((resolve, reject) => {
        timer = setTimeout(resolve, ms, TIMED_OUT)
        next().then(resolve, reject)
      })
      if (first === TIMED_OUT)
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
