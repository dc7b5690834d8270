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
