// A SQLite database in WAL mode lives in up to three files. Before one is copied as a
// template (tests/helpers/global-setup.ts, scripts/e2e-prepare.js), fold the write-ahead
// log into the main file and leave WAL mode, so the one file is the whole database.
import Database from "better-sqlite3";

/** @param {string} file */
export function foldIntoOneFile(file) {
  const database = new Database(file);
  try {
    database.pragma("wal_checkpoint(TRUNCATE)");
    database.pragma("journal_mode = DELETE");
  } finally {
    database.close();
  }
}
