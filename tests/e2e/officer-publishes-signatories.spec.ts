import { readFileSync } from "node:fs";
import { expect, expectAccessible, signIn, test } from "./fixtures";

test("an officer publishes the year's signatory list and the CSV downloads with the right rows", async ({ page, visit }) => {
  const year = new Date().getFullYear();
  await visit(`/stagepact/ondertekenaars`);
  await expect(page.getByText("Lijst van Amsterdam: nog niet vastgesteld", { exact: false })).toBeVisible();

  await signIn(page, "officer");
  await expect(page).toHaveURL(/\/gemeente$/);
  await visit("/gemeente/ondertekenaars");
  await page.getByRole("button", { name: `Lijst van ${year} publiceren`, exact: true }).click();
  // The confirmation shows the exact rows that will be frozen.
  const confirmPublish = page.getByRole("region", { name: `De lijst van ${year} publiceren?` });
  await expect(confirmPublish.getByRole("rowheader", { name: "De Keuken van West" })).toBeVisible();
  const previewNames = (await confirmPublish.getByRole("rowheader").allTextContents()).map((n) => n.trim());
  expect(previewNames).toContain("De Keuken van West");
  expect(previewNames).not.toContain("Lunchroom Weesper Zoet");
  await expectAccessible(page);
  await confirmPublish.getByRole("button", { name: `Ja, deze lijst van ${year} publiceren` }).click();
  await expect(page.getByText(`De lijst van ${year} is gepubliceerd.`)).toBeVisible();
  await expect(page.getByText(`De lijst van ${year} is al gepubliceerd`, { exact: false })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: `Bekijk ${year}` }).click();
  await expect(page.getByText("Lijst van Amsterdam vastgesteld op", { exact: false })).toBeVisible();
  await expectAccessible(page);
  const names = (await page.getByRole("rowheader").allTextContents()).map((n) => n.trim());
  expect(names).toContain("De Keuken van West");
  expect(names).not.toContain("Lunchroom Weesper Zoet");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`stagepact-ondertekenaars-${year}.csv`);
  const lines = readFileSync((await download.path())!, "utf8")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe("organisation,sector,municipality,district,signed_on,marks");
  const rows = lines.slice(1).map((l) => l.split(","));
  // What was frozen is exactly what the confirmation showed.
  expect(rows.filter((r) => r[2] === "Amsterdam").map((r) => r[0])).toEqual(previewNames);
  expect(rows.map((r) => r[0])).toEqual(names);
  expect(rows.find((r) => r[0] === "Café De Vijzel")).toEqual([
    "Café De Vijzel",
    "hospitality",
    "Amsterdam",
    "Centrum",
    expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    "fair_hospitality",
  ]);
  expect(rows.find((r) => r[0] === "Uitzendbureau Werkstart")?.[5]).toBe("sna");

  // The officer's other pages, and the public ranking, each scanned.
  for (const path of ["/gemeente/dashboard", "/gemeente/ranglijst", "/gemeente/meldingen", "/gemeente/mystery-guest", "/gemeente/keurmerken", "/ranglijst"]) {
    await visit(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // Brasserie Bijlmerplein is the only hospitality employer in Zuidoost: the label leaves the district out.
  await expect(page.getByText("Horeca-werkgever 1", { exact: true })).toBeVisible();
  await expect(page.getByText("Zuidoost")).toHaveCount(0);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByText("Hospitality employer 1", { exact: true })).toBeVisible();
  await expectAccessible(page);
});
