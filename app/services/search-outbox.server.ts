import type { Db, Tx } from "~/utils/db.server";

export type OutboxEntity = "internship" | "organisation";

/**
 * Records that the search index must follow a change. Call it inside the transaction
 * that makes the change, so the index can never miss one.
 */
export function enqueueSearchUpdate(tx: Tx | Db, entityType: OutboxEntity, entityId: string, operation: "upsert" | "delete" = "upsert") {
  return tx.searchOutbox.create({ data: { entityType, entityId, operation } });
}
