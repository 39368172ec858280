// The outbox relay: carries changes recorded in SearchOutbox (written in the same
// transaction as the change itself, see app/search/search-outbox.server.ts) to the
// search engines. A row is marked done only after every engine confirmed; on failure
// it is retried later with exponential backoff. Re-sending is harmless: documents are
// rebuilt from the database as it is now, and upserts and removals are idempotent.
import type { Db } from "~/utils/db.server";
import { loadDocuments } from "./documents.server";
import type { SearchEngine } from "./engine";

/** Outbox rows per relay run. */
export const RELAY_BATCH = 200;
/** Relayed rows are kept this long (to see what happened), then deleted. */
const KEEP_DONE_MS = 7 * 24 * 60 * 60_000;
const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 60 * 60_000;

/** 5 s, 10 s, 20 s, … up to an hour between attempts. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

export type RelaySummary = { rows: number; upserted: number; removed: number; failed: number };

export async function relaySearchOutbox(client: Db, engines: SearchEngine[], now: Date): Promise<RelaySummary> {
  const rows = await client.searchOutbox.findMany({
    where: { processedAt: null, nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: RELAY_BATCH,
  });
  if (rows.length === 0) return { rows: 0, upserted: 0, removed: 0, failed: 0 };

  const ids = new Set(rows.filter((r) => r.entityType === "internship").map((r) => r.entityId));
  const organisationIds = rows.filter((r) => r.entityType === "organisation").map((r) => r.entityId);
  if (organisationIds.length) {
    // An organisation's name, pact status or marks appear in every one of its internships.
    const own = await client.internship.findMany({ where: { organisationId: { in: organisationIds } }, select: { id: true } });
    for (const { id } of own) ids.add(id);
  }
  const rowIds = rows.map((r) => r.id);
  try {
    const { documents, removed } = await loadDocuments(client, [...ids], now);
    for (const engine of engines) {
      await engine.upsert(documents);
      await engine.remove(removed);
    }
    await client.searchOutbox.updateMany({ where: { id: { in: rowIds } }, data: { processedAt: new Date(), lastError: null } });
    await client.searchOutbox.deleteMany({ where: { processedAt: { lt: new Date(now.getTime() - KEEP_DONE_MS) } } });
    return { rows: rows.length, upserted: documents.length, removed: removed.length, failed: 0 };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    console.warn(`search outbox: ${rows.length} change(s) not relayed, will retry: ${message}`);
    for (const row of rows) {
      await client.searchOutbox.update({
        where: { id: row.id },
        data: { attempts: row.attempts + 1, lastError: message, nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts + 1)) },
      });
    }
    return { rows: rows.length, upserted: 0, removed: 0, failed: rows.length };
  }
}
