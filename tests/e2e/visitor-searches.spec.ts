import { expect, expectAccessible, test } from "./fixtures";

test.describe("a visitor searches for an internship", () => {
  test("in Dutch: searches, narrows with two filters, shares the URL, opens an internship with badges and the allowance comparison", async ({
    page,
    visit,
    browser,
  }) => {
    await visit("/stages");
    await expect(page.getByRole("heading", { level: 1, name: "Stages zoeken" })).toBeVisible();
    const box = page.getByLabel("Zoek op beroep, opleiding, organisatie of plaats");
    await box.click();
    await box.pressSequentially("stage", { delay: 40 });
    // Results follow the typing; focus stays in the box.
    await expect(page).toHaveURL(/[?&]q=stage/);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue("stage");

    await page.getByRole("group", { name: "Sector" }).getByLabel(/Horeca/).check();
    await expect(page).toHaveURL(/sector=hospitality/);
    await page.getByRole("group", { name: "Stagegever" }).getByLabel(/Ondertekenaar Stagepact/).check();
    await expect(page).toHaveURL(/pact=1/);
    await expectAccessible(page);
    const count = await page.getByText(/^\d+ stages? gevonden$/).textContent();

    // The URL is the search: a new page shows the same results.
    const shared = page.url();
    const context = await browser.newContext({ locale: "nl-NL" });
    const other = await context.newPage();
    await other.goto(shared);
    await expect(other.getByText(/^\d+ stages? gevonden$/)).toHaveText(count ?? "");
    await expect(other.getByRole("group", { name: "Sector" }).getByLabel(/Horeca/)).toBeChecked();
    await expectAccessible(other);
    await context.close();

    const first = page.getByRole("list").locator("li.card h3 a").first();
    const title = await first.textContent();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title ?? "");
    await expect(page.getByText(/Ondertekenaar Stagepact sinds/)).toBeVisible();
    await expect(page.getByText(/per maand — (boven|precies)/)).toBeVisible();
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? "{}")).toMatchObject({ "@type": "JobPosting", employmentType: "INTERN" });
    await expectAccessible(page);
  });

  test("in English: finds an internship with a keurmerk", async ({ page, visit }) => {
    await page.context().addCookies([{ name: "sp_lng", value: "en", url: `http://localhost:${process.env.E2E_PORT ?? 3100}` }]);
    await visit("/stages?keurmerk=fair_hospitality");
    await expect(page.getByRole("heading", { level: 1, name: "Find internships" })).toBeVisible();
    await expect(page.getByLabel("Fair Hospitality")).toBeChecked();
    await page.getByRole("list").locator("li.card h3 a").first().click();
    await expect(page.getByText("Fair Hospitality").first()).toBeVisible();
    await expect(page.getByText(/a month — (above|exactly)/)).toBeVisible();
    await expectAccessible(page);
  });

  test("an empty search suggests which filter to drop", async ({ page, visit }) => {
    await visit("/stages?q=kok&sector=care");
    await expect(page.getByText("Geen stages gevonden met deze filters.")).toBeVisible();
    await page.getByRole("link", { name: /zonder sector/ }).click();
    await expect(page).toHaveURL(/\/stages\?q=kok$/);
    await expect(page.getByText(/^\d+ stages? gevonden$/)).not.toHaveText(/^0 /);
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // axe needs JavaScript in the page, so this test does not scan; the same pages are scanned above.
  test("the form searches and filters with a plain GET", async ({ page }) => {
    await page.goto("/stages");
    await page.getByLabel("Zoek op beroep, opleiding, organisatie of plaats").fill("stage");
    await page.getByRole("group", { name: "Niveau" }).getByLabel("niveau 2").check();
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/q=stage/);
    await expect(page).toHaveURL(/niveau=2/);
    await expect(page.getByLabel("niveau 2")).toBeChecked();
    await expect(page.getByLabel("Zoek op beroep, opleiding, organisatie of plaats")).toHaveValue("stage");
    await page.getByRole("list").locator("li.card h3 a").first().click();
    await expect(page.getByText(/per maand/).first()).toBeVisible();
  });
});
