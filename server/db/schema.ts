import type Database from 'better-sqlite3'

// Times are epoch milliseconds: compact, and compared as integers by the range filters.
export function createTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE calls (
      callId        TEXT    NOT NULL,
      tenantId      TEXT    NOT NULL,
      servicerId    TEXT    NOT NULL,
      loanId        TEXT    NOT NULL,
      borrowerId    TEXT    NOT NULL,
      phoneNumber   TEXT    NOT NULL,
      callStatus    TEXT    NOT NULL,
      callTimestamp INTEGER NOT NULL,
      createdDate   INTEGER NOT NULL,
      updatedDate   INTEGER NOT NULL,
      createdBy     TEXT    NOT NULL,
      updatedBy     TEXT    NOT NULL
    );
    CREATE TABLE api_tokens (
      tokenSha256 TEXT NOT NULL,
      tenantId    TEXT NOT NULL,
      servicerId  TEXT NOT NULL,
      PRIMARY KEY (tokenSha256, tenantId, servicerId)
    ) WITHOUT ROWID;
    CREATE TABLE seed_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  `)
}

// Every filter, combined with the tenant and servicer, is a range scan of one index already in the
// response order (newest first, then callId), so LIMIT/OFFSET never sorts. Built after the bulk load.
export function createIndexes(db: Database.Database): void {
  db.exec(`
    CREATE UNIQUE INDEX calls_by_scope_time ON calls (tenantId, servicerId, callTimestamp DESC, callId);
    CREATE INDEX calls_by_loan     ON calls (tenantId, servicerId, loanId,      callTimestamp DESC, callId);
    CREATE INDEX calls_by_borrower ON calls (tenantId, servicerId, borrowerId,  callTimestamp DESC, callId);
    CREATE INDEX calls_by_phone    ON calls (tenantId, servicerId, phoneNumber, callTimestamp DESC, callId);
    ANALYZE;
  `)
}

/**
 * How many calls each tenant and servicer holds, kept exact by triggers whatever writes the file
 * (the seed, a test adding a call, an operator's import). One exception, SQLite's: a row that
 * INSERT OR REPLACE deletes fires no delete trigger unless `PRAGMA recursive_triggers` is on, so an
 * import that replaces rows must turn it on (the repository survives a drifted total, slowly). An unfiltered search, the one a
 * supervisor pages through to the end, then reads its total from one row instead of counting
 * hundreds of thousands of index entries. Built after the bulk load, so the load pays no trigger.
 */
export function createScopeTotals(db: Database.Database): void {
  db.exec(`
    CREATE TABLE scope_totals (
      tenantId   TEXT    NOT NULL,
      servicerId TEXT    NOT NULL,
      total      INTEGER NOT NULL,
      PRIMARY KEY (tenantId, servicerId)
    ) WITHOUT ROWID;
    INSERT INTO scope_totals SELECT tenantId, servicerId, COUNT(*) FROM calls GROUP BY 1, 2;
    CREATE TRIGGER scope_totals_insert AFTER INSERT ON calls BEGIN
      INSERT INTO scope_totals VALUES (NEW.tenantId, NEW.servicerId, 1)
        ON CONFLICT DO UPDATE SET total = total + 1;
    END;
    CREATE TRIGGER scope_totals_delete AFTER DELETE ON calls BEGIN
      UPDATE scope_totals SET total = total - 1
        WHERE tenantId = OLD.tenantId AND servicerId = OLD.servicerId;
    END;
    CREATE TRIGGER scope_totals_move AFTER UPDATE OF tenantId, servicerId ON calls BEGIN
      UPDATE scope_totals SET total = total - 1
        WHERE tenantId = OLD.tenantId AND servicerId = OLD.servicerId;
      INSERT INTO scope_totals VALUES (NEW.tenantId, NEW.servicerId, 1)
        ON CONFLICT DO UPDATE SET total = total + 1;
    END;
  `)
}

/** How far apart the stored anchors are: the repository's default gap (calls-repository.ts). */
export const STORED_ANCHOR_EVERY = 1000

/**
 * The paging anchors of every unfiltered scope, in both directions: the key (callTimestamp,
 * callId) of every `every`th entry in the API's order, and in its mirror image. A fresh process
 * reads the anchor a deep page needs instead of walking hundreds of thousands of index entries to
 * it (~50 ms for the middle of 444k calls). A write to a scope moves the positions after it, so
 * the triggers drop every anchor of a scope a write touches (the repository then walks, as it
 * would without this table) whatever writes the file; a new seed builds them again. The caveat of
 * scope_totals applies: INSERT OR REPLACE must run with recursive_triggers on (better-sqlite3's
 * default). Built after the bulk load, like the indexes.
 */
export function createScopeAnchors(db: Database.Database, every = STORED_ANCHOR_EVERY): void {
  const dropAnchorsOf = (row: 'NEW' | 'OLD') =>
    `DELETE FROM scope_anchors WHERE tenantId = ${row}.tenantId AND servicerId = ${row}.servicerId;`
  db.exec(`
    CREATE TABLE scope_anchors (
      tenantId      TEXT    NOT NULL,
      servicerId    TEXT    NOT NULL,
      direction     TEXT    NOT NULL CHECK (direction IN ('newestFirst', 'oldestFirst')),
      position      INTEGER NOT NULL,
      callTimestamp INTEGER NOT NULL,
      callId        TEXT    NOT NULL,
      PRIMARY KEY (tenantId, servicerId, direction, position)
    ) WITHOUT ROWID;
    CREATE TRIGGER scope_anchors_insert AFTER INSERT ON calls BEGIN ${dropAnchorsOf('NEW')} END;
    CREATE TRIGGER scope_anchors_delete AFTER DELETE ON calls BEGIN ${dropAnchorsOf('OLD')} END;
    CREATE TRIGGER scope_anchors_move
      AFTER UPDATE OF tenantId, servicerId, callTimestamp, callId ON calls
      BEGIN ${dropAnchorsOf('OLD')} ${dropAnchorsOf('NEW')} END;
  `)
  // Each anchor is found from the one before it, `every` entries on in the index: a walk of the
  // whole index per direction (~0.5 s for 1M calls; a window function takes ten times that).
  const insert = db.prepare('INSERT INTO scope_anchors VALUES (?, ?, ?, ?, ?, ?)')
  const scopes = db.prepare('SELECT DISTINCT tenantId, servicerId FROM calls').raw().all()
  const directions = [
    // At or after the previous anchor, in each order (time, then callId the other way round); the
    // range on callTimestamp is what SQLite seeks in the index.
    [
      'newestFirst',
      'callTimestamp DESC, callId',
      'callTimestamp <= ? AND (callTimestamp < ? OR callId >= ?)',
    ],
    [
      'oldestFirst',
      'callTimestamp, callId DESC',
      'callTimestamp >= ? AND (callTimestamp > ? OR callId <= ?)',
    ],
  ] as const
  db.transaction(() => {
    for (const [direction, order, atOrAfter] of directions) {
      const scope = 'tenantId = ? AND servicerId = ?'
      const first = db
        .prepare(`SELECT callTimestamp, callId FROM calls WHERE ${scope} ORDER BY ${order} LIMIT 1`)
        .raw()
      const next = db
        .prepare(
          `SELECT callTimestamp, callId FROM calls WHERE ${scope} AND ${atOrAfter}
           ORDER BY ${order} LIMIT 1 OFFSET ?`,
        )
        .raw()
      for (const [tenantId, servicerId] of scopes as [string, string][]) {
        let key = first.get(tenantId, servicerId) as [number, string] | undefined
        for (let position = 0; key; position += every) {
          insert.run(tenantId, servicerId, direction, position, ...key)
          key = next.get(tenantId, servicerId, key[0], key[0], key[1], every) as
            [number, string] | undefined
        }
      }
    }
  })()
}
