// Where the API lives. Imports nothing, so the dashboard, the server, tests, e2e and bench all take
// the paths from here without loading a schema.

/** Where the vendor mounts the API, and so the reference server; the dashboard's default base. */
export const API_BASE_PATH = '/calltrackingapi'

/** The calls resource, relative to the API base: the dashboard resolves it against apiBaseUrl. */
export const CALLS_PATH = 'calltracking/calls'

/** The calls resource on a server that mounts the API at API_BASE_PATH. */
export const CALLS_URL_PATH = `${API_BASE_PATH}/${CALLS_PATH}`
