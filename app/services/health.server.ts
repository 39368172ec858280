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
