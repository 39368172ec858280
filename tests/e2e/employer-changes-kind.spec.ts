import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

// A verified subsidised institution asks to become a private company; the old kind (and
// so the €500 code) stays in force until an officer of its municipality approves.

async function signInAsNoorderlicht(page: Page) {
  await page.goto("/inloggen");
  await page.getByLabel(/E-mailadres/).fill("werkgever@noorderlicht.test");
  await page.getByLabel(/^Wachtwoord/).fill("Werkgever-2026-stagepact");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/werkgever$/);
}

async function officerApproves(page: Page, visit: (path: string) => Promise<void>, line: RegExp) {
  await signIn(page, "officer");
  await expect(page).toHaveURL(/\/gemeente$/);
  await visit("/gemeente/verificatie");
  const changes = page.getByRole("region", { name: "Wijzigingen na verificatie" });
  await expect(changes.getByRole("row", { name: /Zorggroep Noorderlicht/ }).getByText(line)).toBeVisible();
  await changes.getByRole("link", { name: "Zorggroep Noorderlicht" }).click();
  const request = page.getByRole("region", { name: "Aangevraagde wijziging" });
  await expect(request.getByRole("row", { name: /Soort organisatie/ })).toBeVisible();
  await expectAccessible(page);
  await request.getByRole("button", { name: "Wijziging goedkeuren" }).click();
  await expect(page.getByText("De wijziging is goedgekeurd; de stages van de organisatie zijn opnieuw getoetst.")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);
}

test("an employer asks to change its kind, it waits for the municipality, and an officer approves", async ({ page, visit }) => {
  await signInAsNoorderlicht(page);
  await visit("/werkgever/organisatie");
  await page.getByLabel("Soort organisatie").selectOption({ label: "Bedrijf (privaat)" });
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByText("De wijziging van naam, KvK-nummer of soort organisatie wacht op de gemeente.", { exact: false })).toBeVisible();
  const waiting = page.getByRole("region", { name: "Wijziging wacht op de gemeente" });
  await expect(waiting.getByText("Soort organisatie: Gesubsidieerde instelling → Bedrijf (privaat)")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await officerApproves(page, visit, /Gesubsidieerde instelling → Bedrijf \(privaat\)/);

  await signInAsNoorderlicht(page);
  await visit("/werkgever/organisatie");
  await expect(page.getByRole("region", { name: "Wijziging wacht op de gemeente" })).toHaveCount(0);
  await expect(page.getByText(/De gemeente heeft je laatste wijziging op .* goedgekeurd\./)).toBeVisible();
  await expect(page.getByLabel("Soort organisatie")).toHaveValue("private");

  // Back to what the seed holds, so the journeys after this one meet the organisation as it was.
  await page.getByLabel("Soort organisatie").selectOption({ label: "Gesubsidieerde instelling" });
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByRole("region", { name: "Wijziging wacht op de gemeente" })).toBeVisible();
  await signOut(page);
  await officerApproves(page, visit, /Bedrijf \(privaat\) → Gesubsidieerde instelling/);
});
