import { expect, expectAccessible, signIn, test } from "./fixtures";

test("the admin edits a qualification's search words: a bad word is refused next to the field, a good list is saved and found", async ({ page, visit }) => {
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/beheer$/);
  await page.getByRole("link", { name: "Zoekwoorden" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Zoekwoorden" })).toBeVisible();
  await expectAccessible(page);

  const field = page.getByLabel("Zoekwoorden voor Kok", { exact: true });
  const typed = "koken, keuken, chef, !!!";
  await field.fill(typed);
  await page.getByRole("button", { name: "Zoekwoorden van Kok opslaan" }).click();
  await expect(page.getByText("Elk woord heeft 2 tot 40 tekens", { exact: false }).first()).toBeVisible();
  await expect(page.getByLabel("Zoekwoorden voor Kok", { exact: true })).toHaveValue(typed);
  await expectAccessible(page);

  await page.getByLabel("Zoekwoorden voor Kok", { exact: true }).fill("koken, keuken, chef, cook, wokken");
  await page.getByRole("button", { name: "Zoekwoorden van Kok opslaan" }).click();
  await expect(page.getByText("Zoekwoorden van Kok opgeslagen", { exact: false })).toBeVisible();
  await expectAccessible(page);

  // The outbox relay runs every few seconds; then the new word finds the cook internships.
  await expect(async () => {
    await page.goto("/stages?q=wokken");
    await expect(page.getByText(/^\d+ stages? gevonden/)).toBeVisible();
    await expect(page.getByRole("link", { name: /kok/i }).first()).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await visit("/stages?q=wokken");
});
