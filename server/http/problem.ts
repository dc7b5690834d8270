import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ParameterError, Problem } from '../../src/contract'

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not authenticated',
  403: 'Not permitted',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Content too large',
  414: 'URI too long',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal server error',
  503: 'Service unavailable',
}

/** An RFC 9457 response. `detail` is written for the person reading it; never a stack or SQL. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  errors?: ParameterError[],
  headers: Record<string, string> = {},
) {
  const body: Problem = {
    type: `urn:calltracking:problem:${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  }
  return c.body(JSON.stringify(body), status, {
    ...headers,
    'content-type': 'application/problem+json',
  })
}

/** What this needs of a valibot issue. */
type Issue = { type: string; message: string; path?: readonly { key: unknown }[] | undefined }

/**
 * One entry per parameter at fault, named as the client sent it. A key the schema does not know
 * fails the `never` its object has for the rest: each such key is named with its own message.
 */
export function parameterErrors(issues: readonly Issue[]): ParameterError[] {
  const errors: ParameterError[] = []
  for (const issue of issues) {
    const parameter = (issue.path ?? []).map((item) => String(item.key)).join('.')
    const message =
      issue.type === 'never' ? `${parameter} is not a parameter of this endpoint` : issue.message
    if (!errors.some((e) => e.parameter === parameter)) errors.push({ parameter, message })
  }
  return errors
}

export function invalidParameters(c: Context, errors: ParameterError[]) {
  const detail = errors.map((e) => e.message).join('; ')
  return problem(c, 400, detail, errors)
}
