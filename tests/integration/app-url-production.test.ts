// The real server refuses to start in production without APP_URL, and says why.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("production start-up", () => {
  it("refuses to start without APP_URL and names it", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", SESSION_SECRET: "x".repeat(40), PORT: "39877" };
    delete env.APP_URL;
    // The environment is checked when the app's modules load: load env.server.ts as the build does.
    const result = spawnSync(process.execPath, ["--import", "tsx", "-e", "await import('./app/utils/env.server.ts')"], {
      env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Stagepact cannot start");
    expect(result.stderr).toMatch(/APP_URL: is required in production/);
  });
});
