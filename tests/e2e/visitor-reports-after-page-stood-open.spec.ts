import { expect, expectAccessible, test } from "./fixtures";

// A page left open for more than a day (or served before the server's secret changed)
// carries a served time the honeypot no longer accepts. With JavaScript, Remix does not
// load the page again after a refused post, so the answer itself brings fresh hidden
// inputs: the person reads why, sends again from the same page, and nothing typed is lost.
test("a report from a page that stood open too long is refused with a reason, keeps the text and goes through on the next send", async ({ page, visit }) => {
  // What a stale page holds: a served time this server cannot read any more. The page is
  // served as it would have been then, in its HTML and in the data React hydrates from.
  await page.route(
    (url) => url.pathname === "/melden",
    async (route) => {
      if (route.request().method() !== "GET" || route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      const html = await response.text();
      const served = /name="sent_from"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="sent_from"/.exec(html);
      expect(served, "the page carries a served time").not.toBeNull();
      const value = served![1] ?? served![2];
      await route.fulfill({ response, body: html.split(value).join("U2FsdGVkX19hcGFnZXNlcnZlZHllc3RlcmRheQ") });
    },
    { times: 1 },
  );
  await visit("/melden");
  await page.getByRole("radio", { name: "Afkomst of naam" }).check();
  const text = "Bij het gesprek vroeg de manager waar mijn ouders vandaan komen en daarna hoorde ik niets meer.";
  await page.getByLabel("Wat is er gebeurd?").fill(text);
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByText("Dit formulier stond te lang open. Verstuur het nog een keer; wat je schreef staat er nog.")).toBeVisible();
  await expect(page.getByLabel("Wat is er gebeurd?")).toHaveValue(text);
  await expect(page.getByRole("radio", { name: "Afkomst of naam" })).toBeChecked();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Je melding is ontvangen" })).toBeVisible();
  await expect(page.getByTestId("reference")).toHaveText(/^SP-/);
  await expectAccessible(page);
});
