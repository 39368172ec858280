import { expect, signIn, signOut, test } from "./fixtures";

// Issue 16 item 3: the admin adopts a new pact version → the employer sees the deadline
// and signs again → the officer sees who has not re-signed yet.
test("a new pact version gives signatories a deadline, a banner and a place on the officer's list", async ({ page, visit }) => {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());

  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/beheer$/);
  await visit("/beheer/stagepact");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Versie vastleggen" }) });
  await form.getByLabel("Gemeente").selectOption({ label: "Amsterdam" });
  await form.getByLabel("Geldig vanaf").fill(today);
  await form.getByLabel("Titel (Nederlands)").fill("Stagepact Amsterdam, versie 2");
  await form.getByLabel("Titel (Engels)").fill("Stagepact Amsterdam, version 2");
  await form.getByLabel("Tekst (Nederlands)").fill("Wij betalen elke stagiair minstens {pactMinimum} euro per maand bij {fullTimeHours} uur.");
  await form.getByLabel("Tekst (Engels)").fill("We pay every intern at least {pactMinimum} euros a month for {fullTimeHours} hours.");
  await form.getByLabel("Afspraken (Nederlands)").fill("Minimaal de stagevergoeding\nEen praktijkopleider");
  await form.getByLabel("Afspraken (Engels)").fill("At least the allowance\nA workplace trainer");
  await form.getByRole("button", { name: "Versie vastleggen" }).click();
  await expect(page.getByText(/versie 2/i).first()).toBeVisible();
  await signOut(page);

  await signIn(page, "employer");
  await expect(page).toHaveURL(/\/werkgever$/);
  await visit("/werkgever");
  const banner = page.getByRole("region", { name: "Onderteken de nieuwe versie van het Stagepact" });
  await expect(banner).toContainText("Versie 2 is van kracht");
  await banner.getByRole("link", { name: "Onderteken versie 2" }).click();
  await expect(page).toHaveURL(/\/werkgever\/stagepact/);
  await expect(page.getByRole("checkbox")).toHaveCount(2);
  await signOut(page);

  await signIn(page, "officer");
  await expect(page).toHaveURL(/\/gemeente$/);
  await visit("/gemeente/opnieuw-ondertekenen");
  const table = page.getByRole("table", { name: "Organisaties die opnieuw moeten ondertekenen" });
  const row = table.getByRole("row").filter({ hasText: "De Keuken van West" });
  await expect(row).toContainText("versie 1");
  await expect(row).toContainText("Nog binnen de termijn");
  await visit("/gemeente/dashboard");
  await expect(page.getByText("Moeten opnieuw ondertekenen").first()).toBeVisible();
});
