import { expect, expectAccessible, signIn, test } from "./fixtures";

test.describe("an anonymous visitor reports discrimination and an officer handles the case", () => {
  test("the visitor gets a reference, adds information with it, and the officer closes the case", async ({ page, visit }) => {
    await visit("/melden");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meldpunt stagediscriminatie en klachten over stages");
    await expect(page.getByText("Je mag volledig anoniem melden")).toBeVisible();

    // A mistake first: too short a description is explained next to the field, and the choice is kept.
    await page.getByRole("radio", { name: "Afkomst of naam" }).check();
    await page.getByLabel("Organisatie (niet verplicht)").fill("Hotel Oosterdok");
    await page.getByLabel("Wat is er gebeurd?").fill("Kort");
    await page.getByRole("button", { name: "Melding versturen" }).click();
    await expect(page.getByText("Schrijf minstens 10 tekens.")).toBeVisible();
    await expect(page.getByRole("radio", { name: "Afkomst of naam" })).toBeChecked();
    await expectAccessible(page);

    await page.getByLabel("Wat is er gebeurd?").fill("Na het noemen van mijn achternaam was de stageplek ineens vergeven.");
    await page.getByRole("button", { name: "Melding versturen" }).click();
    await expect(page.getByRole("heading", { name: "Je melding is ontvangen" })).toBeVisible();
    const reference = (await page.getByTestId("reference").textContent())!.trim();
    expect(reference).toMatch(/^SP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Informatie toevoegen aan een melding" }).click();
    await expectAccessible(page);
    await page.getByLabel("Referentiecode").fill(reference.toLowerCase());
    await page.getByLabel("Wat wil je toevoegen?").fill("Het gesprek was op 3 oktober, om 14.00 uur.");
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByRole("heading", { name: "Je aanvulling is toegevoegd" })).toBeVisible();
    await expectAccessible(page);

    await signIn(page, "officer");
    await expect(page).toHaveURL(/\/gemeente$/);
    await page.getByRole("link", { name: "Meldingen" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Melding ${reference}`);
    await expect(page.getByText("Het gesprek was op 3 oktober, om 14.00 uur.")).toBeVisible();
    await expect(page.getByText("Organisatie: Hotel Oosterdok")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Behandelaar").selectOption({ label: "Fatima el Idrissi" });
    await page.getByRole("button", { name: "Toewijzen" }).click();
    await expect(page.getByText("De melding is toegewezen.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("textbox", { name: "Notitie", exact: true }).fill("School gebeld; de student wil verder.");
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(page.getByText("De notitie is opgeslagen.")).toBeVisible();

    await page.getByLabel("Nieuwe status").selectOption({ label: "In behandeling" });
    await page.getByRole("button", { name: "Status wijzigen" }).click();
    await expect(page.getByText("De status is gewijzigd.")).toBeVisible();
    await expectAccessible(page);

    // Closing needs the officer's assessment; "not yet assessed" is refused next to the field.
    await page.getByLabel("Nieuwe status").selectOption({ label: "Afgesloten" });
    await page.getByLabel("Toelichting (niet verplicht)").fill("Werkgever aangesproken; mystery guest ingepland.");
    const assessment = page.getByRole("group", { name: "Beoordeling" });
    await expect(assessment.getByRole("radio", { name: "Nog niet beoordeeld" })).toBeChecked();
    await page.getByRole("button", { name: "Status wijzigen" }).click();
    await expect(page.getByText("Kies of de melding gegrond is voordat je haar doorverwijst of afsluit.")).toBeVisible();
    await assessment.getByRole("radio", { name: "Gegrond", exact: true }).check();
    await page.getByRole("button", { name: "Status wijzigen" }).click();
    await expect(page.getByText("Deze melding is afgesloten; de status kan niet meer veranderen.")).toBeVisible();
    await expect(page.getByText("Status: In behandeling → Afgesloten")).toBeVisible();
    await expect(page.getByText("Huidige beoordeling: Gegrond (door Fatima el Idrissi op", { exact: false })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Mystery guest" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Hotel Oosterdok" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // axe needs JavaScript in the page, so this test does not scan; the same pages are scanned above.
  test("the report form still works, in English too", async ({ page }) => {
    await page.goto("/melden");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report internship discrimination or a complaint about an internship");
    await page.getByRole("radio", { name: "The internship allowance is not paid" }).check();
    await page.getByLabel("What happened?").fill("I have not been paid for two months.");
    await page.getByLabel("E-mail address").fill("niet-geldig");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByText("Enter a valid e-mail address", { exact: false })).toBeVisible();
    await expect(page.getByLabel("What happened?")).toHaveValue("I have not been paid for two months.");
    await expect(page.getByRole("radio", { name: "The internship allowance is not paid" })).toBeChecked();
    await page.getByLabel("E-mail address").fill("");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByRole("heading", { name: "Your report has been received" })).toBeVisible();
    await expect(page.getByTestId("reference")).toHaveText(/^SP-/);
  });
});
