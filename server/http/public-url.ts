import { createMiddleware } from 'hono/factory'
import type { ParameterError } from '../../src/contract'
import { invalidParameters } from './problem'

export type PublicUrlOptions = {
  /** PUBLIC_BASE_URL: the origin (and path prefix) clients reach this server at. Wins if set. */
  publicBaseUrl?: URL | null
  /** TRUST_PROXY: believe X-Forwarded-Host and X-Forwarded-Proto. Off: they are ignored. */
  trustProxy?: boolean
}

// A host name, IPv4 or bracketed IPv6 literal, with an optional port: nothing that could carry a
// path, query, credentials or a second URL into the links.
// Labels are separated by mandatory dots, so the pattern cannot backtrack badly on a 10 kB value.
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/
const PROTO = /^https?$/i

/** A proxy may append its own value: the first one is what the client used. */
// Stryker disable next-line OptionalChaining: [0] is never undefined, so ?. and . behave the same
const first = (value: string | undefined) => value?.split(',')[0]?.trim() || undefined

/**
 * The URL the client used for this request, for links that send it back to the same place.
 * Behind a reverse proxy the Host header is the proxy's upstream name, so links built from it
 * point to another origin, which the dashboard refuses.
 */
export function publicRequestUrl(
  requestUrl: string,
  header: (name: string) => string | undefined,
  { publicBaseUrl = null, trustProxy = false }: PublicUrlOptions,
): { url: URL } | { error: ParameterError } {
  const url = new URL(requestUrl)
  if (publicBaseUrl) {
    const prefix = publicBaseUrl.pathname.replace(/\/+$/, '')
    return { url: new URL(`${prefix}${url.pathname}${url.search}`, publicBaseUrl.origin) }
  }
  if (!trustProxy) return { url }
  const host = first(header('x-forwarded-host'))
  const proto = first(header('x-forwarded-proto'))
  if (host !== undefined) {
    const hostParts = HOST.exec(host)
    if (!hostParts || host.length > 260 || Number(hostParts[1] ?? 0) > 65535)
      return {
        error: {
          parameter: 'x-forwarded-host',
          message: 'x-forwarded-host header must be a host name with an optional port',
        },
      }
  }
  if (proto !== undefined && !PROTO.test(proto))
    return {
      error: {
        parameter: 'x-forwarded-proto',
        message: 'x-forwarded-proto header must be http or https',
      },
    }
  // The URL parser lower-cases the scheme itself: "HTTPS" gives https:.
  if (proto) url.protocol = `${proto}:`
  if (host) {
    url.host = host
    // "host" without a port means the scheme's default, not the port the proxy connected to.
    if (!host.includes(':') || host.endsWith(']')) url.port = ''
  }
  return { url }
}

export type PublicUrlVariables = { publicUrl: URL }

/** Sets `c.var.publicUrl`, or answers 400 naming a malformed forwarded header (when trusted). */
export function resolvePublicUrl(options: PublicUrlOptions) {
  return createMiddleware<{ Variables: PublicUrlVariables }>(async (c, next) => {
    const resolved = publicRequestUrl(c.req.url, (name) => c.req.header(name), options)
    if ('error' in resolved) return invalidParameters(c, [resolved.error])
    c.set('publicUrl', resolved.url)
    await next()
  })
}
