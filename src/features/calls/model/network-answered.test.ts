import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../lib/api-error'
import { networkAnswered } from './network-answered'

const http = (status: number) => new ApiError('http', `HTTP ${status}`, status)
const noResponse = new ApiError('network', 'Failed to fetch')

describe('networkAnswered', () => {
  it('is true once rows (or none) are shown, online or not', () => {
    expect(networkAnswered('rows', null, null, true)).toBe(true)
    expect(networkAnswered('rows', null, null, false)).toBe(true)
  })

  it('is false while the first search loads with nothing heard yet', () => {
    expect(networkAnswered('loading', null, null, true)).toBe(false)
  })

  it('is true for an HTTP error, final or being retried', () => {
    expect(networkAnswered('error', http(500), null, true)).toBe(true)
    expect(networkAnswered('loading', null, http(503), true)).toBe(true)
  })

  it('is false when no response came (the connection is down), final or being retried', () => {
    expect(networkAnswered('error', noResponse, null, true)).toBe(false)
    expect(networkAnswered('loading', null, noResponse, true)).toBe(false)
    expect(networkAnswered('error', new Error('not an API error'), null, true)).toBe(false)
  })

  it('is false for a cancelled search', () => {
    expect(networkAnswered('cancelled', null, null, true)).toBe(false)
  })

  it('goes by the online flag where invalid filters asked nothing', () => {
    expect(networkAnswered('idle', null, null, true)).toBe(true)
    expect(networkAnswered('idle', null, null, false)).toBe(false)
  })
})
