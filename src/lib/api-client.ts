import type { z } from 'zod'
import { problemSchema } from '../contract/problem-schema'
import { ApiError } from './api-error'

export type ApiCredentials = { accessToken: string; tenantId: string; servicerId: string }

/**
 * The one module that talks to the network. It resolves a path or a server-given link against the
 * base URL, refuses links to another origin (a token must never leave for a host it was not meant
 * for), sends the token and tenancy headers, checks the status, and validates the body with zod.
 */
export function createApiClient(apiBaseUrl: string, origin: string = window.location.origin) {
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

  async function get<S extends z.ZodType>(
    credentials: ApiCredentials,
    pathOrLink: string,
    schema: S,
    signal?: AbortSignal,
  ): Promise<z.output<S>> {
    const url = resolve(pathOrLink)
    let res: Response
    try {
      res = await fetch(url, {
        signal,
        credentials: 'omit',
        headers: {
          Accept: 'application/json',
          Authorization: credentials.accessToken,
          tenantid: credentials.tenantId,
          servicerid: credentials.servicerId,
        },
      })
    } catch (error) {
      if (signal?.aborted) throw error
      throw new ApiError('network', `Could not reach the Call Tracking API at ${base.origin}.`)
    }
    const text = await res.text()
    const body = parseJson(text)
    if (!res.ok) {
      const problem = problemSchema.safeParse(body)
      const detail = problem.success
        ? problem.data.detail
        : `The API answered ${res.status} ${res.statusText}`.trim()
      throw new ApiError('http', detail, res.status, problem.success ? problem.data : undefined)
    }
    const parsed = schema.safeParse(body)
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') || 'the body'
      throw new ApiError(
        'invalid-response',
        `The API's answer was not in the expected form (at ${where}).`,
        res.status,
      )
    }
    return parsed.data
  }

  return { get, resolve, baseUrl: base.toString() }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

export type ApiClient = ReturnType<typeof createApiClient>
