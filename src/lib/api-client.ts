import * as v from 'valibot'
import { problemSchema } from '../contract/problem-schema'
import { tenancyHeaders } from '../contract/tenancy'
import { ApiError, parseRetryAfter } from './api-error'

/** What every request carries: the access token and the tenancy it acts for. */
export const apiCredentialsSchema = v.object({
  accessToken: v.string(),
  tenantId: v.string(),
  servicerId: v.string(),
})
export type ApiCredentials = v.InferOutput<typeof apiCredentialsSchema>

/** A request that has not answered by then is given up: an agent on the phone cannot wait longer. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000

/**
 * The one module that talks to the network. It resolves a path or a server-given link against the
 * base URL, refuses links to another origin (a token must never leave for a host it was not meant
 * for), sends the token and tenancy headers, checks the status, and validates the body with the contract's schema.
 */
export function createApiClient(
  apiBaseUrl: string,
  origin: string = window.location.origin,
  timeoutMs: number = DEFAULT_REQUEST_TIMEOUT_MS,
) {
  const base = new URL(apiBaseUrl.endsWith('/') ? apiBaseUrl : `${apiBaseUrl}/`, origin)

  function resolve(pathOrLink: string): URL {
    // Resolved exactly as a browser would: "calltracking/calls?…" sits under the base, a server's
    // "/calltrackingapi/…" is on the base's origin, and "//host/…" or "https://host/…" is refused below.
    const url = new URL(pathOrLink, base)
    if (url.origin !== base.origin) {
      throw new ApiError(
        'foreign-link',
        `The API sent a link to another site (${url.origin}); it was not followed.`,
      )
    }
    return url
  }

  async function get<S extends v.GenericSchema>(
    credentials: ApiCredentials,
    pathOrLink: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<v.InferOutput<S>> {
    const url = resolve(pathOrLink)
    signal?.throwIfAborted()
    // The caller's signal (a newer search, Cancel) and our own deadline both end the request.
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const forward = () => controller.abort()
    signal?.addEventListener('abort', forward)
    try {
      return await send(url, credentials, schema, controller.signal)
    } catch (error) {
      if (signal?.aborted) throw error
      if (timedOut)
        throw new ApiError(
          'timeout',
          `The Call Tracking API did not answer within ${seconds(timeoutMs)}.`,
        )
      throw error
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forward)
    }
  }

  async function send<S extends v.GenericSchema>(
    url: URL,
    credentials: ApiCredentials,
    schema: S,
    signal: AbortSignal,
  ): Promise<v.InferOutput<S>> {
    let res: Response
    try {
      res = await fetch(url, {
        signal,
        credentials: 'omit',
        headers: {
          Accept: 'application/json',
          Authorization: credentials.accessToken,
          ...tenancyHeaders(credentials),
        },
      })
    } catch (error) {
      if (signal.aborted) throw error
      throw new ApiError('network', `Could not reach the Call Tracking API at ${base.origin}.`)
    }
    let text: string
    try {
      text = await res.text()
    } catch (error) {
      if (signal.aborted) throw error
      throw new ApiError(
        'network',
        'The connection to the Call Tracking API broke off while its answer was arriving.',
        res.status,
      )
    }
    const body = parseJson(text)
    if (!res.ok) {
      const problem = v.safeParse(problemSchema, body)
      const detail = problem.success
        ? problem.output.detail
        : `The API answered ${res.status} ${res.statusText}`.trim()
      throw new ApiError(
        'http',
        detail,
        res.status,
        problem.success ? problem.output : undefined,
        parseRetryAfter(res.headers.get('retry-after')),
      )
    }
    if (body === undefined)
      throw new ApiError(
        'invalid-response',
        res.headers.get('content-type')?.includes('text/html')
          ? 'Unexpected response from the API: a web page came back instead (check apiBaseUrl in config.json).'
          : 'Unexpected response from the API: the answer was not valid JSON (it may have been cut short).',
        res.status,
      )
    const parsed = v.safeParse(schema, body)
    if (!parsed.success) {
      const where = v.getDotPath(parsed.issues[0]) || 'the body'
      throw new ApiError(
        'invalid-response',
        `Unexpected response from the API: the answer was not in the expected form (at ${where}).`,
        res.status,
      )
    }
    return parsed.output
  }

  return { get, baseUrl: base.toString() }
}

const seconds = (ms: number) => {
  const n = Math.round(ms / 100) / 10
  return `${n} second${n === 1 ? '' : 's'}`
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    // Not JSON: undefined, and the caller says what came instead.
  }
  return undefined
}

export type ApiClient = ReturnType<typeof createApiClient>
