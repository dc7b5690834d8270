import { describe, expect, it } from 'vitest'
import { readServerConfig } from '../config'

const read = (env: Record<string, string>) => readServerConfig(env)

describe('server configuration from the environment', () => {
  it('defaults: no public base URL, proxy headers not trusted, 10 s limit, no faults, no hostile rows', () => {
    const config = read({})
    expect(config.publicBaseUrl).toBeNull()
    expect(config.trustProxy).toBe(false)
    expect(config.requestTimeoutMs).toBe(10_000)
    expect(config.faults).toBeNull()
    expect(config.seed.hostile).toBe(false)
    expect(config.contactCadence).toEqual({
      maxCallsInWindow: 7,
      windowDays: 7,
      daysAfterConversation: 7,
    })
  })

  it('reads each setting', () => {
    const config = read({
      PUBLIC_BASE_URL: 'https://calls.example.com/api',
      TRUST_PROXY: '1',
      REQUEST_TIMEOUT_MS: '2500',
      CALLTRACKING_FAULTS: 'status=503:0.5,retry-after=2',
      SEED_HOSTILE: '1',
      API_BASE_URL: 'https://api.example.com/calltrackingapi',
      CADENCE_MAX_CALLS: '5',
      CADENCE_WINDOW_DAYS: '6',
      CADENCE_DAYS_AFTER_CONVERSATION: '3',
    })
    expect(config.contactCadence).toEqual({
      maxCallsInWindow: 5,
      windowDays: 6,
      daysAfterConversation: 3,
    })
    expect(config.publicBaseUrl?.href).toBe('https://calls.example.com/api')
    expect(config.trustProxy).toBe(true)
    expect(config.requestTimeoutMs).toBe(2500)
    expect(config.faults?.status).toEqual({ code: 503, rate: 0.5 })
    expect(config.seed.hostile).toBe(true)
    expect(config.apiBaseUrl).toBe('https://api.example.com/calltrackingapi')
    // "none" still enables fault injection (the control endpoint), with no fault.
    expect(read({ CALLTRACKING_FAULTS: 'none' }).faults).not.toBeNull()
  })

  it.each([
    ['PUBLIC_BASE_URL', 'calls.example.com'],
    ['PUBLIC_BASE_URL', 'ftp://calls.example.com'],
    ['PUBLIC_BASE_URL', 'https://calls.example.com/?x=1'],
    ['PUBLIC_BASE_URL', 'https://user:pw@calls.example.com'],
    ['TRUST_PROXY', 'yes'],
    ['REQUEST_TIMEOUT_MS', '0'],
    ['REQUEST_TIMEOUT_MS', '1.5'],
    ['CALLTRACKING_FAULTS', 'status=404'],
    ['CALLTRACKING_FAULTS', 'latency=fast'],
    ['SEED_HOSTILE', 'maybe'],
    ['API_BASE_URL', 'javascript:alert(1)'],
  ])('refuses %s=%s with one line that names it', (name, value) => {
    let message = ''
    try {
      read({ [name]: value })
    } catch (error) {
      message = error instanceof Error ? error.message : String(error)
    }
    expect(message.startsWith(name)).toBe(true)
    expect(message).not.toContain('\n')
  })
})
