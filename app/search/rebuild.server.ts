// Rebuilds an index from scratch from the database: every published internship, in
// batches, with progress reported as it goes.
import type { Db } from "~/utils/db.server";
import { loadPublishedBatch } from "./documents.server";
import type { SearchEngine } from "./engine";

export type RebuildProgress = { engine: string; indexed: number; total: number };

export async function rebuildSearchIndex(
  client: Db,
  engine: SearchEngine,
  { now = new Date(), batchSize = 500, onProgress }: { now?: Date; batchSize?: number; onProgress?: (p: RebuildProgress) => void } = {},
) {
  const started = Date.now();
  const total = await client.internship.count({ where: { status: "published" } });
  await engine.reset();
  let indexed = 0;
  let after: string | null = null;
  for (;;) {
    const batch = await loadPublishedBatch(client, after, batchSize, now);
    if (batch.last === null) break;
    await engine.upsert(batch.documents);
    indexed += batch.documents.length;
    after = batch.last;
    onProgress?.({ engine: engine.name, indexed, total });
  }
  await engine.markBuilt(now);
  return { engine: engine.name, indexed, ms: Date.now() - started };
}
