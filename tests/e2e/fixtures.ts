import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import Database from "better-sqlite3";

export const ACCOUNTS = {
  admin: { email: "beheer@stagepact.test", password: "Beheer-2026-stagepact", home: "/beheer" },
  officer: { email: "gemeente@amsterdam.test", password: "Gemeente-2026-stagepact", home: "/gemeente" },
  employer: { email: "werkgever@dekeukenvanwest.test", password: "Werkgever-2026-stagepact", home: "/werkgever" },
  student: { email: "student@stagepact.test", password: "Student-2026-stagepact", home: "/student" },
} as const;

// axe-core's minified build, read once per worker: the copy AxeBuilder itself depends on,
// so the scan runs the axe version it was made for. AxeBuilder's own source is the
// unminified one (1.3 MB, against 0.58 MB), and it evaluates it twice in the page per scan.
const fromAxeBuilder = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"));
const AXE_SOURCE = readFileSync(fromAxeBuilder.resolve("axe-core/axe.min.js"), "utf8");
// What AxeBuilder evaluates instead, once axe is in every frame (it must not be empty: an
// empty source makes AxeBuilder fall back to its own).
const AXE_ALREADY_LOADED = "void 0";

/** Puts axe into the page and each of its frames that does not have it yet, once per document. */
async function loadAxe(page: Page) {
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const loaded = await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === "object");
    if (!loaded) await frame.evaluate(AXE_SOURCE);
  }
}

/**
 * WCAG 2.1 AA scan of the page as it is now; any violation fails the test with its details.
 * Legacy mode: axe.run in the page and its same-origin frames, without a blank page per
 * scan (ADR 033; tests/e2e/accessibility-scan.spec.ts shows the scan still fails a bad page).
 * axe is loaded once per document by loadAxe (ADR 039).
 */
export async function expectAccessible(page: Page) {
  await loadAxe(page);
  const results = await new AxeBuilder({ page, axeSource: AXE_ALREADY_LOADED })
    .setLegacyMode()
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Signs in through the sign-in form, as a person does; roles-sign-in.spec.ts and the
 * password journeys use it. Ends on the account's start page.
 */
export async function signInThroughForm(page: Page, account: keyof typeof ACCOUNTS) {
  const { email, password } = ACCOUNTS[account];
  await page.goto("/inloggen");
  await page.getByLabel(/E-mailadres|E-mail address/).fill(email);
  await page.getByLabel(/^Wachtwoord|^Password/).fill(password);
  await page.getByRole("button", { name: /^(Inloggen|Sign in)$/ }).click();
}

/**
 * Signs in by creating a session the way the app does after a correct password
 * (app/utils/session.server.ts: a random token in the cookie, its SHA-256 as the row id), in
 * the e2e server's own database (scripts/e2e-server.js: tests/.tmp/e2e-<port>.db), and opens
 * the account's start page. Journeys about something else need not type a password and wait
 * for Argon2 each time; the form itself is covered by signInThroughForm's journeys.
 */
export async function signIn(page: Page, account: keyof typeof ACCOUNTS) {
  const { email, home } = ACCOUNTS[account];
  const baseURL = test.info().project.use.baseURL!;
  const dbFile = path.resolve("tests/.tmp", `e2e-${new URL(baseURL).port}.db`);
  const token = Array.from(randomBytes(32), (byte) => "abcdefghijklmnopqrstuvwxyz234567"[byte & 31]).join("");
  const now = Date.now();
  // The form Prisma's SQLite adapter writes, so date comparisons in SQL see the same text.
  const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const database = new Database(dbFile, { timeout: 5000 });
  try {
    const user = database.prepare("SELECT id FROM User WHERE email = ?").get(email) as { id: string } | undefined;
    if (!user) throw new Error(`no seeded account ${email} in ${dbFile}`);
    database
      .prepare("INSERT INTO Session (id, userId, createdAt, expiresAt, absoluteExpiresAt) VALUES (?, ?, ?, ?, ?)")
      .run(createHash("sha256").update(token).digest("hex"), user.id, iso(now), iso(now + 7 * 86_400_000), iso(now + 30 * 86_400_000));
  } finally {
    database.close();
  }
  await page.context().addCookies([{ name: "sp_session", value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
  await page.goto(home);
}

/** Signs out and waits until it has landed, so the next sign-in never races it. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: /^(Uitloggen|Sign out)$/ }).click();
  await expect(page.getByRole("link", { name: /^(Inloggen|Sign in)$/ })).toBeVisible();
}

/**
 * Below a tablet width the search filters fold away behind one "Filters" control (a
 * <details>); this opens it when it is there and closed. On a desktop it does nothing.
 */
export async function openFilters(page: Page) {
  const toggle = page.locator("summary", { hasText: /^Filters/ });
  if (!(await toggle.isVisible())) return;
  const open = await page.locator("details", { has: toggle }).evaluate((details) => (details as HTMLDetailsElement).open);
  if (!open) await toggle.click();
}

/** Nothing on the page is wider than the window, so no one has to scroll sideways to read it. */
export async function expectNoSidewaysScroll(page: Page) {
  // On an emulated phone (isMobile) a too-wide page is zoomed out, which widens
  // window.innerWidth with it; the viewport is the width the phone really has.
  const screenWidth = page.viewportSize()?.width ?? Number.POSITIVE_INFINITY;
  const { scrollWidth, width, widest } = await page.evaluate((screenWidth) => {
    const width = Math.min(window.innerWidth, screenWidth);
    // Inside a scroll box (a wide table) nothing widens the page, except an absolutely placed
    // element (.sr-only) whose containing block is outside the box.
    const clipped = (el: Element) => {
      if (getComputedStyle(el).position === "absolute") return false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    // Name the element that sticks out furthest, so a failure says where to look.
    let widest = "";
    let right = width + 1;
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect().right + window.scrollX;
      if (r <= right || clipped(el)) continue;
      right = r;
      const classes = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
      widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${classes} “${(el.textContent ?? "").trim().slice(0, 40)}” (right edge ${Math.round(r)})`;
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, widest };
  }, screenWidth);
  expect(scrollWidth, `${page.url()} scrolls sideways at ${width}px wide; furthest out: ${widest}`).toBeLessThanOrEqual(width + 1);
}

/** Every page a journey visits is scanned and checked for sideways scrolling: call visit() instead of page.goto(). */
export const test = base.extend<{ visit: (path: string) => Promise<void> }>({
  visit: async ({ page }, use) => {
    await use(async (path: string) => {
      await page.goto(path);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
    });
  },
});

export { expect };
