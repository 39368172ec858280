// A student searches near a postcode: the distance narrows the results, each card says how
// far it is, nearest first orders them, the URL can be shared, and a place that cannot be
// found says so next to the field while the search without distance still shows. Runs at
// desktop width and on a phone (E2E_VIEWPORT=phone), where the filters are folded away;
// the place field and the distance are above the filters, so they show at both widths.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, expectNoSidewaysScroll, test } from "./fixtures";

const COUNT = /^(\d+) (stages? gevonden|internships? found)$/;

async function count(page: Page): Promise<number> {
  const status = page.getByText(COUNT);
  await expect(status).toBeVisible();
  return Number(COUNT.exec((await status.textContent())!.trim())![1]);
}

/** The distances on the cards, in km: "3,4 km hiervandaan", "12 km away", "minder dan 100 m …" as 0. */
async function distances(page: Page): Promise<number[]> {
  const texts = await page
    .locator("li.card p strong")
    .filter({ hasText: /hiervandaan|away/ })
    .allTextContents();
  return texts.map((t) => (/100 m/.test(t) ? 0 : Number(/([\d.,]+) km/.exec(t)![1].replace(",", "."))));
}

/** Every card shows a distance, none further than `km`. */
async function expectAllWithin(page: Page, km: number) {
  const cards = await page.locator("li.card").count();
  expect(cards).toBeGreaterThan(0);
  const d = await distances(page);
  expect(d).toHaveLength(cards);
  for (const x of d) expect(x).toBeLessThanOrEqual(km);
  return d;
}

/**
 * On a phone the filters fold behind "Filters (n)"; the place is above them, so it is not
 * counted there (nothing inside would show as ticked). On a desktop there is no toggle.
 */
async function expectFoldedFiltersUncounted(page: Page) {
  const toggle = page.locator("summary", { hasText: /^Filters/ });
  if (await toggle.isVisible()) await expect(toggle).toHaveText(/^Filters\s*▾$/);
}

/** The place field and the distance stand on one line, their boxes bottom-aligned, however the labels wrap. */
async function expectFieldsAligned(page: Page) {
  const field = (await page.locator("#bij").boundingBox())!;
  const select = (await page.locator("#afstand").boundingBox())!;
  if (select.y < field.y + field.height) expect(Math.abs(select.y + select.height - (field.y + field.height))).toBeLessThanOrEqual(2);
}

