import { describe, expect, it } from 'vitest'
import { plainTableReactivity } from './plain-table-reactivity'

describe('plainTableReactivity', () => {
  const bindings = plainTableReactivity()

  it('keeps a writable atom as a plain value, set directly or from the previous one', () => {
    const atom = bindings.createWritableAtom(2)
    expect(atom.get()).toBe(2)
    atom.set(5)
    expect(atom.get()).toBe(5)
    atom.set((previous) => previous * 10)
    expect(atom.get()).toBe(50)
  })

  it('works a derived atom out each time it is read, from what it reads then', () => {
    const source = bindings.createWritableAtom(1)
    const doubled = bindings.createReadonlyAtom(() => source.get() * 2)
    expect(doubled.get()).toBe(2)
    source.set(4)
    expect(doubled.get()).toBe(8)
  })

  it('runs batched and untracked work at once, and scheduled work once the current work is done (a microtask)', async () => {
    const ran: string[] = []
    bindings.batch(() => ran.push('batch'))
    expect(bindings.untrack(() => 'value')).toBe('value')
    bindings.schedule(() => ran.push('scheduled'))
    expect(ran).toEqual(['batch'])
    await Promise.resolve()
    expect(ran).toEqual(['batch', 'scheduled'])
  })

  it('refuses any subscription: the table keeps no state to follow', () => {
    const atom = bindings.createWritableAtom(1)
    const derived = bindings.createReadonlyAtom(() => atom.get())
    expect(() => atom.subscribe(() => {})).toThrow(/keeps no state/)
    expect(() => derived.subscribe(() => {})).toThrow(/keeps no state/)
    expect(() => bindings.addSubscription({ unsubscribe: () => {} })).toThrow(/keeps no state/)
  })

  it('makes no options store: the options are rebuilt with the table', () => {
    expect(bindings.createOptionsStore).toBe(false)
    expect(bindings.wrapExternalAtoms).toBe(false)
  })
})
