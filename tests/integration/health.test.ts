import { describe, expect, it } from "vitest";
import { loader } from "~/routes/api/healthz";
import { checkDatabase } from "~/services/health.server";
import { createPrismaClient } from "~/utils/db.server";

describe("/healthz", () => {
  it("answers 200 after a database round-trip", async () => {
    const response = await loader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("reports the database unreachable when its file cannot be opened", async () => {
    const broken = createPrismaClient("file:/nonexistent-dir/stagepact.db");
    expect(await checkDatabase(broken)).toEqual({ ok: false });
  });
});
