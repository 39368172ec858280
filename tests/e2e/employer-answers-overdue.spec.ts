import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

// Hearing back (issue 17, part 1). Setup through the database of this run's server:
// seed-app-02 (student3, in review at De Keuken van West) is past its answer deadline
// since yesterday; seed-app-01 (student2, sent) had its deadline three weeks ago. Then
// the application-responses job runs for real, as `npm run job` does, and closes only
// seed-app-01 (two weeks after its deadline) and tells student2.
const DAY = 86_400_000;
const dbFile = path.resolve("tests/.tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`);

test.beforeAll(() => {
  const sqlite = new Database(dbFile);
  const now = Date.now();
  const update = sqlite.prepare("UPDATE Application SET submittedAt = ?, respondBy = ?, responseReminders = 2 WHERE id = ?");
  update.run(now - 20 * DAY, now - DAY, "seed-app-02");
  update.run(now - 35 * DAY, now - 21 * DAY, "seed-app-01");
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

    await visit("/student/sollicitaties/seed-app-01");
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
