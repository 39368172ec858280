import { expect, signIn, test } from "./fixtures";

// The employer's preview shows the internship exactly as the public page does (issue 19,
// section 3 C): the same shared view, read as text, with the preview's banner around it.
const INTERNSHIP = "seed-int-org-01-1";

test("an employer's preview reads the same as the public internship page", async ({ page, visit }) => {
  await signIn(page, "employer");
  await visit(`/werkgever/stages/${INTERNSHIP}/voorbeeld`);
  await expect(page.getByRole("status")).toContainText("Zo zien studenten deze stage.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  const view = page.locator("[data-internship-view]");
  await expect(view.getByRole("heading", { name: "Begeleiding" })).toBeVisible();
  const preview = await view.innerText();

  await visit(`/stages/${INTERNSHIP}`);
  await expect(page.getByRole("link", { name: "Anoniem solliciteren" })).toBeVisible();
  expect(await page.locator("[data-internship-view]").innerText()).toBe(preview);
});
