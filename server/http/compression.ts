import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress'
import { createMiddleware } from 'hono/factory'
import { parseAccept } from 'hono/utils/accept'
import { deflateSync, gzipSync } from 'node:zlib'

const ENCODINGS = ['gzip', 'deflate'] as const
type Encoding = (typeof ENCODINGS)[number]
const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/i
const VARIES_BY_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i
/** JSON and problem+json (not json-seq or json-patch+json, which may stream). */
const JSON_TYPE = /^application\/(?:problem\+)?json(?:[;\s]|$)/i
/** Above this declared length a JSON body is streamed (a source map served as a file, say). */
const COMPRESS_AT_ONCE_MAX = 256 * 1024
const compressNow = { gzip: gzipSync, deflate: deflateSync } as const

/** The encoding the client prefers: the highest q above 0; on a tie, gzip. */
function chooseEncoding(accepted: string | undefined): Encoding | undefined {
  // Stryker disable next-line ConditionalExpression: parseAccept finds nothing in a missing header either; this only narrows the type
  if (accepted === undefined) return undefined
  const accepts = parseAccept(accepted)
  const wildcard = accepts.find((a) => a.type === '*')?.q
  let best: { encoding: Encoding; q: number } | undefined
  for (const encoding of ENCODINGS) {
    const q = accepts.find((a) => a.type.toLowerCase() === encoding)?.q ?? wildcard ?? 0
    if (q > 0 && (!best || q > best.q)) best = { encoding, q }
  }
  return best?.encoding
}

/**
 * Hono's compress() (gzip or deflate for a client that asks, from 1 KiB or an unknown length, for
 * compressible types; `Vary: Accept-Encoding` on every response that could be compressed), with
 * one difference: headers go on the finished response's own headers. compress() adds Vary with
 * c.header(), which rebuilds a finished response around its body as a stream, and the Node listener
 * then reads it back chunk by chunk: about 0.3 ms of CPU on every uncompressed API answer.
 */
export function compressResponses({ threshold = 1024 }: { threshold?: number } = {}) {
  return createMiddleware(async (c, next) => {
    await next()
    const headers = c.res.headers
    const length = headers.get('content-length')
    if (
      c.res.status === 206 ||
      headers.has('content-encoding') ||
      headers.has('transfer-encoding') ||
      c.req.method === 'HEAD' ||
      (length && Number(length) < threshold) ||
      // Stryker disable next-line StringLiteral: a missing header read as "" or as any other word matches neither pattern
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(headers.get('content-type') ?? '') ||
      // Stryker disable next-line StringLiteral: as above
      NO_TRANSFORM.test(headers.get('cache-control') ?? '')
    )
      return
    const vary = headers.get('vary')
    if (vary !== '*' && !(vary && VARIES_BY_ENCODING.test(vary)))
      headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    const encoding = chooseEncoding(c.req.header('accept-encoding'))
    if (!encoding || !c.res.body) return
    if (
      // Stryker disable next-line StringLiteral: unreachable without a type (the compressible-type check above returned)
      JSON_TYPE.test(headers.get('content-type') ?? '') &&
      (!length || Number(length) <= COMPRESS_AT_ONCE_MAX)
    ) {
      // The API's answers (a page, a problem, the OpenAPI document) are built whole in memory, with
      // no length declared; they are compressed whole, in this turn of the event loop (a 500-call
      // page, ~130 kB, in ~1 ms on an idle core). Through a CompressionStream the body would go out
      // over several turns, and a request that came in just behind this one (the dashboard asks for
      // a page and, at once, the contact cadence) would be answered in between, holding this
      // answer's last bytes back until then. A large JSON file keeps the stream.
      const body = compressNow[encoding](new Uint8Array(await c.res.arrayBuffer()))
      c.res = new Response(body, c.res)
      c.res.headers.set('content-length', String(body.byteLength))
    } else {
      c.res = new Response(c.res.body.pipeThrough(new CompressionStream(encoding)), c.res)
      c.res.headers.delete('content-length')
    }
    c.res.headers.set('content-encoding', encoding)
    const etag = c.res.headers.get('etag')
    if (etag && !etag.startsWith('W/')) c.res.headers.set('etag', `W/${etag}`)
  })
}
