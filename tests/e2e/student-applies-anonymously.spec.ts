import Database from "better-sqlite3";
import path from "node:path";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

// The identity values this journey types in; none may reach the employer before the invitation.
const STUDENT = {
  firstName: "Noa",
  lastName: "Veldkamp",
  phone: "06 2345 6789",
  dateOfBirth: "2007-05-14",
  street: "Kastanjeplein 7",
  postcode: "1092 CH",
  city: "Diemen",
  school: "Mediacollege Amsterdam",
  email: "student@stagepact.test",
};
const INTERNSHIP = "seed-int-org-01-1";
const MOTIVATION =
  "Ik ben Noa Veldkamp en koken is mijn passie. In jullie keuken wil ik leren werken met verse producten. Bel me op 06-23456789 of mail naar noa.veldkamp@student.roc-amsterdam.nl.";

test("a student applies anonymously; the employer sees no identity until inviting", async ({ page, visit }) => {
  // 1. The student fills in the profile.
  await signIn(page, "student");
  await expect(page).toHaveURL(/\/student$/);
  await visit("/student/profiel");
  await page.getByLabel("Voornaam").fill(STUDENT.firstName);
  await page.getByLabel("Achternaam").fill(STUDENT.lastName);
  await page.getByLabel("Telefoonnummer").fill(STUDENT.phone);
  await page.getByLabel("Geboortedatum").fill(STUDENT.dateOfBirth);
  await page.getByLabel("Straat en huisnummer").fill(STUDENT.street);
  await page.getByLabel("Postcode").fill(STUDENT.postcode);
  await page.getByLabel("Woonplaats").fill(STUDENT.city);
  await page.getByLabel("School", { exact: true }).fill(STUDENT.school);
  await page.getByLabel("Opleiding").selectOption({ label: "Kok" });
  await page.getByLabel("Niveau").selectOption("2");
  await page.getByLabel("Leerjaar").selectOption("2");
  await page.getByLabel("Vaardigheden").fill("HACCP\nSnijtechnieken\nSamenwerken");
  await page.getByLabel("Beschikbaar vanaf").fill("2027-02-01");
  await page.getByLabel("Uren per week").fill("32");
  await page.getByRole("button", { name: "Profiel opslaan" }).click();
  await expect(page.getByText("Je profiel is opgeslagen.")).toBeVisible();
  await expect(page.getByLabel("Achternaam")).toHaveValue(STUDENT.lastName);
  await expectAccessible(page);

  await visit("/student/zo-werkt-anoniem");
  await expect(page.getByRole("heading", { name: "Dit ziet een werkgever pas na een uitnodiging" })).toBeVisible();

  // 2. Apply from a plain link to the internship, preview, then send.
  await visit(`/student/solliciteren/${INTERNSHIP}`);
  await page.getByLabel("Je motivatie").fill(MOTIVATION);
  await page.getByLabel("Samenwerken").uncheck();
  await page.getByRole("button", { name: "Bekijk wat de werkgever ziet" }).click();
  const preview = page.getByRole("region", { name: "Dit ziet de werkgever" });
  await expect(preview).toBeVisible();
  await expectAccessible(page);
  const scrubbed = preview.getByText(/koken is mijn passie/);
  await expect(scrubbed).toHaveText(
    "Ik ben [naam] [naam] en koken is mijn passie. In jullie keuken wil ik leren werken met verse producten. Bel me op [telefoon] of mail naar [e-mail].",
  );
  await expect(preview.getByText("HACCP, Snijtechnieken")).toBeVisible();
  const pseudonym = (await preview.getByRole("heading", { level: 3, name: /^Kandidaat / }).textContent())!.trim();
  expect(pseudonym).toMatch(/^Kandidaat [2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  await page.getByRole("button", { name: "Sollicitatie versturen" }).click();
  await expect(page).toHaveURL(/\/student\/sollicitaties\/[a-z0-9]+$/);
  await expect(page.getByText(`Je sollicitatie is verstuurd als ${pseudonym}.`)).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // 3. The employer opens the application: nothing of the identity in the whole HTML.
  await signIn(page, "employer");
  await expect(page).toHaveURL(/\/werkgever$/);
  await visit("/werkgever/sollicitaties");
  await page.locator(`a[href="/werkgever/sollicitaties/stage/${INTERNSHIP}"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Sollicitaties: / })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: pseudonym }).click();
  await expect(page.getByRole("heading", { level: 1, name: pseudonym })).toBeVisible();
  await expectAccessible(page);
  const html = await page.content();
  for (const value of [
    STUDENT.firstName,
    STUDENT.lastName,
    STUDENT.phone,
    "06-23456789",
    "23456789",
    "noa.veldkamp",
    STUDENT.email,
    STUDENT.street,
    STUDENT.postcode,
    STUDENT.city,
    STUDENT.school,
    STUDENT.dateOfBirth,
    "14 mei 2007",
  ]) {
    expect(html, `identity value "${value}" in the employer's page`).not.toContain(value);
  }
  await expect(page.getByText("[telefoon]", { exact: false })).toBeVisible();

  // 4. The employer invites: the name shows, and the reveal is in the audit log.
  await page.getByRole("button", { name: "Uitnodigen voor een gesprek" }).click();
  // First the employer is told what inviting reveals; nothing is revealed yet.
  const confirmInvite = page.getByRole("region", { name: `${pseudonym} uitnodigen voor een gesprek?` });
  await expect(confirmInvite.getByText("Je ziet daarna de naam en contactgegevens van de kandidaat", { exact: false })).toBeVisible();
  await expect(page.getByText(STUDENT.phone)).toHaveCount(0);
  await expectAccessible(page);
  await confirmInvite.getByRole("button", { name: "Ja, uitnodigen en gegevens tonen" }).click();
  await expect(page.getByText("De kandidaat is uitgenodigd en krijgt bericht.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `${STUDENT.firstName} ${STUDENT.lastName}` })).toBeVisible();
  await expect(page.getByText(STUDENT.phone)).toBeVisible();
  await expect(page.getByText(/Naam en contactgegevens zichtbaar gemaakt op .* door Sanne Vermeulen\./)).toBeVisible();
  await expectAccessible(page);
  const dbFile = path.resolve("tests/.tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`);
  const sqlite = new Database(dbFile, { readonly: true });
  const audit = sqlite
    .prepare(
      `SELECT a.action, u.email AS actor, a.entityType FROM AuditLog a JOIN User u ON u.id = a.actorId
       JOIN Application p ON p.id = a.entityId WHERE p.pseudonym = ? AND a.action = 'application.identity_reveal'`,
    )
    .all(pseudonym);
  sqlite.close();
  expect(audit).toEqual([{ action: "application.identity_reveal", actor: "werkgever@dekeukenvanwest.test", entityType: "application" }]);
  await signOut(page);

  // 5. The student sees the new status.
  await signIn(page, "student");
  await expect(page).toHaveURL(/\/student$/);
  await visit("/student/sollicitaties");
  const row = page.getByRole("row").filter({ hasText: pseudonym });
  await expect(row.getByText("Uitgenodigd")).toBeVisible();
  await row.getByRole("link").click();
  await expect(page.getByText("Je bent uitgenodigd! De werkgever ziet nu je naam en contactgegevens en neemt contact met je op.")).toBeVisible();
  await expectAccessible(page);
});
