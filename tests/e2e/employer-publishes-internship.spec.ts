import { expect, expectAccessible, signIn, test } from "./fixtures";

// A new employer registers, signs the pact, an officer approves in another browser,
// the employer is refused at €350 for 36 hours and publishes at €400. The search index
// follows through the outbox (the relay job runs every 5 s in the server): the new
// internship becomes findable, and disappears once taken offline.
test("a new employer signs the pact, is approved and publishes a compliant internship", async ({ page, visit, browser }) => {
  test.setTimeout(90_000);
  const suffix = Date.now().toString().slice(-6);
  const kvk = `7${suffix}9`.slice(0, 8);
  const orgName = `Bakkerij Zuidas ${suffix}`;
  const title = `Leerling-bakker ${suffix}`;

  await visit("/registreren?type=employer");
  await page.getByLabel("Je naam").fill("Ilse de Graaf");
  await page.getByLabel(/^E-mailadres/).fill(`ilse.${suffix}@bakkerij.test`);
  await page.getByLabel(/^Wachtwoord/).fill("een lange zin als wachtwoord");
  await page.getByLabel("Naam van de organisatie").fill(orgName);
  await page.getByLabel("KvK-nummer").fill(kvk);
  await page.getByLabel("Soort organisatie").selectOption("private");
  await page.getByLabel(/^Sector/).selectOption("hospitality");
  await page.getByLabel("Straat").fill("Gustav Mahlerlaan");
  await page.getByLabel("Huisnummer").fill("10");
  await page.getByLabel("Postcode").fill("1082 PP");
  await page.getByLabel("Plaats").fill("Amsterdam");
  await page.getByLabel(/^Gemeente/).selectOption({ label: "Amsterdam" });
  await page.getByRole("textbox", { name: "Contactpersoon", exact: true }).fill("Ilse de Graaf");
  await page.getByLabel("E-mail contactpersoon").fill(`ilse.${suffix}@bakkerij.test`);
  await page.getByRole("checkbox", { name: /vertegenwoordigen/ }).check();
  await page.getByRole("button", { name: "Account aanmaken" }).click();
  await expect(page).toHaveURL(/\/werkgever$/);
  await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  await expect(page.getByText("Nog niet ondertekend").first()).toBeVisible();
  await expectAccessible(page);

  // Sign: every commitment ticked, signer name and role.
  await page.getByRole("link", { name: "Stagepact ondertekenen" }).click();
  await expect(page).toHaveURL(/\/werkgever\/stagepact$/);
  await expectAccessible(page);
  const commitments = page.getByRole("group", { name: "Afspraken" }).getByRole("checkbox");
  const count = await commitments.count();
  expect(count).toBeGreaterThan(2);
  // One box left unticked is refused next to the commitments.
  for (let i = 0; i < count - 1; i++) await commitments.nth(i).check();
  await page.getByLabel("Functie ondertekenaar").fill("Eigenaar");
  await page.getByRole("button", { name: "Stagepact ondertekenen" }).click();
  await expect(page.getByText("Vink elke afspraak aan om het pact te ondertekenen.")).toBeVisible();
  await expectAccessible(page);
  for (let i = 0; i < count; i++) await commitments.nth(i).check();
  await page.getByLabel("Functie ondertekenaar").fill("Eigenaar");
  await page.getByRole("button", { name: "Stagepact ondertekenen" }).click();
  await expect(page.getByText("Ondertekend, wacht op goedkeuring door de gemeente")).toBeVisible();
  await expectAccessible(page);

  // The officer approves in another browser context.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, "officer");
  await expect(officer).toHaveURL(/\/gemeente$/);
  await officer.goto("/gemeente/verificatie");
  await expectAccessible(officer);
  await officer.getByRole("link", { name: orgName }).click();
  await expect(officer.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(officer.getByText("De ondertekening is goedgekeurd")).toBeVisible();
  await expectAccessible(officer);
  await officerContext.close();

  await visit("/werkgever/stagepact");
  await expect(page.getByText("Goedgekeurd: je mag stages publiceren")).toBeVisible();

  // €350 for 36 hours is refused, with the sentence next to the allowance and everything kept.
  await visit("/werkgever/stages/nieuw");
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Beschrijving").fill("Je bakt mee in onze bakkerij: brood, banket en taarten.");
  await page.getByLabel("Opleiding (kwalificatie)").selectOption({ index: 1 });
  await page.getByLabel("Niveau").selectOption("2");
  await page.getByLabel("Leerweg").selectOption("BOL");
  await page.getByLabel("Uren per week").fill("36");
  await page.getByLabel("Stagevergoeding per maand (euro)").fill("350");
  await page.getByLabel("Startdatum").fill("2027-03-01");
  await page.getByLabel("Duur in weken").fill("20");
  await page.getByLabel("Naam praktijkopleider").fill("Henk Post");
  await page.getByLabel("E-mailadres praktijkopleider").fill(`henk.${suffix}@bakkerij.test`);
  await page.getByLabel("Leerdoelen").fill("Deeg maken\nOvenbeheer\nHygiëne");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  const allowance = page.getByLabel("Stagevergoeding per maand (euro)");
  await expect(page.getByText("€350 voor 36 uur; de code vraagt minstens €400: verhoog met €50.")).toBeVisible();
  await expect(page.getByText("Publiceren kan niet: de vergoeding voldoet niet aan de code.")).toBeVisible();
  await expect(allowance).toHaveValue("350");
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expect(allowance).toHaveAttribute("aria-describedby", /paycheck/);
  await expectAccessible(page);

  // Raised to €400 it publishes.
  await allowance.fill("400");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await expect(page.getByText("De stage is gepubliceerd.")).toBeVisible();
  await expect(page.getByText("Gepubliceerd", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const employerPath = new URL(page.url()).pathname;
  const id = employerPath.split("/").pop();

  await visit(`/stages/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Findable in search once the outbox row is relayed.
  const result = page.getByRole("link", { name: title, exact: true });
  await expect(async () => {
    await page.goto(`/stages?q=${encodeURIComponent(title)}`);
    await expect(result).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(page);

  // Taken offline, it disappears from search the same way.
  await visit(employerPath);
  await page.getByRole("button", { name: "Offline halen" }).click();
  await expect(page.getByText("De stage is offline gehaald.")).toBeVisible();
  await expectAccessible(page);
  await expect(async () => {
    await page.goto(`/stages?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(result).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectAccessible(page);
  const gone = await page.goto(`/stages/${id}`);
  expect(gone?.status()).toBe(404);
});
