// Rebuilds an index from scratch from the database: every published internship, in
// batches, with progress reported as it goes.
import { analyzeDatabase, type Db } from "~/utils/db.server";
import { publishedBatches } from "./documents.server";
import type { SearchEngine } from "./engine";

export type RebuildProgress = { engine: string; indexed: number; total: number };

export async function rebuildSearchIndex(
  client: Db,
  engine: SearchEngine,
  { now = new Date(), batchSize, onProgress }: { now?: Date; batchSize?: number; onProgress?: (p: RebuildProgress) => void } = {},
) {
  const started = Date.now();
  const total = await client.internship.count({ where: { status: "published" } });
  await engine.reset();
  let indexed = 0;
  for await (const documents of publishedBatches(client, { batchSize, now })) {
    await engine.upsert(documents);
    indexed += documents.length;
    onProgress?.({ engine: engine.name, indexed, total });
  }
  await engine.markBuilt(now);
  await analyzeDatabase(client);
  return { engine: engine.name, indexed, ms: Date.now() - started };
}
