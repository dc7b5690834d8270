import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatFaultSpec, NO_FAULTS, parseFaultSpec } from '../faults/fault-spec'

describe('the CALLTRACKING_FAULTS syntax', () => {
  it('reads every fault, with rates defaulting to 1', () => {
    expect(
      parseFaultSpec(
        'latency=800,status=503:0.3,retry-after=2,truncate:0.1,wrong-shape:0.1,reset:0.05',
      ),
    ).toEqual({
      latency: { minMs: 800, maxMs: 800, rate: 1 },
      status: { code: 503, rate: 0.3 },
      retryAfterSeconds: 2,
      truncateRate: 0.1,
      wrongShapeRate: 0.1,
      resetRate: 0.05,
      match: null,
      count: null,
    })
    expect(parseFaultSpec('latency=200-1200:0.5').latency).toEqual({
      minMs: 200,
      maxMs: 1200,
      rate: 0.5,
    })
    expect(parseFaultSpec(' status=429 , reset ')).toMatchObject({
      status: { code: 429, rate: 1 },
      resetRate: 1,
      retryAfterSeconds: 1,
    })
  })

  it('keeps everything after the first "=" of match, colons and equals signs included', () => {
    expect(parseFaultSpec('status=500,match=borrowerid=100000001,count=2')).toMatchObject({
      match: 'borrowerid=100000001',
      count: 2,
    })
    expect(parseFaultSpec('truncate,match=startdate=2025-01-01T10:00:00Z').match).toBe(
      'startdate=2025-01-01T10:00:00Z',
    )
  })

  it('"none" and "on" enable injection with no fault', () => {
    expect(parseFaultSpec('none')).toEqual(NO_FAULTS)
    expect(parseFaultSpec('on')).toEqual(NO_FAULTS)
  })

  it.each([
    ['', /empty/],
    ['slow', /unknown fault "slow"/],
    ['status=404', /status must be one of 429, 500, 503/],
    ['status', /status needs a value/],
    ['status=503:1.5', /rate of status must be a number from 0 to 1/],
    ['status=503:-0.1', /rate of status/],
    ['status=503:0.3:0.2', /more than one rate/],
    ['latency=fast', /latency must be milliseconds/],
    ['latency=900-100', /from low to high/],
    ['latency=700000', /latency must be a whole number from 0 to 600000/],
    ['truncate=1', /truncate takes no value/],
    ['reset:often', /rate of reset/],
    ['count=0', /count must be a whole number from 1/],
    ['count=2:0.5', /count takes no rate/],
    ['match=', /match needs the text/],
    ['status=503,status=500', /status is given twice/],
    ['retry-after=2', /retry-after needs status=429 or status=503/],
    ['status=500,retry-after=2', /not 500/],
    ['none,status=500', /unknown fault "none"/],
    ['status=503,,reset', /unknown fault ""/],
  ])('refuses %j (%s)', (text, message) => {
    expect(() => parseFaultSpec(text)).toThrow(message)
  })

  it('prints a spec canonically, and the text parses back to the same spec', () => {
    expect(formatFaultSpec(NO_FAULTS)).toBe('none')
    expect(formatFaultSpec(parseFaultSpec('reset:0.05, latency=10-20, status=429'))).toBe(
      'latency=10-20,status=429,retry-after=1,reset:0.05',
    )
    const rate = fc.constantFrom(undefined, 0, 0.25, 0.5, 1)
    const withRate = (item: string, r: number | undefined) =>
      r === undefined ? item : `${item}:${r}`
    fc.assert(
      fc.property(
        fc.record(
          {
            latency: fc.tuple(fc.nat(5000), fc.nat(5000), rate),
            status: fc.tuple(fc.constantFrom(429, 500, 503), rate),
            truncate: rate,
            reset: rate,
            match: fc.stringMatching(/^[a-z0-9=&]{1,20}$/),
            count: fc.integer({ min: 1, max: 100 }),
          },
          { requiredKeys: [] },
        ),
        (parts) => {
          const items: string[] = []
          if (parts.latency) {
            const [a, b, r] = parts.latency
            items.push(withRate(`latency=${Math.min(a, b)}-${Math.max(a, b)}`, r))
          }
          if (parts.status) items.push(withRate(`status=${parts.status[0]}`, parts.status[1]))
          if ('truncate' in parts) items.push(withRate('truncate', parts.truncate))
          if ('reset' in parts) items.push(withRate('reset', parts.reset))
          if (parts.match) items.push(`match=${parts.match}`)
          if (parts.count) items.push(`count=${parts.count}`)
          const spec = parseFaultSpec(items.length ? items.join(',') : 'none')
          expect(parseFaultSpec(formatFaultSpec(spec))).toEqual(spec)
        },
      ),
      { numRuns: 200 },
    )
  })
})
