import { ACCOUNTS, expect, expectAccessible, signIn, signInThroughForm, test } from "./fixtures";

test.describe("each seeded role signs in and reaches its start page", () => {
  for (const role of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[]) {
    test(`${role} signs in through the form and sees an accessible start page`, async ({ page }) => {
      await page.goto("/inloggen");
      await expectAccessible(page);
      await signInThroughForm(page, role);
      await expect(page).toHaveURL(new RegExp(`${ACCOUNTS[role].home}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Uitloggen" }).click();
      await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
    });
  }

  test("a student who opens the employer area gets the 403 page", async ({ page }) => {
    await signIn(page, "student");
    await expect(page).toHaveURL(/\/student$/);
    const response = await page.goto("/werkgever");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("public pages in both languages", () => {
  test("the start page, search, an internship and the pact read in Dutch, then in English", async ({ page, visit }) => {
    await visit("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Een eerlijke stage, met een eerlijke vergoeding");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A fair internship, with a fair allowance");
    await expectAccessible(page);
    await visit("/stages");
    await expect(page.getByText(/internships? found/)).toBeVisible();
    await page.getByRole("main").getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "About this internship" })).toBeVisible();
    const jobPosting = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jobPosting).toMatchObject({ "@type": "JobPosting", employmentType: "INTERN", baseSalary: { currency: "EUR" } });
    await expectAccessible(page);
    await visit("/stagepact");
    await expect(page.getByRole("heading", { name: "What signatories promise" })).toBeVisible();
    await visit("/stagepact/ondertekenaars");
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ondertekenaars van het Stagepact");
  });

  test("an unknown internship shows a helpful 404 page", async ({ page }) => {
    const response = await page.goto("/stages/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
    await expectAccessible(page);
  });

  test("healthz reports the database", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
  });
});

test.describe("sign-up", () => {
  test("a new student signs up; bad input is explained next to the field and kept", async ({ page, visit }) => {
    await visit("/registreren");
    await page.getByRole("link", { name: "Account als student" }).click();
    await expectAccessible(page);
    await expect(page.getByLabel("Je naam")).toHaveCount(0);
    await page.getByLabel("Voornaam").fill("Sem");
    await page.getByLabel("Achternaam").fill("de Vries");
    await page.getByLabel("E-mailadres").fill("sem.devries@example.nl");
    await page.getByLabel("Wachtwoord").fill("kort");
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByText("Kies een wachtwoord van minstens 12 tekens.")).toBeVisible();
    await expect(page.getByLabel("Achternaam")).toHaveValue("de Vries");
    await expectAccessible(page);
    await page.getByLabel("Wachtwoord").fill("een lange zin als wachtwoord");
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByRole("heading", { name: "Welkom, Sem" })).toBeVisible();
    await expectAccessible(page);
  });
});
