import Database from "better-sqlite3";
import { createHmac } from "node:crypto";
import path from "node:path";
import { expect, expectAccessible, signIn, signOut, test } from "./fixtures";

// The secret scripts/e2e-server.js gives the server; digests carry this token.
const unsubscribeToken = (id: string) =>
  createHmac("sha256", "e2e-session-secret-that-is-long-enough-000000").update(`search-alert:unsubscribe:${id}`).digest("base64url");

function mailTo(email: string): { text: string } {
  const sqlite = new Database(path.resolve("tests/.tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`), { readonly: true });
  try {
    return sqlite.prepare('SELECT text FROM OutboundEmail WHERE "to" = ? ORDER BY createdAt DESC LIMIT 1').get(email) as { text: string };
  } finally {
    sqlite.close();
  }
}

test("a visitor subscribes to a search and a student saves one and manages it", async ({ page, visit }) => {
  // 1. A visitor asks for e-mail about a search; a missing name is said next to the field.
  await visit("/stages?q=kok");
  await page.getByText("Bewaar deze zoekopdracht").click();
  await page.getByLabel("E-mailadres").fill("bezoeker@example.test");
  await page.getByRole("button", { name: "Mail mij nieuwe stages" }).click();
  await expect(page.getByText("Geef de zoekopdracht een naam.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Naam van de zoekopdracht").fill("Koken");
  await page.getByLabel("Hoe vaak?").selectOption({ label: "Elke dag" });
  // The error goes as the name is typed; click only once the form has settled.
  await expect(page.getByText("Geef de zoekopdracht een naam.")).toHaveCount(0);
  await page.getByRole("button", { name: "Mail mij nieuwe stages" }).click();
  await expect(page.getByText(/Bijna klaar: we hebben een e-mail gestuurd/)).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/stages\?q=kok$/);
  await expectAccessible(page);

  // The confirmation link switches the alert on; the unsubscribe page asks before it acts.
  const link = /http:\/\/\S+\/zoekopdracht\/bevestigen\?\S+/.exec(mailTo("bezoeker@example.test").text)![0];
  const url = new URL(link);
  await visit(url.pathname + url.search);
  await expect(page.getByRole("heading", { name: "Meldingen aangezet" })).toBeVisible();
  const id = url.searchParams.get("id")!;
  await visit(`/zoekopdracht/afmelden?id=${id}&token=${unsubscribeToken(id)}`);
  await expect(page.getByText('Wil je geen e-mail meer over "Koken"?')).toBeVisible();
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page.getByRole("heading", { name: "Afgemeld" })).toBeVisible();
  await expectAccessible(page);

  // 2. A signed-in student saves the search without an e-mail address.
  await signIn(page, "student");
  await expect(page).toHaveURL(/\/student$/);
  await visit("/stages?q=kok");
  await page.getByText("Bewaar deze zoekopdracht").click();
  await expect(page.getByLabel("E-mailadres")).toHaveCount(0);
  await page.getByLabel("Naam van de zoekopdracht").fill("Koken in West");
  await page.getByRole("button", { name: "Zoekopdracht bewaren" }).click();
  await expect(page.getByText(/Zoekopdracht "Koken in West" bewaard/)).toBeVisible();
  await expectAccessible(page);

  // 3. The student sees it on the list, pauses it and deletes it.
  await visit("/student/zoekopdrachten");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Koken in West" }) });
  await expect(item.getByText("Elke week")).toBeVisible();
  await expect(item.getByRole("link", { name: "Bekijk de stages" })).toHaveAttribute("href", "/stages?q=kok");
  await item.getByRole("button", { name: "Pauzeren" }).click();
  await expect(page.getByText(/Zoekopdracht gepauzeerd/)).toBeVisible();
  await expect(item.getByText("Gepauzeerd")).toBeVisible();
  await expectAccessible(page);
  await item.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByText("Zoekopdracht verwijderd.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Koken in West" })).toHaveCount(0);
  await expectAccessible(page);
  await signOut(page);
});
