import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signOut, test } from "./fixtures";

// scripts/e2e-server.js runs the real test provider (tests/helpers/oidc-provider.ts) on
// E2E_PORT + 1 as "eduID (test)". Its login and error pages are not ours, so they are not
// scanned. "new-student" is nobody here yet; "seed-student" brings the verified address of
// student4, whom no other journey signs in as.
const SEED_STUDENT = "student4@stagepact.test";
const PROVIDER_BUTTON = /^(Inloggen met|Sign in with) eduID \(test\)$/;

function latestLinkMail(): string {
  const sqlite = new Database(path.resolve("tests/.tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`), { readonly: true });
  const mail = sqlite.prepare('SELECT text FROM OutboundEmail WHERE "to" = ? ORDER BY createdAt DESC LIMIT 1').get(SEED_STUDENT) as
    { text: string } | undefined;
  sqlite.close();
  const link = /https?:\/\/\S+\/inloggen\/koppelen\/[a-z2-7]+/.exec(mail?.text ?? "")?.[0];
  if (!link) throw new Error(`no link mail for ${SEED_STUDENT} in the outbox`);
  return new URL(link).pathname;
}

function linkMailCount(): number {
  const sqlite = new Database(path.resolve("tests/.tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`), { readonly: true });
  const row = sqlite.prepare('SELECT count(*) AS n FROM OutboundEmail WHERE "to" = ? AND text LIKE ?').get(SEED_STUDENT, "%/inloggen/koppelen/%") as {
    n: number;
  };
  sqlite.close();
  return row.n;
}

/** Presses the provider's button on our sign-in page and logs in on the provider's own page. */
async function signInThroughProvider(page: Page, visit: (path: string) => Promise<void>, account: string) {
  await visit("/inloggen");
  // Whoever logged in at the provider before in this browser is forgotten there, so it asks again.
  await page.context().clearCookies({ domain: "127.0.0.1" });
  await page.getByRole("button", { name: PROVIDER_BUTTON }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Test provider" })).toBeVisible();
  expect(new URL(page.url()).hostname).toBe("127.0.0.1");
  await page.getByLabel("Account").fill(account);
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe.serial("a student who signs in with eduID", () => {
  test("a new student gets an account through the provider and is signed in", async ({ page, visit }) => {
    await signInThroughProvider(page, visit, "new-student");
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByRole("heading", { level: 1, name: "Welkom, Noor" })).toBeVisible();
    await expect(page.getByText("Ingelogd als Noor de Vries")).toBeVisible();
    await expectAccessible(page);
    await signOut(page);
  });

  test("an existing student confirms the link by e-mail once, in English, and then signs in directly", async ({ page, visit }) => {
    const mailsBefore = linkMailCount();
    await signInThroughProvider(page, visit, "seed-student");
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(
      page.getByText("Er is al een account met dit e-mailadres. We hebben je een e-mail gestuurd om eduID (test) aan dat account te koppelen.", {
        exact: false,
      }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Uitloggen|Sign out)$/ })).toHaveCount(0);
    await expectAccessible(page);
    expect(linkMailCount()).toBe(mailsBefore + 1);

    const link = latestLinkMail();
    await visit(link);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen via een andere dienst koppelen" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Link another way to sign in" })).toBeVisible();
    await expect(page.getByText(`Do you want to sign in to your account ${SEED_STUDENT} with eduID (test) from now on?`, { exact: false })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Link eduID (test)" }).click();
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByText("eduID (test) is linked to your account. You are signed in.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Jesse" })).toBeVisible();
    await expectAccessible(page);
    await signOut(page);

    // The link works once.
    await visit(link);
    await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();

    // Next time the provider signs the student in straight away, without another mail.
    await signInThroughProvider(page, visit, "seed-student");
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Jesse" })).toBeVisible();
    await expectAccessible(page);
    expect(linkMailCount()).toBe(mailsBefore + 1);
    await signOut(page);
  });
});
