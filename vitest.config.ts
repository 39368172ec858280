import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Two projects. `unit`: pure code (the domain, schemas, search text), no database at all.
// `integration`: services and routes against a real SQLite file; every test file copies
// the migrated and seeded template database (tests/helpers/global-setup.ts, cached by a
// hash of what builds it). `npx vitest run --project unit` runs the fast half alone.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    environment: "node",
    pool: "forks",
    // One fork per core. Vitest's default in a run is one fewer than the cores: a single
    // fork on a 2-core machine, where the integration project then took 6.8 min instead of 4.4.
    maxWorkers: "100%",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Pure code keeps no state between files, so they share one module graph per worker.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], setupFiles: ["tests/helpers/setup-unit.ts"], isolate: false },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup-db.ts"],
        },
      },
    ],
  },
});
