import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

// A minimal valid PDF header is enough: the server checks the declared type and the first bytes.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test("a hospitality employer applies for Fair Hospitality, an officer awards it, and the badge shows", async ({ page, visit }) => {
  await signIn(page, "employer");
  await expect(page).toHaveURL(/\/werkgever$/);
  await visit("/werkgever/keurmerken");
  await expect(page.getByRole("heading", { name: "Fair Hospitality aanvragen" })).toBeVisible();

  // A wrong file type is refused next to the field; what was typed stays.
  await page.getByLabel("Aandeel vaste contracten (procent)").fill("70");
  await page.getByLabel("We betalen ten minste de lonen van de horeca-cao").check();
  await page.getByLabel("Nulurencontracten zijn afgebouwd op").fill("2026-06-30");
  await page.getByLabel("Toelichting en bewijs").fill("21 van de 30 medewerkers hebben een vast contract; we volgen de cao Horeca.");
  await page.getByLabel("Bewijsstuk (niet verplicht)").setInputFiles({ name: "contracten.txt", mimeType: "text/plain", buffer: Buffer.from("geen pdf") });
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByText("Kies een PDF-, PNG- of JPEG-bestand.")).toBeVisible();
  await expect(page.getByLabel("Aandeel vaste contracten (procent)")).toHaveValue("70");
  await expectAccessible(page);

  await page.getByLabel("Bewijsstuk (niet verplicht)").setInputFiles({ name: "contracten.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByText("Je aanvraag voor Fair Hospitality is verstuurd.")).toBeVisible();
  await expect(page.getByText("Fair Hospitality — Aangevraagd, wacht op de gemeente")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await signIn(page, "officer");
  await expect(page).toHaveURL(/\/gemeente$/);
  await visit("/gemeente/keurmerken");
  await page.getByRole("link", { name: /^Beoordelen\s*: De Keuken van West$/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fair Hospitality voor De Keuken van West");
  await expect(page.getByRole("link", { name: "Download contracten.pdf" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Toekennen" }).click();
  await expect(page.getByText("Het keurmerk is toegekend.")).toBeVisible();
  await expectAccessible(page);

  // The badge on the public signatory list, on the internship page and in the internship list.
  await visit("/stagepact/ondertekenaars");
  const row = page.getByRole("row", { name: /De Keuken van West/ });
  await expect(row.getByText("Fair Hospitality")).toBeVisible();
  await visit("/stages/seed-int-org-01-1");
  await expect(page.getByRole("list", { name: /keurmerk/i }).getByText("Fair Hospitality")).toBeVisible();
  await expect(page.getByText(/Ondertekenaar Stagepact sinds/)).toBeVisible();
  await signOut(page);

  await signIn(page, "employer");
  await expect(page).toHaveURL(/\/werkgever$/);
  await visit("/werkgever/keurmerken");
  await expect(page.getByText("Fair Hospitality — Toegekend")).toBeVisible();
  await expect(page.getByText("Je organisatie heeft Fair Hospitality.", { exact: false })).toBeVisible();
});
