import { expect, expectAccessible, test } from "./fixtures";

// A subsidised institution offers a work-based (BBL) place: an hourly wage, held to
// Amsterdam's living wage of €19 an hour. A monthly amount is refused next to the field,
// a low wage is refused with the sentence, and the published place shows its hourly wage
// on the search card, at desktop width and on a phone, in Dutch and in English.
test("an employer publishes a BBL place with an hourly wage, checked against the living wage", async ({ page, browser }) => {
  const title = `Leerbaan zorgondersteuner ${Math.random().toString(36).slice(2, 7)}`;
  await page.goto("/inloggen");
  await page.getByLabel(/E-mailadres/).fill("werkgever@noorderlicht.test");
  await page.getByLabel(/^Wachtwoord/).fill("Werkgever-2026-stagepact");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(/\/werkgever$/);

  await page.goto("/werkgever/stages/nieuw");
  await expect(page.getByText(/minstens €19,00 bruto per uur, voor elke leeftijd/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Beschrijving").fill("Vier dagen werken op een afdeling, een dag naar school.");
  await page.getByLabel("Opleiding (kwalificatie)").selectOption({ index: 1 });
  await page.getByLabel("Niveau").selectOption("3");
  await page.getByLabel("Leerweg").selectOption("BBL");
  await page.getByLabel("Uren per week").fill("32");
  await page.getByLabel("Startdatum").fill("2027-03-01");
  await page.getByLabel("Duur in weken").fill("40");
  await page.getByLabel("Naam praktijkopleider").fill("Ria Bos");
  await page.getByLabel("E-mailadres praktijkopleider").fill("ria@noorderlicht.test");
  await page.getByLabel("Leerdoelen").fill("Zorg verlenen\nRapporteren");

  // With JavaScript the monthly field is hidden for BBL; the live check speaks in hourly amounts.
  const wage = page.getByLabel("Bruto uurloon (euro)");
  await expect(page.getByLabel("Stagevergoeding per maand (euro)")).toBeHidden();
  await wage.fill("14,50");
  await expect(page.getByText("€14,50 per uur; de code vraagt minstens het leefbaar loon van €19,00 per uur: verhoog met €4,50.")).toBeVisible();
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await expect(page.getByText("Publiceren kan niet: het uurloon voldoet niet aan de code.")).toBeVisible();
  await expect(wage).toHaveValue("14,50");
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expectAccessible(page);

  await wage.fill("19,25");
  await page.getByRole("button", { name: "Opslaan en publiceren" }).click();
  await expect(page.getByText("De stage is gepubliceerd.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();

  // The public page: the hourly wage and how it sits against the living wage.
  await page.goto(`/stages/${id}`);
  await expect(page.getByText("€ 19,25 bruto per uur").first()).toBeVisible();
  await expect(page.getByText("€19,25 bruto per uur — boven het leefbaar loon van €19,00")).toBeVisible();
  await expectAccessible(page);

  // A student on a phone finds it among the BBL places; the card shows the hourly wage.
  for (const [lng, cardText, route] of [
    ["nl", "€ 19,25 bruto per uur (BBL)", "BBL: leerbaan met uurloon"],
    ["en", "€19.25 gross an hour (BBL)", "BBL: work-based place with an hourly wage"],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: lng === "nl" ? "nl-NL" : "en-GB" });
    await context.addCookies([{ name: "sp_lng", value: lng, url: page.url() }]);
    const phone = await context.newPage();
    await expect(async () => {
      await phone.goto(`/stages?q=${encodeURIComponent(title)}`);
      await expect(phone.getByRole("link", { name: title, exact: true })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expect(phone.getByText(cardText)).toBeVisible();
    await phone.locator("summary").first().click();
    await phone.getByRole("radio", { name: new RegExp(route) }).check();
    await expect(phone).toHaveURL(/leerweg=BBL/);
    await expect(phone.getByRole("link", { name: title, exact: true })).toBeVisible();
    await expectAccessible(phone);
    await context.close();
  }
});