/** For looking at the layout: /tmp/near-<width>-<name>.png. */
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/near-${page.viewportSize()?.width ?? 0}-${name}.png` });

/** A change rendered: no search is running any more. */
async function settled(page: Page) {
  await expect(page.locator("section#resultaten")).toHaveAttribute("aria-busy", "false");
}

test.describe("a student searches near a postcode", () => {
  test("1102 within 10 km, nearest first, shared by URL, then 5 km, then a result", async ({ page, visit }) => {
    await visit("/stages");
    const all = await count(page);
    expect(all).toBeGreaterThan(0);

    const place = page.getByLabel("Plaats of postcode");
    const distance = page.getByLabel("Afstand");
    await expect(place).toBeVisible();
    await expect(distance).toBeVisible();
    await place.fill("1102");
    // Typing alone does not search: the place is looked up on Enter.
    await page.waitForTimeout(400);
    await expect(page).not.toHaveURL(/bij=/);
    await distance.selectOption("10");
    await place.press("Enter");
    await expect(page).toHaveURL(/bij=1102/);
    await expect(page).toHaveURL(/afstand=10/);
    await settled(page);
    await expect(page.getByText(/^Binnen 10 km van /)).toBeVisible();
    const near10 = await count(page);
    expect(near10).toBeGreaterThan(0);
    expect(near10).toBeLessThan(all);
    await expectAllWithin(page, 10);
    await expectFoldedFiltersUncounted(page);
    await expectFieldsAligned(page);
    await shot(page, "found");
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // Nearest first is offered now that the place is found.
    const sort = page.getByLabel("Sorteren op");
    await sort.selectOption({ label: "Dichtstbij eerst" });
    await expect(page).toHaveURL(/sorteer=afstand/);
    await settled(page);
    const ordered = await expectAllWithin(page, 10);
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
    await expectAccessible(page);

    // The URL is the search: reloading keeps the place, the distance and the order.
    const shared = page.url();
    await page.reload();
    await expect(page.getByLabel("Plaats of postcode")).toHaveValue("1102");
    await expect(page.getByLabel("Afstand")).toHaveValue("10");
    await expect(page.getByLabel("Sorteren op")).toHaveValue("afstand");
    expect(await count(page)).toBe(near10);
    expect(await distances(page)).toEqual(ordered);
    expect(page.url()).toBe(shared);
    await expectAccessible(page);

    // 5 km: fewer or as many, still nearest first.
    await page.getByLabel("Afstand").selectOption("5");
    await expect(page).toHaveURL(/afstand=5/);
    await settled(page);
    await expect(page.getByText(/^Binnen 5 km van /)).toBeVisible();
    const near5 = await count(page);
    expect(near5).toBeLessThanOrEqual(near10);
    if (near5 > 0) {
      const d5 = await expectAllWithin(page, 5);
      expect(d5).toEqual([...d5].sort((a, b) => a - b));
    }
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // Opening the nearest result: its page gives the work address with its postcode, and the distance.
    await page.getByLabel("Afstand").selectOption("10");
    await settled(page);
    const first = page.locator("li.card").first();
    const firstDistance = (await first
      .locator("p strong")
      .filter({ hasText: /hiervandaan/ })
      .textContent())!.trim();
    const title = (await first.getByRole("heading").textContent())!.trim();
    await first.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page).toHaveURL(/\/stages\/[^?]+\?bij=1102$/);
    const location = page.getByRole("definition").filter({ hasText: /\d{4} [A-Z]{2}/ });
    await expect(location).toBeVisible();
    await expect(page.getByText(`${firstDistance.replace(" hiervandaan", "")} van 1102`)).toBeVisible();
    await page.getByText(`${firstDistance.replace(" hiervandaan", "")} van 1102`).scrollIntoViewIfNeeded();
    await shot(page, "internship");
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
  });

  test("a place that cannot be found says so next to the field, keeps what was typed and still shows results", async ({ page, visit }) => {
    await visit("/stages");
    const all = await count(page);
    const place = page.getByLabel("Plaats of postcode");
    for (const typo of ["Amsterdm", "Nergenshuizen"]) {
      await place.fill(typo);
      await place.press("Enter");
      await expect(page).toHaveURL(new RegExp(`bij=${typo}`));
      await settled(page);
      const error = page.locator("#bij-error");
      await expect(error).toHaveText(
        `We kunnen ‘${typo}’ niet vinden. Typ een postcode (1102 of 1102 AB) of een plaatsnaam. Hieronder staan de stages zonder afstand.`,
      );
      await expect(place).toHaveAttribute("aria-invalid", "true");
      await expect(place).toHaveAttribute("aria-describedby", /bij-error/);
      await expect(place).toHaveValue(typo);
      // Next to the field: right below it, before the results.
      const fieldBox = (await place.boundingBox())!;
      const errorBox = (await error.boundingBox())!;
      expect(errorBox.y).toBeGreaterThanOrEqual(fieldBox.y + fieldBox.height - 1);
      expect(errorBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(120);
      expect(await count(page)).toBe(all);
      await expectFoldedFiltersUncounted(page);
      await shot(page, `error-${typo}`);
      expect(await distances(page)).toEqual([]);
      await expect(page.getByLabel("Sorteren op").locator("option", { hasText: "Dichtstbij eerst" })).toHaveCount(0);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
    }
    // The same page without JavaScript's help: a fresh load of the URL says it too.
    await visit("/stages?bij=Nergenshuizen");
    await expect(page.locator("#bij-error")).toContainText("Nergenshuizen");
    await expect(page.getByLabel("Plaats of postcode")).toHaveValue("Nergenshuizen");
  });

  test("in English: the field, the distance, the order, the cards and the message", async ({ page, visit }) => {
    await visit("/stages");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const place = page.getByLabel("Place or postcode");
    await place.fill("1102");
    await page.getByLabel("Distance").selectOption({ label: "within 10 km" });
    await place.press("Enter");
    await expect(page).toHaveURL(/bij=1102/);
    await settled(page);
    await expect(page.getByText(/^Within 10 km of /)).toBeVisible();
    await page.getByLabel("Sort by").selectOption({ label: "Nearest first" });
    await expect(page).toHaveURL(/sorteer=afstand/);
    await settled(page);
    await expect(page.locator("li.card").first()).toContainText(/ km away|less than 100 m away/);
    await expectAllWithin(page, 10);
    await expectAccessible(page);

    await place.fill("Nergenshuizen");
    await place.press("Enter");
    await expect(page).toHaveURL(/bij=Nergenshuizen/);
    await expect(page.locator("#bij-error")).toHaveText(
      "We cannot find ‘Nergenshuizen’. Type a postcode (1102 or 1102 AB) or a place name. Below are the internships without a distance.",
    );
    await expect(place).toHaveValue("Nergenshuizen");
    await expectAccessible(page);
  });
});
