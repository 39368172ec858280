import type { Page } from "@playwright/test";
import { expect, signIn, signOut, test } from "./fixtures";

const PHONE = { width: 390, height: 844 };

/** Every table on the page sits in a named scroll region that takes keyboard focus. */
async function expectTablesInScrollRegions(page: Page) {
  const tables = page.locator("main table");
  const count = await tables.count();
  for (let i = 0; i < count; i++) {
    const region = tables.nth(i).locator("xpath=ancestor::*[@role='region'][1]");
    await expect(region).toHaveAttribute("tabindex", "0");
    await expect(region).toHaveAttribute("aria-label", /\S/);
  }
  return count;
}

/** Presses Tab until the focus is on a table's scroll region, as a keyboard user would. */
async function tabIntoScrollRegion(page: Page) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const onRegion = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute("role") === "region" && el.querySelector("table") !== null;
    });
    if (onRegion) return page.locator(":focus");
  }
  throw new Error("Tab never reached a table's scroll region");
}

test.describe("a visitor reads the public pages on a phone", () => {
  test.use({ viewport: PHONE });

  test("every table scrolls sideways by keyboard and says so; the privacy and accessibility statements are one tap from the footer", async ({
    page,
    visit,
  }) => {
    // The signatory list: wider than the phone, so it scrolls, by keyboard too.
    await visit("/stagepact/ondertekenaars");
    expect(await expectTablesInScrollRegions(page)).toBeGreaterThan(0);
    await expect(page.getByText("Schuif de tabel opzij om alles te zien (of gebruik de pijltjestoetsen).").first()).toBeVisible();
    const region = await tabIntoScrollRegion(page);
    await expect(region).toHaveAccessibleName(/Ondertekenaars/);
    const outline = await region.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, "a visible focus ring").not.toBe("none");
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth, "the table is wider than the phone").toBeGreaterThan(clientWidth);
    expect(await region.evaluate((el) => el.scrollLeft)).toBe(0);
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // Holding the arrow key reaches the last column.
    for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((el) => Math.ceil(el.scrollLeft + el.clientWidth) >= el.scrollWidth)).toBe(true);
    // The page itself does not scroll sideways: only the table does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await visit("/ranglijst");
    expect(await expectTablesInScrollRegions(page)).toBeGreaterThan(0);
    await visit("/open-data");
    expect(await expectTablesInScrollRegions(page)).toBeGreaterThan(0);

    // The statements, from the footer.
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacyverklaring" }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Hoe lang we je gegevens bewaren" })).toBeVisible();
    await visit("/privacy");
    await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
    await expect(page).toHaveURL(/\/toegankelijkheid$/);
    await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
    await visit("/toegankelijkheid");

    // A student's own reports.
    await signIn(page, "student");
    await expect(page).toHaveURL(/\/student$/);
    await visit("/student/meldingen");
    await expectTablesInScrollRegions(page);
    await signOut(page);

    // The municipality's dashboard: every table scrolls by keyboard.
    await signIn(page, "officer");
    await expect(page).toHaveURL(/\/gemeente$/);
    await visit("/gemeente/dashboard");
    expect(await expectTablesInScrollRegions(page)).toBeGreaterThan(0);
    const dashboardRegion = await tabIntoScrollRegion(page);
    await expect(dashboardRegion).toHaveAccessibleName(/\S/);
  });

  test("student sign-up asks for the name once and links to the privacy statement", async ({ page, visit }) => {
    await visit("/registreren?type=student");
    await expect(page.getByLabel("Voornaam")).toBeVisible();
    await expect(page.getByLabel("Achternaam")).toBeVisible();
    await expect(page.getByLabel("Je naam")).toHaveCount(0);
    await page.getByRole("link", { name: /Lees de privacyverklaring/ }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await visit("/privacy");
  });
});
