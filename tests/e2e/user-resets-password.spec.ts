import path from "node:path";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signOut, test } from "./fixtures";

// student6 is used by no other journey, so changing its password disturbs nothing else.
const EMAIL = "student6@stagepact.test";
const AFTER_RESET = "mijn nieuwe wachtwoord na het vergeten";
const AFTER_CHANGE = "en nu weer een ander wachtwoord";

function latestResetLink(): string {
  const sqlite = new Database(path.resolve("tests/.tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`), { readonly: true });
  const mail = sqlite.prepare('SELECT text FROM OutboundEmail WHERE "to" = ? ORDER BY createdAt DESC LIMIT 1').get(EMAIL) as { text: string } | undefined;
  sqlite.close();
  const link = /https?:\/\/\S+\/wachtwoord-herstellen\?token=[a-z2-7]+/.exec(mail?.text ?? "")?.[0];
  if (!link) throw new Error("no reset link in the outbox");
  const url = new URL(link);
  return url.pathname + url.search;
}

async function signInWith(page: Page, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel(/^E-mailadres/).fill(EMAIL);
  await page.getByLabel(/^Wachtwoord/).fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

test.describe.serial("a student who forgot the password", () => {
  test("requests a link on the sign-in page, sets a new password with it and signs in", async ({ page, visit }) => {
    await visit("/inloggen");
    await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord vergeten?" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(/^E-mailadres/).fill(EMAIL);
    await page.getByRole("button", { name: "Stuur de link" }).click();
    await expect(
      page.getByText("Als er een account bestaat voor dit adres, hebben we een link gestuurd. De link is een uur geldig.", { exact: false }),
    ).toBeVisible();
    await expectAccessible(page);

    const link = latestResetLink();
    await visit(link);
    await expect(page.getByRole("heading", { level: 1, name: "Kies een nieuw wachtwoord" })).toBeVisible();
    await page.getByLabel(/^Nieuw wachtwoord/).fill(AFTER_RESET);
    await page.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill("iets anders dan hierboven");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByText("De twee wachtwoorden zijn niet gelijk.", { exact: false })).toBeVisible();
    await expect(page.getByLabel(/^Herhaal het nieuwe wachtwoord/)).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
    await page.getByLabel(/^Nieuw wachtwoord/).fill(AFTER_RESET);
    await page.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill(AFTER_RESET);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByText("Je wachtwoord is gewijzigd.", { exact: false })).toBeVisible();
    await expectAccessible(page);
    await signOut(page);

    // The link works once.
    await visit(link);
    await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet meer" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Vraag een nieuwe link aan" })).toHaveAttribute("href", "/wachtwoord-vergeten");

    await signInWith(page, AFTER_RESET);
    await expect(page).toHaveURL(/\/student$/);
    await signOut(page);
  });

  test("changes the password while signed in, on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInWith(page, AFTER_RESET);
    await expect(page).toHaveURL(/\/student$/);
    await page.getByRole("link", { name: "Wachtwoord wijzigen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord wijzigen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(/^Huidig wachtwoord/).fill("dit is niet mijn wachtwoord");
    await page.getByLabel(/^Nieuw wachtwoord/).fill(AFTER_CHANGE);
    await page.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill(AFTER_CHANGE);
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect(page.getByText("Dit is niet je huidige wachtwoord.", { exact: false })).toBeVisible();
    await expect(page.getByLabel(/^Huidig wachtwoord/)).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
    await page.getByLabel(/^Huidig wachtwoord/).fill(AFTER_RESET);
    await page.getByLabel(/^Nieuw wachtwoord/).fill(AFTER_CHANGE);
    await page.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill(AFTER_CHANGE);
    await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByText("Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.")).toBeVisible();
    await expectAccessible(page);
    await signOut(page);
    await signInWith(page, AFTER_CHANGE);
    await expect(page).toHaveURL(/\/student$/);
  });
});
