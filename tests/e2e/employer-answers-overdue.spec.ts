import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

// Hearing back (issue 17, part 1). Setup through the database of this run's server:
// seed-app-02 (student3, in review at De Keuken van West) is past its answer deadline
// since yesterday; a copy of seed-app-01 (student2, sent) for another internship had its
// deadline three weeks ago (the seeded one stays as it is: another journey withdraws it).
// Then the application-responses job runs for real, as `npm run job` does, and closes
// only the copy (two weeks after its deadline) and tells student2.
const OVERDUE = "e2e-overdue-app";
const DAY = 86_400_000;
const dbFile = path.resolve("tests/.tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`);

test.beforeAll(() => {
  const sqlite = new Database(dbFile);
  const now = Date.now();
  const update = sqlite.prepare("UPDATE Application SET submittedAt = ?, respondBy = ?, responseReminders = 2 WHERE id = ?");
  update.run(now - 20 * DAY, now - DAY, "seed-app-02");
  const original = sqlite.prepare("SELECT * FROM Application WHERE id = 'seed-app-01'").get() as Record<string, unknown>;
  const other = sqlite
    .prepare(
      "SELECT id FROM Internship WHERE organisationId = (SELECT organisationId FROM Internship WHERE id = ?) AND status = 'published' AND id != ? ORDER BY id LIMIT 1",
    )
    .get(original.internshipId, original.internshipId) as { id: string };
  const copy: Record<string, unknown> = { ...original, id: OVERDUE, internshipId: other.id, pseudonym: "Kandidaat E2EZ-LATE" };
  const columns = Object.keys(copy);
  sqlite
    .prepare(`INSERT INTO Application (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`)
    .run(...columns.map((c) => copy[c] as never));
  update.run(now - 35 * DAY, now - 21 * DAY, OVERDUE);
  sqlite.close();
  execFileSync("npx", ["tsx", "scripts/run-job.ts", "application-responses"], { env: { ...process.env, DATABASE_URL: `file:${dbFile}` }, stdio: "ignore" });
});

test.describe.serial("an unanswered application", () => {
  test("the employer sees it overdue on the home page and in the list, and answers it", async ({ page, visit }) => {
    await signIn(page, "employer");
    await expect(page.getByRole("heading", { name: "Sollicitaties zonder antwoord" })).toBeVisible();
    await expect(page.getByText("1 sollicitatie wacht langer dan de antwoordtermijn op een antwoord.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Naar de sollicitaties" }).click();
    await expect(page.getByText("1 te laat")).toBeVisible();
    await expectAccessible(page);

    await visit("/werkgever/sollicitaties/stage/seed-int-org-01-1");
    const item = page.getByRole("listitem").filter({ has: page.locator('a[href="/werkgever/sollicitaties/seed-app-02"]') });
    await expect(item.getByText(/^Te laat: antwoord was nodig uiterlijk \d+ \w+ \d{4}$/)).toBeVisible();
    await item.locator('a[href="/werkgever/sollicitaties/seed-app-02"]').click();
    await expect(page.getByText(/^Te laat: antwoord was nodig uiterlijk/)).toBeVisible();
    await expectAccessible(page);

    // Answering: inviting, after the confirmation that it reveals the identity.
    await page.getByRole("button", { name: "Uitnodigen voor een gesprek" }).click();
    await page.getByRole("button", { name: "Ja, uitnodigen en gegevens tonen" }).click();
    await expect(page.getByText("De kandidaat is uitgenodigd en krijgt bericht.")).toBeVisible();
    await expect(page.getByText(/^Te laat: antwoord was nodig/)).toHaveCount(0);

    await visit("/werkgever");
    await expect(page.getByRole("heading", { name: "Sollicitaties zonder antwoord" })).toHaveCount(0);
    await signOut(page);
  });

  test("the student sees that the employer did not answer in time, with where to go next", async ({ page, visit }) => {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill("student2@stagepact.test");
    await page.getByLabel(/^Wachtwoord/).fill("Student-2026-stagepact");
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page).toHaveURL(/\/student/);

    await visit(`/student/sollicitaties/${OVERDUE}`);
    await expect(page.getByText("Gesloten zonder antwoord").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "De werkgever heeft niet op tijd geantwoord" })).toBeVisible();
    await expect(page.getByText("Je kunt ergens anders solliciteren, of dit melden.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Andere stages zoeken" })).toHaveAttribute("href", "/stages");
    await expect(page.getByRole("link", { name: "Melden bij het meldpunt" })).toHaveAttribute("href", "/melden");
    // Closing starts the retention clock, as every other closing does.
    await expect(page.getByText(/worden op .* geanonimiseerd/)).toBeVisible();

    await page.getByRole("link", { name: "Andere stages zoeken" }).click();
    await expect(page).toHaveURL(/\/stages$/);
  });
});
