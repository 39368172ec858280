import type { Db, Tx } from "~/utils/db.server";
import { wakeSearchRelay } from "./search.server";

export type OutboxEntity = "internship" | "organisation";

/**
 * Records that the search index must follow a change. Call it inside the transaction
 * that makes the change, so the index can never miss one. The relay is woken and
 * carries it over once that transaction committed (wakeSearchRelay).
 */
export async function enqueueSearchUpdate(tx: Tx | Db, entityType: OutboxEntity, entityId: string, operation: "upsert" | "delete" = "upsert") {
  const row = await tx.searchOutbox.create({ data: { entityType, entityId, operation } });
  wakeSearchRelay();
  return row;
}

/** The same for many records at once (a vocabulary change touches a whole sector), in batches of 500. */
export async function enqueueSearchUpdates(tx: Tx | Db, entityType: OutboxEntity, entityIds: readonly string[]) {
  for (let i = 0; i < entityIds.length; i += 500) {
    await tx.searchOutbox.createMany({ data: entityIds.slice(i, i + 500).map((entityId) => ({ entityType, entityId, operation: "upsert" })) });
  }
  if (entityIds.length) wakeSearchRelay();
  return entityIds.length;
}
