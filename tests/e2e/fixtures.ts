import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

export const ACCOUNTS = {
  admin: { email: "beheer@stagepact.test", password: "Beheer-2026-stagepact", home: "/beheer" },
  officer: { email: "gemeente@amsterdam.test", password: "Gemeente-2026-stagepact", home: "/gemeente" },
  employer: { email: "werkgever@dekeukenvanwest.test", password: "Werkgever-2026-stagepact", home: "/werkgever" },
  student: { email: "student@stagepact.test", password: "Student-2026-stagepact", home: "/student" },
} as const;

/** WCAG 2.1 AA scan of the page as it is now; any violation fails the test with its details. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signIn(page: Page, account: keyof typeof ACCOUNTS) {
  const { email, password } = ACCOUNTS[account];
  await page.goto("/inloggen");
  await page.getByLabel(/E-mailadres|E-mail address/).fill(email);
  await page.getByLabel(/^Wachtwoord|^Password/).fill(password);
  await page.getByRole("button", { name: /^(Inloggen|Sign in)$/ }).click();
}

/** Signs out and waits until it has landed, so the next sign-in never races it. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: /^(Uitloggen|Sign out)$/ }).click();
  await expect(page.getByRole("link", { name: /^(Inloggen|Sign in)$/ })).toBeVisible();
}

/** Every page a journey visits is scanned: call visit() instead of page.goto(). */
export const test = base.extend<{ visit: (path: string) => Promise<void> }>({
  visit: async ({ page }, use) => {
    await use(async (path: string) => {
      await page.goto(path);
      await expectAccessible(page);
    });
  },
});

export { expect };
