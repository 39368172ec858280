import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

const INTERNSHIP = "seed-int-org-01-2";

test("after a rejection with a reason, the student reports discrimination in one step", async ({ page, visit }) => {
  // The seeded student's profile is complete; they apply.
  await signIn(page, "student");
  await expect(page).toHaveURL(/\/student$/);
  await visit(`/student/solliciteren/${INTERNSHIP}`);
  await page.getByLabel("Je motivatie").fill("Ik wil graag leren koken in een echte restaurantkeuken en ben elke zaterdag beschikbaar voor extra diensten.");
  await page.getByRole("button", { name: "Bekijk wat de werkgever ziet" }).click();
  const preview = page.getByRole("region", { name: "Dit ziet de werkgever" });
  await expect(preview).toBeVisible();
  await expectAccessible(page);
  const pseudonym = (await preview.getByRole("heading", { level: 3, name: /^Kandidaat / }).textContent())!.trim();
  await page.getByRole("button", { name: "Sollicitatie versturen" }).click();
  await expect(page.getByText(`Je sollicitatie is verstuurd als ${pseudonym}.`)).toBeVisible();
  await signOut(page);

  // The employer rejects it with a reason from the list.
  await signIn(page, "employer");
  await expect(page).toHaveURL(/\/werkgever$/);
  await visit(`/werkgever/sollicitaties/stage/${INTERNSHIP}`);
  await page.getByRole("link", { name: pseudonym }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Afwijzen" }).click();
  // Without a reason the form explains what is missing next to the field.
  await expect(page.getByText("Kies een reden.")).toBeVisible();
  await page.getByLabel("Reden van afwijzing").selectOption({ label: "De beschikbaarheid past niet" });
  await page.getByRole("button", { name: "Afwijzen", exact: true }).click();
  // The confirmation repeats the reason the student will read; only "Ja, afwijzen" rejects.
  const confirmReject = page.getByRole("region", { name: `Sollicitatie van ${pseudonym} afwijzen?` });
  await expect(confirmReject.getByText("De beschikbaarheid past niet")).toBeVisible();
  await expectAccessible(page);
  await confirmReject.getByRole("button", { name: "Ja, afwijzen" }).click();
  await expect(page.getByText("De sollicitatie is afgewezen; de kandidaat krijgt bericht.")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The student sees the rejection and reports in one step.
  await signIn(page, "student");
  await expect(page).toHaveURL(/\/student$/);
  await visit("/student/sollicitaties");
  const row = page.getByRole("row").filter({ hasText: pseudonym });
  await expect(row.getByText("Afgewezen")).toBeVisible();
  await row.getByRole("link").click();
  await expect(page.getByRole("region", { name: "Status" }).getByText("De beschikbaarheid past niet")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Discriminatie melden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Discriminatie melden" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "De Keuken van West" })).toBeVisible();
  await expect(page.getByLabel("Wat is er gebeurd?")).toHaveValue(new RegExp(pseudonym));
  await expectAccessible(page);
  await page.getByLabel("Afkomst of naam").check();
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByText(/Je melding is ontvangen\. Je referentie is SP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\./)).toBeVisible();
  await expect(page.getByText(/Gemeld op .*, referentie SP-/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Discriminatie melden" })).toHaveCount(0);
  await expectAccessible(page);
});
