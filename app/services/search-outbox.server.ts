import type { Db, Tx } from "~/utils/db.server";

export type OutboxEntity = "internship" | "organisation";

/**
 * Records that the search index must follow a change. Call it inside the transaction
 * that makes the change, so the index can never miss one.
 */
export function enqueueSearchUpdate(tx: Tx | Db, entityType: OutboxEntity, entityId: string, operation: "upsert" | "delete" = "upsert") {
  return tx.searchOutbox.create({ data: { entityType, entityId, operation } });
}

/** The same for many records at once (a vocabulary change touches a whole sector), in batches of 500. */
export async function enqueueSearchUpdates(tx: Tx | Db, entityType: OutboxEntity, entityIds: readonly string[]) {
  for (let i = 0; i < entityIds.length; i += 500) {
    await tx.searchOutbox.createMany({ data: entityIds.slice(i, i + 500).map((entityId) => ({ entityType, entityId, operation: "upsert" })) });
  }
  return entityIds.length;
}
