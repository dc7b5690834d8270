import { describe, expect, it } from 'vitest'
import { publicRequestUrl } from '../http/public-url'

const REQUEST = 'http://upstream:3000/api/calls?page=2'

/** The URL the links are built from, for these forwarded headers with TRUST_PROXY on. */
function forwarded(headers: Record<string, string>) {
  return publicRequestUrl(REQUEST, (name) => headers[name], { trustProxy: true })
}
const href = (headers: Record<string, string>) => {
  const resolved = forwarded(headers)
  return 'url' in resolved ? resolved.url.href : resolved.error.parameter
}

describe('publicRequestUrl', () => {
  it('drops every trailing slash of the PUBLIC_BASE_URL path prefix', () => {
    const resolved = publicRequestUrl(REQUEST, () => undefined, {
      publicBaseUrl: new URL('https://calls.example/tracking//'),
    })
    expect('url' in resolved && resolved.url.href).toBe(
      'https://calls.example/tracking/api/calls?page=2',
    )
  })

  it('keeps the request URL when no forwarded header is sent', () => {
    expect(href({})).toBe(REQUEST)
  })

  it('trims spaces around the first value of a forwarded list', () => {
    expect(
      href({ 'x-forwarded-host': ' calls.example ,proxy', 'x-forwarded-proto': ' https ' }),
    ).toBe('https://calls.example/api/calls?page=2')
  })

  it('reads an empty first value as no header', () => {
    expect(href({ 'x-forwarded-host': ', calls.example', 'x-forwarded-proto': '' })).toBe(REQUEST)
  })

  it('takes the scheme in any case, written in lower case', () => {
    expect(href({ 'x-forwarded-proto': 'HTTPS' })).toBe('https://upstream:3000/api/calls?page=2')
  })

  it('accepts a host of 260 characters and refuses one of 261', () => {
    const label = 'a'.repeat(60)
    const host260 = `${[label, label, label, label].join('.')}.${'b'.repeat(16)}`
    expect(host260).toHaveLength(260)
    expect(href({ 'x-forwarded-host': host260 })).toBe(`http://${host260}/api/calls?page=2`)
    expect(href({ 'x-forwarded-host': `${host260}b` })).toBe('x-forwarded-host')
  })

  it('accepts port 65535 and refuses 65536', () => {
    expect(href({ 'x-forwarded-host': 'calls.example:65535' })).toBe(
      'http://calls.example:65535/api/calls?page=2',
    )
    expect(href({ 'x-forwarded-host': 'calls.example:65536' })).toBe('x-forwarded-host')
  })

  it('uses the scheme’s default port for a bracketed IPv6 host without a port', () => {
    expect(href({ 'x-forwarded-host': '[::1]' })).toBe('http://[::1]/api/calls?page=2')
    expect(href({ 'x-forwarded-host': '[::1]:8443' })).toBe('http://[::1]:8443/api/calls?page=2')
  })

  it('names the header and the rule for a bad scheme', () => {
    expect(forwarded({ 'x-forwarded-proto': 'ftp' })).toEqual({
      error: {
        parameter: 'x-forwarded-proto',
        message: 'x-forwarded-proto header must be http or https',
      },
    })
  })
})
