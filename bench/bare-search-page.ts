// Row 2's yardstick: the least a page can do for a search. A form whose submit fetches the same
// URL the dashboard asks for, parses the JSON and writes the 20 rows into a table with the DOM: no
// framework, no validation, no state, nothing else on the page. Timed by the same timer as the
// dashboard's search (a table in a `.page-slot`, the borrower in its fourth column), it shows what
// the display's frames and this machine leave for any page (docs/performance.md, row 2).
//
// Written into the built dashboard's folder, so the bench's server serves it like the dashboard's
// own files, with the same headers (its script is a file: the CSP allows no inline script). Not
// served through Playwright's router: a route sends every request of the page through the driver
// and turns the cache off, slowing the bare page's fetches by ~2 ms (a cold review measured it).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CALLS_URL_PATH } from '../src/contract'

/** Where the bench's server serves it. */
export const BARE_SEARCH_PATH = '/bench-bare-search.html'

export function writeBareSearchPage(appDir: string, headers: Record<string, string>): void {
  writeFileSync(
    join(appDir, 'bench-bare-search.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bare search</title><script type="module" src="/bench-bare-search.js"></script></head>
<body>
<form role="search"><label>Borrower ID <input name="borrowerid"></label><button>Search</button></form>
<div class="page-slot"><table>
<thead><tr><th>Time</th><th>Status</th><th>Phone</th><th>Borrower</th><th>Loan</th><th>Details</th></tr></thead>
<tbody></tbody>
</table></div>
</body>
</html>
`,
  )
  writeFileSync(
    join(appDir, 'bench-bare-search.js'),
    `const form = document.querySelector('form')
const tbody = document.querySelector('tbody')
const headers = ${JSON.stringify(headers)}
form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const id = encodeURIComponent(form.elements.borrowerid.value)
  const res = await fetch('${CALLS_URL_PATH}?borrowerid=' + id + '&offset=0&limit=20', { credentials: 'omit', headers })
  const { data } = await res.json()
  tbody.replaceChildren(...data.map((call) => {
    const row = document.createElement('tr')
    for (const text of [new Date(call.callTimestamp).toLocaleString(), call.callStatus, call.phoneNumber, call.borrowerId, call.loanId]) {
      const cell = document.createElement('td')
      cell.textContent = text
      row.append(cell)
    }
    const details = document.createElement('button')
    details.textContent = 'View details'
    row.append(document.createElement('td'))
    row.lastChild.append(details)
    return row
  }))
})
`,
  )
}
