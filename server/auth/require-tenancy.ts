import type Database from 'better-sqlite3'
import { createMiddleware } from 'hono/factory'
import * as v from 'valibot'
import {
  SERVICER_ID_HEADER,
  TENANT_ID_HEADER,
  tenancyHeadersSchema,
  type Tenancy,
} from '../../src/contract'
import { parameterErrors, invalidParameters, problem } from '../http/problem'
import { hashToken } from './token-hash'

export type TenancyVariables = { tenancy: Tenancy }

// The scheme and its one separating space (trim() takes any more). "Bearer" alone is a missing
// token too: HTTP trims the space that followed it.
const BEARER = /^Bearer(?:\s|$)/i

/**
 * Authenticates the token (401), checks the tenant and servicer headers (400), then the token's
 * entitlement to them (403). Handlers read only `c.var.tenancy`, so every query is scoped by it.
 * Tokens are compared as SHA-256 digests (token-hash.ts) and never logged.
 */
export function requireTenancy(db: Database.Database) {
  // `+?`, not `?`: a bare `?` is prepared again on every request (see calls-repository.ts).
  // Raw rows ([tenantId, servicerId]): better-sqlite3 builds an object a property at a time.
  const entitled = db
    .prepare('SELECT tenantId, servicerId FROM api_tokens WHERE tokenSha256 = +?')
    .raw()
  return createMiddleware<{ Variables: TenancyVariables }>(async (c, next) => {
    const token = (c.req.header('authorization') ?? '').replace(BEARER, '').trim()
    const challenge = { 'www-authenticate': 'Bearer realm="calltracking"' }
    if (!token) {
      return problem(
        c,
        401,
        'The Authorization header is required: send the access token, raw or as "Bearer <token>".',
        undefined,
        challenge,
      )
    }
    const scopes = entitled.all(hashToken(token)) as [tenantId: string, servicerId: string][]
    if (scopes.length === 0)
      return problem(
        c,
        401,
        'The access token is not recognised. Sign in again with a valid token.',
        undefined,
        challenge,
      )

    const headers = v.safeParse(tenancyHeadersSchema, {
      [TENANT_ID_HEADER]: c.req.header(TENANT_ID_HEADER),
      [SERVICER_ID_HEADER]: c.req.header(SERVICER_ID_HEADER),
    })
    if (!headers.success) return invalidParameters(c, parameterErrors(headers.issues))
    const { [TENANT_ID_HEADER]: tenantId, [SERVICER_ID_HEADER]: servicerId } = headers.output

    if (!scopes.some(([t, s]) => t === tenantId && s === servicerId)) {
      return problem(
        c,
        403,
        `This access token has no access to tenant ${tenantId}, servicer ${servicerId}.`,
      )
    }
    c.set('tenancy', { tenantId, servicerId })
    await next()
  })
}
