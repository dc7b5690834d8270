import { describe, expect, it } from 'vitest'
import { normalizeLinkParameters } from './link-parameters'

describe('link parameters', () => {
  it('reads a known parameter in any letter case, under its own name', () => {
    expect(normalizeLinkParameters('?borrowerId=100000001&LOANID=x&Page=2')).toEqual({
      search: 'borrowerid=100000001&loanid=x&page=2',
      unknown: [],
    })
  })

  it('names each parameter it does not know, once, and leaves it out', () => {
    expect(normalizeLinkParameters('?borrower=1&loanid=x&utm=a&borrower=2')).toEqual({
      search: 'loanid=x',
      unknown: ['borrower', 'utm'],
    })
  })

  it('keeps the first of a repeated parameter, as URLSearchParams.get does', () => {
    expect(normalizeLinkParameters('?page=2&page=3&PAGE=4').search).toBe('page=2')
  })

  it('an empty or plain link is left as it is', () => {
    expect(normalizeLinkParameters('')).toEqual({ search: '', unknown: [] })
    expect(normalizeLinkParameters('?sort=callStatus.asc')).toEqual({
      search: 'sort=callStatus.asc',
      unknown: [],
    })
  })
})
