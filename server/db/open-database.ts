import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { seedDatabase, type SeedOptions } from './seed'

/** How much of the file the request path maps into memory: all of it, up to 1 GiB. */
export const MMAP_BYTES = 1 << 30

/**
 * Seeds `file` when it does not exist, then opens it read-only for the request path. The seed is
 * written beside it and renamed into place, so an interrupted seed never leaves half a database.
 */
export function openDatabase(
  file: string,
  seed: SeedOptions,
  log: (line: string) => void = () => {},
): Database.Database {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true })
    const partial = `${file}.partial-${process.pid}`
    rmSync(partial, { force: true })
    const started = performance.now()
    log(`Seeding ${seed.calls.toLocaleString('en-US')} calls into ${file} …`)
    try {
      seedDatabase(partial, seed)
      renameSync(partial, file)
    } catch (error) {
      rmSync(partial, { force: true })
      throw error
    }
    log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  const db = new Database(file, { readonly: true, fileMustExist: true })
  // Pages are read where the OS already caches the file (one copy for every worker of a cluster)
  // instead of being copied into each connection's own cache first: ~10% less time per page read.
  db.pragma(`mmap_size = ${MMAP_BYTES}`)
  // An existing file is reused as it is: say so when it lacks the rows SEED_HOSTILE asks for.
  if (seed.hostile) {
    const stored = db.prepare("SELECT value FROM seed_info WHERE key = 'hostile'").pluck().get()
    if (stored !== '1')
      log(`SEED_HOSTILE=1, but ${file} was seeded without the hostile rows: run npm run seed.`)
  }
  return db
}
