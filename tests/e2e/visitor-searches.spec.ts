import { expect, expectAccessible, openFilters, test } from "./fixtures";

const port = process.env.E2E_PORT ?? 3100;

// The same journey in both languages: what a visitor reads differs, what happens does not.
const languages = [
  {
    code: "nl",
    heading: "Stages zoeken",
    box: "Zoek op beroep, opleiding, organisatie of plaats",
    sector: "Sector",
    hospitality: /Horeca/,
    employerGroup: "Stagegever",
    pact: /Ondertekenaar Stagepact/,
    marksGroup: "Keurmerken",
    count: /^\d+ stages? gevonden$/,
    signatory: /Ondertekenaar Stagepact sinds/,
    // A school-based internship compares its allowance, a work-based (BBL) place its hourly wage.
    comparison: /(per maand|bruto per uur) — (boven|precies)/,
  },
  {
    code: "en",
    heading: "Find internships",
    box: "Search by job, qualification, organisation or place",
    sector: "Sector",
    hospitality: /Hospitality/,
    employerGroup: "Employer",
    pact: /Stagepact signatory/,
    marksGroup: "Quality marks",
    count: /^\d+ internships? found$/,
    signatory: /Stagepact signatory since/,
    comparison: /(a month|gross an hour) — (above|exactly)/,
  },
] as const;

