import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Every journey runs twice, each pass its own Playwright process with its own server and
// database (the journeys share state and run in file order, so two passes cannot share one):
// E2E_VIEWPORT=desktop (the default, port 3100) and E2E_VIEWPORT=phone (port 3150). scripts/test.sh
// runs both. Ports stay 10+ apart: the e2e server may put helpers on E2E_PORT+1, +2.
const viewport = process.env.E2E_VIEWPORT === "phone" ? "phone" : "desktop";
const port = Number(process.env.E2E_PORT ?? (viewport === "phone" ? 3150 : 3100));
// A phone as Chromium emulates one: 390×844 CSS pixels, isMobile (the viewport meta tag is
// honoured, and a page wider than the screen shows zoomed out as on a real phone) and hasTouch
// (touch events, (pointer: coarse), so a control that only works on hover would fail). The
// journeys still work with both: Playwright's clicks reach touch pages the same way.
const device =
  viewport === "phone"
    ? { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
    : devices["Desktop Chrome"];
// Debian's chromium where present (this machine); otherwise Playwright's own browser.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "nl-NL",
    // A trace records DOM snapshots at every step; recorded for every journey only to be
    // thrown away when it passed, it cost CPU (ADR 039). A failed journey is traced on its
    // retry (CI), or on demand with --trace on.
    trace: "on-first-retry",
    ...device,
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node scripts/e2e-server.js",
    url: `http://localhost:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 240_000,
    env: { E2E_PORT: String(port) },
  },
});
