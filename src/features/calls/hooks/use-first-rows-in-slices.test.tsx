import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CallResults } from './use-call-results'
import { useFirstRowsInSlices } from './use-first-rows-in-slices'

// What the page draws, render by render, as the live results go from loading to rows. The results
// are stand-ins: only their status matters to the hook.
const results = (status: 'loading' | 'rows', name: string) =>
  ({ shown: { status }, name }) as unknown as CallResults & { name: string }

function Drawn({ live, log }: { live: CallResults; log: string[] }) {
  const drawn = useFirstRowsInSlices(live) as CallResults & { name: string }
  log.push(drawn.name)
  return null
}

function drawing() {
  const log: string[] = []
  const view = render(<Drawn live={results('loading', 'first search loading')} log={log} />)
  /** The renders that drawing `live` took, in order. */
  const next = (live: CallResults) => {
    log.length = 0
    view.rerender(<Drawn live={live} log={log} />)
    return [...new Set(log)]
  }
  return next
}

describe('useFirstRowsInSlices', () => {
  it('draws the loading state once more, then the first rows in a render of their own', () => {
    const next = drawing()
    expect(next(results('rows', 'first rows'))).toEqual(['first search loading', 'first rows'])
  })

  it('draws the rows of every later search in the render that receives them', () => {
    const next = drawing()
    next(results('rows', 'first rows'))
    expect(next(results('loading', 'second search loading'))).toEqual(['second search loading'])
    expect(next(results('rows', 'second rows'))).toEqual(['second rows'])
    expect(next(results('rows', 'page 2'))).toEqual(['page 2'])
  })
})
