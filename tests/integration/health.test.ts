import { describe, expect, it } from "vitest";
import { loader } from "~/routes/api/healthz";
import { checkDatabase, outboxLag } from "~/services/platform/health.server";
import { createPrismaClient, db } from "~/utils/db.server";

describe("/healthz", () => {
  it("answers 200 after a database round-trip", async () => {
    const response = await loader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      database: "ok",
      search: { configured: "embedded", inUse: "embedded" },
      outbox: { pending: expect.any(Number), oldestAgeSeconds: expect.any(Number) },
    });
  });

  it("reports the database unreachable when its file cannot be opened", async () => {
    const broken = createPrismaClient("file:/nonexistent-dir/stagepact.db");
    expect(await checkDatabase(broken)).toEqual({ ok: false });
  });

  it("measures the outbox lag from the oldest unprocessed row", async () => {
    const now = new Date();
    const before = await outboxLag(now);
    await db.searchOutbox.create({ data: { entityType: "internship", entityId: "lag", operation: "upsert", createdAt: new Date(now.getTime() - 3600_000) } });
    await db.searchOutbox.create({
      data: { entityType: "internship", entityId: "done", operation: "upsert", createdAt: new Date(now.getTime() - 7200_000), processedAt: now },
    });
    const after = await outboxLag(now);
    expect(after.pending).toBe(before.pending + 1);
    expect(after.oldestAgeSeconds).toBeGreaterThanOrEqual(3600);
  });
});
