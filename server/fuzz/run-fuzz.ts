// npm run fuzz [-- --runs=N --seed=S]: the API property (server/fuzz/api-property.ts) and the
// isolation property (server/fuzz/isolation-property.ts) over many more cases than the test run,
// against the in-process app on a temporary seeded database. Prints the counts; exits 1 on any
// violation. FUZZ_RUNS and FUZZ_SEED work too.
import fc from 'fast-check'
import { runApiCase, type CaseResult } from './api-property'
import { createFuzzTarget } from './fuzz-target'
import { isolationCaseArbitrary, runIsolationCase } from './isolation-property'
import { apiCaseArbitrary } from './request-arbitraries'

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
  const raw = arg ?? process.env[`FUZZ_${name.toUpperCase()}`]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} (or FUZZ_${name.toUpperCase()}) must be a whole number of 1 or more`)
    process.exit(2)
  }
  return n
}

const runs = option('runs', 10_000)
const seed = option('seed', Date.now() % 2 ** 31)
const isolationRuns = Math.max(500, Math.round(runs / 5))

type Tally = {
  cases: number
  byStatus: Map<number, number>
  fiveXx: number
  crossTenantRows: number
  failures: string[]
}

const tally = (): Tally => ({
  cases: 0,
  byStatus: new Map(),
  fiveXx: 0,
  crossTenantRows: 0,
  failures: [],
})

function record(t: Tally, result: CaseResult, input: unknown) {
  t.cases++
  t.byStatus.set(result.status, (t.byStatus.get(result.status) ?? 0) + 1)
  if (result.status >= 500) t.fiveXx++
  t.crossTenantRows += result.crossTenantRows
  if (result.violations.length)
    t.failures.push(`${JSON.stringify(input).slice(0, 400)}\n    → ${result.violations.join('; ')}`)
}

function report(label: string, t: Tally) {
  const statuses = [...t.byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ')
  console.log(`${label}`)
  console.log(`  cases run:          ${t.cases}`)
  console.log(`  responses by status ${statuses}`)
  console.log(`  5xx seen:           ${t.fiveXx}`)
  console.log(`  cross-tenant rows:  ${t.crossTenantRows}`)
  console.log(`  violations:         ${t.failures.length}`)
  for (const f of t.failures.slice(0, 5)) console.log(`    ${f}`)
}

const started = performance.now()
const target = createFuzzTarget()
const api = tally()
const isolation = tally()
try {
  for (const c of fc.sample(apiCaseArbitrary(target.samples), { numRuns: runs, seed }))
    record(api, await runApiCase(target, c), c)
  for (const c of fc.sample(isolationCaseArbitrary(target.samples), {
    numRuns: isolationRuns,
    seed,
  }))
    record(isolation, await runIsolationCase(target, c), c)
} finally {
  target.close()
}

console.log(`fuzz seed ${seed} (repeat with --seed=${seed})`)
report('Query strings and headers (any parameter, any value, adversarial headers)', api)
report('Isolation (tokens × tenants × servicers × filters, compared with direct SQL)', isolation)
console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`)
if (api.failures.length || isolation.failures.length) process.exit(1)
