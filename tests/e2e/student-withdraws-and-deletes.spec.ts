import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

// student2 (a submitted application) is used by no other journey: withdrawing and then
// deleting the account disturbs nothing else.
const EMAIL = "student2@stagepact.test";
const PASSWORD = "Student-2026-stagepact";

async function signInAsStudent2(page: Page) {
  await page.goto("/inloggen");
  await page.getByLabel(/^E-mailadres/).fill(EMAIL);
  await page.getByLabel(/^Wachtwoord/).fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/student$/);
}

test.describe.serial("what a student cannot undo asks first", () => {
  test("withdrawing an application shows what will happen, Cancel keeps it, Yes withdraws it", async ({ page, visit }) => {
    await signInAsStudent2(page);
    await visit("/student/sollicitaties/seed-app-01");
    await page.getByRole("button", { name: "Sollicitatie intrekken" }).click();
    await expect(page.getByRole("heading", { name: "Weet je zeker dat je wilt intrekken?" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nee, niet intrekken" }).click();
    await expect(page.getByRole("heading", { name: "Weet je zeker dat je wilt intrekken?" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Sollicitatie intrekken" })).toBeVisible();

    await page.getByRole("button", { name: "Sollicitatie intrekken" }).click();
    await page.getByRole("button", { name: "Ja, trek mijn sollicitatie in" }).click();
    await expect(page.getByText("Je sollicitatie is ingetrokken.")).toBeVisible();
    await expectAccessible(page);
  });

  test("deleting the account lists what happens and only the second submit deletes it (phone width)", async ({ page, visit }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAsStudent2(page);
    await visit("/student/privacy");
    await page.getByRole("button", { name: "Mijn account verwijderen" }).click();
    await expect(page.getByRole("heading", { name: "Weet je zeker dat je je account wilt verwijderen?" })).toBeVisible();
    await expect(page.getByText("Je account en je profiel worden verwijderd.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, verwijder mijn account" }).click();
    await expect(page.getByRole("link", { name: /^Inloggen$/ })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/inloggen");
    await page.getByLabel(/^E-mailadres/).fill(EMAIL);
    await page.getByLabel(/^Wachtwoord/).fill(PASSWORD);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByText("Dit e-mailadres en wachtwoord horen niet bij elkaar", { exact: false })).toBeVisible();
  });
});