test.describe("a visitor searches for an internship", () => {
  for (const l of languages) {
    test(`in ${l.code}: searches, narrows with two filters, shares the URL, opens an internship with badges and the allowance comparison`, async ({
      page,
      visit,
      browser,
    }) => {
      await page.context().addCookies([{ name: "sp_lng", value: l.code, url: `http://localhost:${port}` }]);
      await visit("/stages");
      await expect(page.getByRole("heading", { level: 1, name: l.heading })).toBeVisible();
      const box = page.getByLabel(l.box);
      await box.click();
      await box.pressSequentially("stage", { delay: 40 });
      // Results follow the typing; focus stays in the box.
      await expect(page).toHaveURL(/[?&]q=stage/);
      await expect(box).toBeFocused();
      await expect(box).toHaveValue("stage");

      // With the keyboard: Space ticks a filter, the results follow, focus stays on it.
      await openFilters(page);
      const hospitality = page.getByRole("group", { name: l.sector }).getByLabel(l.hospitality);
      await hospitality.focus();
      await page.keyboard.press("Space");
      await expect(page).toHaveURL(/sector=hospitality/);
      await expect(hospitality).toBeChecked();
      await expect(hospitality).toBeFocused();
      const pact = page.getByRole("group", { name: l.employerGroup }).getByLabel(l.pact);
      await pact.focus();
      await page.keyboard.press("Space");
      await expect(page).toHaveURL(/pact=1/);
      await expect(pact).toBeFocused();
      // Back undoes the last filter, and the boxes follow the URL.
      await page.goBack();
      await expect(page).not.toHaveURL(/pact=1/);
      await expect(pact).not.toBeChecked();
      await expect(hospitality).toBeChecked();
      await page.goForward();
      await expect(page).toHaveURL(/pact=1/);
      await expect(pact).toBeChecked();
      await expectAccessible(page);
      const counter = page.getByText(l.count);
      await expect(counter).not.toHaveText(/^0 /);
      const count = await counter.textContent();
      const titles = await page.locator("li.card h3 a").allTextContents();

      // The URL is the search: a new page shows the same results.
      const shared = page.url();
      const context = await browser.newContext();
      await context.addCookies([{ name: "sp_lng", value: l.code, url: `http://localhost:${port}` }]);
      const other = await context.newPage();
      await other.goto(shared);
      await openFilters(other);
      await expect(other.getByText(l.count)).toHaveText(count ?? "");
      expect(await other.locator("li.card h3 a").allTextContents()).toEqual(titles);
      await expect(other.getByRole("group", { name: l.sector }).getByLabel(l.hospitality)).toBeChecked();
      await expect(other.getByLabel(l.box)).toHaveValue("stage");
      await expectAccessible(other);
      await context.close();

      // The back button returns to the search before the last filter.
      await page.goBack();
      await expect(page).not.toHaveURL(/pact=1/);
      await expect(page.getByRole("group", { name: l.employerGroup }).getByLabel(l.pact)).not.toBeChecked();
      await page.goForward();
      await expect(page).toHaveURL(/pact=1/);

      const first = page.locator("li.card h3 a").first();
      const title = await first.textContent();
      await first.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title ?? "");
      await expect(page.getByText(l.signatory)).toBeVisible();
      await expect(page.getByText(l.comparison)).toBeVisible();
      const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
      expect(JSON.parse(jsonLd ?? "{}")).toMatchObject({
        "@type": "JobPosting",
        employmentType: "INTERN",
        baseSalary: { currency: "EUR" },
        hiringOrganization: { "@type": "Organization" },
      });
      await expectAccessible(page);
    });
  }

  test("in English: a keurmerk filter shows the mark on the internship", async ({ page, visit }) => {
    await page.context().addCookies([{ name: "sp_lng", value: "en", url: `http://localhost:${port}` }]);
    await visit("/stages?keurmerk=fair_hospitality");
    await openFilters(page);
    await expect(page.getByRole("group", { name: "Quality marks" }).getByLabel("Fair Hospitality")).toBeChecked();
    await page.locator("li.card h3 a").first().click();
    await expect(page.getByText("Fair Hospitality").first()).toBeVisible();
    await expectAccessible(page);
  });

  test("an empty search suggests which filter to drop", async ({ page, visit }) => {
    await visit("/stages?q=kok&sector=care");
    await expect(page.getByText("Geen stages gevonden voor ‘kok’ met deze filters.")).toBeVisible();
    await page.getByRole("link", { name: /zonder sector/ }).click();
    await expect(page).toHaveURL(/\/stages\?q=kok$/);
    await expect(page.getByText(/^\d+ stages? gevonden$/)).not.toHaveText(/^0 /);
    await expectAccessible(page);
  });

  test("a misspelt word shows the corrected words' results, or as typed a corrected spelling to follow, in Dutch and in English", async ({ page, visit }) => {
    await visit("/stages");
    await page.getByLabel("Zoek op beroep, opleiding, organisatie of plaats").fill("verplegkundige");
    await expect(page).toHaveURL(/\/stages\?q=verplegkundige$/);
    // Words typed on a fresh search sort by relevance, the default for a text search.
    await expect(page.getByRole("combobox", { name: "Sorteren op" }).locator("option:checked")).toHaveText("Beste match");
    // The typed word finds nothing: the corrected one's results, saying so, with the way back.
    const notice = page.getByText("Resultaten voor verpleegkundige. Zoek in plaats daarvan naar verplegkundige");
    await expect(notice).toBeVisible();
    await expect(page.getByText(/^\d+ stages? gevonden$/)).not.toHaveText(/^0 /);
    await expectAccessible(page);
    await notice.getByRole("link", { name: "verplegkundige" }).click();
    await expect(page).toHaveURL(/\/stages\?q=verplegkundige&letterlijk=1$/);
    const suggestion = page.getByText(/^Bedoelde je verpleegkundige\? \(\d+ stages?\)$/);
    await expect(suggestion).toBeVisible();
    await expectAccessible(page);
    await suggestion.getByRole("link", { name: "verpleegkundige" }).click();
    await expect(page).toHaveURL(/\/stages\?q=verpleegkundige$/);
    await expect(page.getByText(/^\d+ stages? gevonden$/)).not.toHaveText(/^0 /);
    // A sort order the visitor picks stays when the search changes.
    await page.getByRole("combobox", { name: "Sorteren op" }).selectOption("vergoeding");
    await expect(page).toHaveURL(/sorteer=vergoeding/);
    await openFilters(page);
    await page.getByRole("group", { name: "Niveau" }).getByLabel("niveau 4").check();
    await expect(page).toHaveURL(/niveau=4/);
    await expect(page).toHaveURL(/sorteer=vergoeding/);

    await page.context().addCookies([{ name: "sp_lng", value: "en", url: `http://localhost:${port}` }]);
    await visit("/stages?q=verplegkundige");
    await expect(page.getByText("Showing results for verpleegkundige. Search instead for verplegkundige")).toBeVisible();
    await visit("/stages?q=verplegkundige&letterlijk=1");
    await expect(page.getByText(/^Did you mean verpleegkundige\? \(\d+ internships?\)$/)).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form searches, filters with a plain GET, shares the URL and opens an internship with its badges", async ({ page, browser }) => {
    const visited: string[] = [];
    await page.goto("/stages");
    visited.push(page.url());
    await page.getByLabel("Zoek op beroep, opleiding, organisatie of plaats").fill("stage");
    await openFilters(page);
    await page.getByRole("group", { name: "Niveau" }).getByLabel("niveau 2").check();
    await page
      .getByRole("group", { name: "Stagegever" })
      .getByLabel(/Ondertekenaar Stagepact/)
      .check();
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/q=stage/);
    await expect(page).toHaveURL(/niveau=2/);
    await expect(page).toHaveURL(/pact=1/);
    // Words sent from a fresh search sort by best match, not by the newest the box showed.
    await expect(page).not.toHaveURL(/sorteer=nieuw/);
    await expect(page.getByRole("combobox", { name: "Sorteren op" }).locator("option:checked")).toHaveText("Beste match");
    visited.push(page.url());
    await expect(page.getByLabel("niveau 2")).toBeChecked();
    await expect(page.getByLabel("Zoek op beroep, opleiding, organisatie of plaats")).toHaveValue("stage");
    await page.getByRole("combobox", { name: "Sorteren op" }).selectOption("vergoeding");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/sorteer=vergoeding/);
    visited.push(page.url());
    const counter = page.getByText(/^\d+ stages? gevonden$/);
    await expect(counter).not.toHaveText(/^0 /);
    const count = await counter.textContent();
    const titles = await page.locator("li.card h3 a").allTextContents();

    // The URL is the search: a new page, also without JavaScript, shows the same results.
    const shared = await browser.newContext({ javaScriptEnabled: false });
    const other = await shared.newPage();
    await other.goto(page.url());
    await expect(other.getByText(/^\d+ stages? gevonden$/)).toHaveText(count ?? "");
    expect(await other.locator("li.card h3 a").allTextContents()).toEqual(titles);
    await shared.close();

    await page.locator("li.card h3 a").first().click();
    await expect(page.getByText(/per maand — (boven|precies)/).first()).toBeVisible();
    await expect(page.getByText(/Ondertekenaar Stagepact sinds/).first()).toBeVisible();
    visited.push(page.url());

    // axe runs inside the page, which needs JavaScript: the same server-rendered pages
    // are scanned in a second browser context.
    const context = await browser.newContext({ javaScriptEnabled: true });
    const scan = await context.newPage();
    for (const url of visited) {
      await scan.goto(url);
      await expectAccessible(scan);
    }
    await context.close();
  });
});

test("open data: the footer leads to the documentation, in both languages", async ({ page, visit }) => {
  await visit("/stages");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Alleen ondertekenaars van het Stagepact" })).toBeVisible();
  await expectAccessible(page);
  const json = await page.request.get((await page.getByRole("link", { name: "/api/v1/stages?q=kok&pact=1" }).getAttribute("href")) ?? "");
  expect(json.ok()).toBe(true);
  expect(((await json.json()) as { total: number }).total).toBeGreaterThan(0);

  await page.context().addCookies([{ name: "sp_lng", value: "en", url: `http://localhost:${port}` }]);
  await visit("/open-data");
  await expect(page.getByRole("cell", { name: "Stagepact signatories only" })).toBeVisible();
});
