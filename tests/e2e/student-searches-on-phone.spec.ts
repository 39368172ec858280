import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";

const port = process.env.E2E_PORT ?? 3100;
const PHONE = { width: 390, height: 844 };

/** The first result starts above the fold: a student sees results without scrolling. */
async function expectFirstResultAboveFold(page: Page) {
  const box = await page.locator("li.card").first().boundingBox();
  expect(box, "a first result").not.toBeNull();
  expect(box!.y).toBeLessThan(PHONE.height);
}

test.describe("a student searches on a phone", () => {
  test.use({ viewport: PHONE });

  test("results come first, a typo still finds, the filters open from one control and apply back to the results", async ({ page, visit }) => {
    await visit("/stages");
    await expectFirstResultAboveFold(page);
    // The filters are folded away behind one control; the results come before them.
    const toggle = page.locator("summary", { hasText: /^Filters/ });
    await expect(toggle).toBeVisible();
    await expect(page.getByRole("group", { name: "Niveau" })).toBeHidden();
    await page.screenshot({ path: "/tmp/search-390.png", fullPage: false });

    // A misspelt word shows the corrected words' results, and says so above them.
    const box = page.getByLabel("Zoek op beroep, opleiding, organisatie of plaats");
    await box.fill("verpleegkundge");
    await expect(page).toHaveURL(/\/stages\?q=verpleegkundge$/);
    const notice = page.getByText("Resultaten voor verpleegkundige. Zoek in plaats daarvan naar verpleegkundge");
    await expect(notice).toBeVisible();
    await expect(page.getByText(/^\d+ stages? gevonden$/)).not.toHaveText(/^0 /);
    const noticeBox = await notice.boundingBox();
    const firstBox = await page.locator("li.card").first().boundingBox();
    expect(noticeBox!.y).toBeLessThan(firstBox!.y);
    await expectFirstResultAboveFold(page);
    await page.screenshot({ path: "/tmp/search-390-corrected.png" });
    await expectAccessible(page);

    // "Search instead for" searches exactly what was typed, and says for what nothing was found.
    await notice.getByRole("link", { name: "verpleegkundge" }).click();
    await expect(page).toHaveURL(/letterlijk=1/);
    await expect(page.getByText("Geen stages gevonden voor ‘verpleegkundge’.")).toBeVisible();
    await expect(page.getByText(/met deze filters/)).toHaveCount(0);
    await expect(page.getByText(/^Bedoelde je verpleegkundige\? \(\d+ stages?\)$/)).toBeVisible();
    await page.screenshot({ path: "/tmp/search-390-literal.png" });
    await expectAccessible(page);

    // While a search runs, the results say so and the old count gives way to the status.
    await visit("/stages");
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/stages.data*", async (route) => {
      await held;
      await route.continue();
    });
    await toggle.click();
    const levels = page.getByRole("group", { name: "Niveau" });
    await expect(levels).toBeVisible();
    await page.screenshot({ path: "/tmp/search-390-filters.png" });
    await expectAccessible(page);
    const level = levels.getByLabel("niveau 2");
    await level.check();
    const results = page.locator("section#resultaten");
    await expect(results).toHaveAttribute("aria-busy", "true");
    await expect(page.getByText("Zoeken…")).toBeVisible();
    await expect(page.getByText(/^\d+ stages? gevonden$/)).toHaveCount(0);
    // Let it through (and every later request: the promise stays resolved).
    release();
    await expect(page).toHaveURL(/niveau=2/);
    await expect(results).toHaveAttribute("aria-busy", "false");
    await expect(toggle).toHaveText(/Filters \(1\)/);

    // Applying closes the filters and lands on the results, the filter applied.
    await page.getByRole("button", { name: "Filters toepassen" }).click();
    await expect(levels).toBeHidden();
    await expect(page.getByRole("heading", { name: "Resultaten" })).toBeFocused();
    await expect(page.locator("li.card").first()).toBeInViewport();
    await expect(page.locator("li.card").first()).toContainText("niveau 2");
    await expectAccessible(page);
  });

  test("in English: the corrected words and the Filters control", async ({ page, visit }) => {
    await page.context().addCookies([{ name: "sp_lng", value: "en", url: `http://localhost:${port}` }]);
    await visit("/stages?q=verpleegkundge&sector=care");
    await expect(page.getByText("Showing results for verpleegkundige. Search instead for verpleegkundge")).toBeVisible();
    await expect(page.locator("summary", { hasText: "Filters (1)" })).toBeVisible();
    await expectFirstResultAboveFold(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the Filters control opens, a filter applies with a plain GET and lands on the results", async ({ page, browser }) => {
      const visited: string[] = [];
      await page.goto("/stages");
      visited.push(page.url());
      await expectFirstResultAboveFold(page);
      await page.locator("summary", { hasText: /^Filters/ }).click();
      const levels = page.getByRole("group", { name: "Niveau" });
      await expect(levels).toBeVisible();
      await levels.getByLabel("niveau 2").check();
      await page.getByRole("button", { name: "Filters toepassen" }).click();
      await expect(page).toHaveURL(/\/stages\?.*niveau=2.*#resultaten$/);
      visited.push(page.url());
      // A new page: the filters are folded again, the box stays ticked, the results are in view.
      await expect(levels).toBeHidden();
      await expect(page.getByLabel("niveau 2")).toBeChecked();
      await expect(page.locator("summary", { hasText: "Filters (1)" })).toBeVisible();
      await expect(page.locator("li.card").first()).toBeInViewport();
      await expect(page.locator("li.card").first()).toContainText("niveau 2");

      // A typo falls back without JavaScript too.
      await page.goto("/stages?q=verpleegkundge");
      await expect(page.getByText("Resultaten voor verpleegkundige. Zoek in plaats daarvan naar verpleegkundge")).toBeVisible();
      await expectFirstResultAboveFold(page);
      visited.push(page.url());

      // axe runs inside the page, which needs JavaScript: the same server-rendered pages
      // are scanned in a second browser context of the same size.
      const context = await browser.newContext({ javaScriptEnabled: true, viewport: PHONE });
      const scan = await context.newPage();
      for (const url of visited) {
        await scan.goto(url);
        await expectAccessible(scan);
      }
      await context.close();
    });
  });
});

test("on a desktop the filters stay beside the results, without a Filters control", async ({ page, visit }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await visit("/stages?q=verpleegkundge");
  await expect(page.getByText("Resultaten voor verpleegkundige. Zoek in plaats daarvan naar verpleegkundge")).toBeVisible();
  await expect(page.locator("summary", { hasText: /^Filters/ })).toBeHidden();
  const levels = page.getByRole("group", { name: "Niveau" });
  await expect(levels).toBeVisible();
  const filtersBox = await levels.boundingBox();
  const resultBox = await page.locator("li.card").first().boundingBox();
  expect(filtersBox!.x + filtersBox!.width).toBeLessThanOrEqual(resultBox!.x);
  await page.screenshot({ path: "/tmp/search-desktop.png" });
});
