import { describe, expect, it } from 'vitest'
import { labelEvery, valueTicks } from './chart-scale'

describe('valueTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten, up to the first tick at or above the maximum', () => {
    expect(valueTicks(37)).toEqual([0, 10, 20, 30, 40]) // 37 / 4 = 9.25 → step 10
    expect(valueTicks(40)).toEqual([0, 10, 20, 30, 40])
    expect(valueTicks(7)).toEqual([0, 2, 4, 6, 8]) // 1.75 → 2
    expect(valueTicks(3)).toEqual([0, 1, 2, 3]) // 0.75 → whole calls only: 1
    expect(valueTicks(1_234)).toEqual([0, 500, 1_000, 1_500]) // 308.5 → 500
  })
  it('still draws an axis for no calls', () => {
    expect(valueTicks(0)).toEqual([0, 1])
  })
})

describe('labelEvery', () => {
  it('skips enough days that labels do not overlap', () => {
    expect(labelEvery(30, 64)).toBe(3)
    expect(labelEvery(64, 64)).toBe(1)
    expect(labelEvery(4, 64)).toBe(16)
  })
})
