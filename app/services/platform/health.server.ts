import { searchEngineInUse } from "~/search/search.server";
import type { Db } from "~/utils/db.server";
import { db } from "~/utils/db.server";

/** A real round-trip: a query that reads from the database file, not just a ping to the driver. */
export async function checkDatabase(client: Db = db): Promise<{ ok: boolean }> {
  try {
    await client.municipality.count();
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

/** Changes not yet carried to the search index: how many, and how long the oldest has waited. */
export async function outboxLag(now = new Date(), client: Db = db): Promise<{ pending: number; oldestAgeSeconds: number }> {
  const where = { processedAt: null };
  const [pending, oldest] = await Promise.all([
    client.searchOutbox.count({ where }),
    client.searchOutbox.findFirst({ where, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);
  const oldestAgeSeconds = oldest ? Math.max(0, Math.round((now.getTime() - oldest.createdAt.getTime()) / 1000)) : 0;
  return { pending, oldestAgeSeconds };
}

/** Queued e-mail not yet sent. */
export function mailBacklog(client: Db = db): Promise<number> {
  return client.outboundEmail.count({ where: { status: "queued" } });
}

export type Health = {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  search?: { configured: "meilisearch" | "embedded"; inUse: "meilisearch" | "embedded" };
  outbox?: { pending: number; oldestAgeSeconds: number };
};

/**
 * What /healthz reports. Only the database decides the status (503 without it): search
 * falls back to the embedded engine and a lagging outbox catches up, so those are
 * reported for the operator but do not take the server out of a load balancer.
 */
export async function health(now = new Date()): Promise<Health> {
  const database = await checkDatabase();
  if (!database.ok) return { status: "unavailable", database: "unreachable" };
  const [search, outbox] = await Promise.all([searchEngineInUse(), outboxLag(now).catch(() => undefined)]);
  return { status: "ok", database: "ok", search, outbox };
}
