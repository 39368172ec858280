import { expect, expectAccessible, signIn, test } from "./fixtures";

// The preview points out what a motivation tells about age, school and origin,
// without removing it or blocking sending; the how-it-works page says so.

const INTERNSHIP = "seed-int-org-01-2";
const MOTIVATION =
  "Ik ben 17 jaar en zit op het ROC van Amsterdam. Mijn ouders komen uit Turkije. In jullie keuken wil ik leren werken met verse producten. Volg me op insta: noa_bakt.";

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`the preview marks age, school and origin and keeps the text editable (${viewport.name})`, async ({ page, visit }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signIn(page, "student");
    await expect(page).toHaveURL(/\/student$/);

    await visit("/student/zo-werkt-anoniem");
    await expect(page.getByRole("heading", { name: "Wat we automatisch weghalen" })).toBeVisible();
    await expect(page.getByText(/namen op sociale media, zoals @jouwnaam/)).toBeVisible();
    const pointed = page.getByRole("region", { name: "Wat we alleen aanwijzen" });
    await expect(pointed.getByRole("listitem")).toHaveCount(3);
    await expect(pointed.getByText(/je leeftijd of geboortejaar/)).toBeVisible();

    await visit(`/student/solliciteren/${INTERNSHIP}`);
    await page.getByLabel("Je motivatie").fill(MOTIVATION);
    await page.getByRole("button", { name: "Bekijk wat de werkgever ziet" }).click();
    const preview = page.getByRole("region", { name: "Dit ziet de werkgever" });
    await expect(preview).toBeVisible();
    await expect(preview.getByText(/insta: \[link\]/)).toBeVisible();
    const marks = preview.locator("mark");
    await expect(marks).toHaveCount(3);
    await expect(marks.nth(0)).toHaveAttribute("data-hint-kind", "age");
    await expect(marks.nth(0)).toContainText("Ik ben 17 jaar");
    await expect(marks.nth(1)).toHaveAttribute("data-hint-kind", "school");
    await expect(marks.nth(1)).toContainText("ROC van Amsterdam");
    await expect(marks.nth(2)).toHaveAttribute("data-hint-kind", "origin");
    await expect(marks.nth(2)).toContainText("Mijn ouders komen uit Turkije");
    const note = preview.getByRole("note", { name: "Dit kan verraden wie je bent" });
    await expect(note.getByText("‘Ik ben 17 jaar’: dit zegt hoe oud je bent.")).toBeVisible();
    await expect(note.getByText("‘ROC van Amsterdam’: dit noemt je school.")).toBeVisible();
    await expect(note.getByText("‘Mijn ouders komen uit Turkije’: dit zegt waar jij of je familie vandaan komt.")).toBeVisible();
    // What the student typed stays, and sending is still on offer.
    await expect(page.getByLabel("Je motivatie")).toHaveValue(MOTIVATION);
    await expect(preview.getByRole("button", { name: "Sollicitatie versturen" })).toBeVisible();
    await expectAccessible(page);

    // The student rewrites the passages; the updated preview has nothing left to point out.
    await page
      .getByLabel("Je motivatie")
      .fill("Ik zit in het tweede jaar van de opleiding Kok. In jullie keuken wil ik leren werken met verse producten en seizoensgerechten.");
    await page.getByRole("button", { name: "Voorbeeld bijwerken" }).click();
    await expect(preview.getByText(/seizoensgerechten/)).toBeVisible();
    await expect(preview.locator("mark")).toHaveCount(0);
    await expect(page.getByRole("note", { name: "Dit kan verraden wie je bent" })).toHaveCount(0);
    await expectAccessible(page);
  });
}
