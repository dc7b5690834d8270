/**
 * The browser security headers of `npm start`. Scripts and styles come only from this origin (the
 * Vite build emits no inline script or style), so neither 'unsafe-inline' nor 'unsafe-eval' is
 * needed. The README lists the same headers for static hosting.
 */
export function contentSecurityPolicy(apiBaseUrl: string): string {
  const connect = ["'self'"]
  const api = absoluteOrigin(apiBaseUrl)
  if (api) connect.push(api)
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ')
}

/** The origin of an absolute http(s) API base URL; null for a path on this origin. */
function absoluteOrigin(apiBaseUrl: string): string | null {
  if (!URL.canParse(apiBaseUrl)) return null
  const url = new URL(apiBaseUrl)
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null
}

export function securityHeaders(apiBaseUrl: string): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(apiBaseUrl),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // For browsers that predate frame-ancestors.
    'x-frame-options': 'DENY',
  }
}
