// `npm run seed`: (re)creates the database file from SEED_CALLS / SEED / SEED_NOW.
import { rmSync } from 'node:fs'
import { readServerConfig } from './config'
import { openDatabase } from './db/open-database'

const config = readServerConfig()
rmSync(config.databaseFile, { force: true })
openDatabase(config.databaseFile, config.seed, (line) => console.log(line)).close()
