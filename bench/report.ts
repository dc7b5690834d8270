/** One row of `npm run bench`'s table: a figure against its budget, or "not measured". */
export type BenchRow = {
  /** The budget's number in the issue (5a–5c split row 5). */
  id: string
  budget: string
  name: string
  figure: string
  /** null: not measured (the figure says why). */
  pass: boolean | null
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`

export function notMeasured(id: string, name: string, budget: string, why: string): BenchRow {
  return { id, name, budget, figure: `not measured: ${why}`, pass: null }
}

export function formatTable(rows: BenchRow[]): string {
  const head = ['#', 'measure', 'figure', 'budget', 'result']
  const body = rows.map((r) => [
    r.id,
    r.name,
    r.figure,
    r.budget,
    r.pass === null ? 'not measured' : r.pass ? 'pass' : 'FAIL',
  ])
  const esc = (s: string) => s.replaceAll('|', '\\|')
  return [head, head.map(() => '---'), ...body]
    .map((cells) => `| ${cells.map(esc).join(' | ')} |`)
    .join('\n')
}
