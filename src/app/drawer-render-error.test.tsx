import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { startReferenceServer } from '../../server/test/reference-server'
import type * as Dates from '../lib/dates'
import { App } from './app'

// The fault is the point: formatting a record's UTC instant (done only in the drawer) throws, as a
// render error would. No record the contract accepts does this today; the boundary is there for the
// day one does, and this proves it holds.
vi.mock('../lib/dates', async (importOriginal) => ({
  ...(await importOriginal<typeof Dates>()),
  formatUtc: () => {
    throw new RangeError('Invalid time value')
  },
}))

// jsdom has <dialog> but not its modal methods: the least of them, for this test.
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  this.open = false
  this.dispatchEvent(new Event('close'))
}

let server: Awaited<ReturnType<typeof startReferenceServer>>
beforeAll(async () => {
  server = await startReferenceServer()
})
afterAll(() => server.close())

it('a render error in the drawer stays in the drawer: it says so, and the table stays usable', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
  const user = userEvent.setup()
  const demo = { accessToken: 'demo-access-token', tenantId: '314', servicerId: '2' }
  render(<App config={{ apiBaseUrl: server.apiBaseUrl, demoCredentials: demo }} />)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  const table = await screen.findByRole('table', { name: 'Calls' })

  const [first] = within(table).getAllByRole('button', { name: /^View details/ })
  await user.click(first as HTMLElement)
  // The drawer's code is a chunk of its own, fetched on this click.
  const drawer = await screen.findByRole('dialog', { name: 'Call details' })
  expect(within(drawer).getByRole('alert')).toHaveTextContent(
    /The details of call .+ could not be shown\./,
  )
  await user.click(within(drawer).getByRole('button', { name: 'Close' }))

  expect(screen.getByRole('table', { name: 'Calls' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Next page' }))
  expect(await screen.findByText(/^Page 2 of/)).toBeInTheDocument()
}, 15_000)
