import type { Db, Tx } from "./db.server";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  municipalityId?: string | null;
  organisationId?: string | null;
  details?: Record<string, unknown>;
};

/** Written inside the caller's transaction, so a decision and its audit entry land together. */
export function writeAudit(tx: Tx | Db, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      municipalityId: entry.municipalityId ?? null,
      organisationId: entry.organisationId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    },
  });
}
