import { expect, expectAccessible, openFilters, signIn, test } from "./fixtures";

function todayInAmsterdam() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
}

// The admin raises Amsterdam's municipal code; the re-check runs at once, and a
// subsidised employer sees which internships fall short and why.
test("an admin raises the minimum, internships are flagged and the employer sees why", async ({ page, visit, browser }) => {
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/beheer$/);
  await visit("/beheer/regels");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Regel vastleggen" }) });
  await form.getByLabel("Gemeente").selectOption({ label: "Amsterdam" });
  await form.getByLabel("Regel").selectOption("municipal_code");
  await form.getByLabel("Minimum per maand bij voltijd (euro)").fill("550");
  await form.getByLabel("Geldig vanaf").fill(todayInAmsterdam());
  await form.getByLabel("Toelichting").fill("Indexatie");
  await page.getByRole("button", { name: "Regel vastleggen" }).click();
  await expect(page.getByText(/Versie 2 geldt nu\. \d+ stages gecontroleerd: [1-9]\d* gemarkeerd/)).toBeVisible();
  await expectAccessible(page);

  const employerContext = await browser.newContext();
  const employer = await employerContext.newPage();
  await employer.goto("/inloggen");
  await employer.getByLabel(/E-mailadres/).fill("werkgever@noorderlicht.test");
  await employer.getByLabel(/^Wachtwoord/).fill("Werkgever-2026-stagepact");
  await employer.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(employer).toHaveURL(/\/werkgever$/);
  const flagged = employer.getByRole("region", { name: "Stages die niet meer aan de code voldoen" });
  await expect(flagged).toBeVisible();
  await expect(flagged.getByText(/de gemeentelijke stagecode vraagt minstens €\d+/).first()).toBeVisible();
  // The hint next to the allowance quotes the new code.
  await employer.goto("/werkgever/stages/nieuw");
  await expect(employer.getByText(/de code vandaag minstens €550 per maand bij 36 uur per week/)).toBeVisible();
  await employer.goto("/werkgever");
  await expect(flagged.getByText(/Wordt automatisch offline gehaald op/).first()).toBeVisible();
  await expectAccessible(employer);
  await flagged.getByRole("link").first().click();
  await expect(employer.getByText("Deze stage voldoet niet meer aan de code.")).toBeVisible();
  await expectAccessible(employer);
  const fixedTitle = (await employer.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const editPath = new URL(employer.url()).pathname;
  const fixedId = editPath.split("/").pop();

  // A student sees the flag on the search card, with the amount and the deadline, and can hide such internships.
  const card = (_title: string) => page.locator("li", { has: page.locator(`h3 a[href="/stages/${fixedId}"]`) });
  await expect(async () => {
    await page.goto(`/stages?q=${encodeURIComponent(fixedTitle)}`);
    await expect(card(fixedTitle).getByText(/Onder het nieuwe minimum: de werkgever moet dit uiterlijk .+ verhogen naar €\s?\d+\./)).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(page);
  await openFilters(page);
  await page.getByRole("checkbox", { name: /Alleen stages die nu aan de code voldoen/ }).check();
  await expect(page).toHaveURL(/volgens-code=1/);
  await expect(card(fixedTitle)).toHaveCount(0);
  await expectAccessible(page);

  // The employer raises the allowance to the new code: the flag goes, on the card too.
  await employer.goto(editPath);
  await employer.getByLabel("Stagevergoeding per maand (euro").fill("600");
  await employer.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(employer.getByText("De stage is opgeslagen.")).toBeVisible();
  await expect(employer.getByText("Deze stage voldoet niet meer aan de code.")).toHaveCount(0);
  await expectAccessible(employer);
  await employerContext.close();
  await expect(async () => {
    await page.goto(`/stages?q=${encodeURIComponent(fixedTitle)}&volgens-code=1`);
    await expect(card(fixedTitle)).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(card(fixedTitle).getByText(/Onder het nieuwe minimum/)).toHaveCount(0);

  // The public pact page quotes the new code as well.
  await visit("/stagepact");
  await expect(page.getByText(/en minstens €550 als wij onder de gemeentelijke stagecode vallen/)).toBeVisible();
  await expect(page.getByText(/€500/)).toHaveCount(0);

  await visit("/beheer/mailbox");
  await expect(page.getByText(/Stage voldoet niet meer aan de code/).first()).toBeVisible();
});
