// The travel-cost hint as people read it: the rendered internship page in both languages
// and the admin's form without JavaScript, error next to the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor } from "../helpers/requests";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());

async function html(path: string, init: RequestInit & { locale?: string } = {}) {
  const response = await fetch(app.base + path, { ...init, headers: { "Accept-Language": init.locale ?? "nl", ...(init.headers ?? {}) }, redirect: "manual" });
  return { status: response.status, text: (await response.text()).replace(/<!-- -->/g, "") };
}

describe("the travel-cost hint as rendered", () => {
  it("the internship page below the threshold shows the hint with its link, in Dutch and in English", async () => {
    const [below, above] = await db.internship.findMany({
      where: { status: "published", route: "BOL", municipality: { slug: "amsterdam" } },
      orderBy: { id: "asc" },
      take: 2,
    });
    await db.internship.update({ where: { id: below.id }, data: { monthlyAllowance: 420 } });
    await db.internship.update({ where: { id: above.id }, data: { monthlyAllowance: 500 } });
    const nl = await html(`/stages/${below.id}`);
    expect(nl.status).toBe(200);
    expect(nl.text).toContain("Hulp bij reiskosten");
    expect(nl.text).toContain("Jongerenfonds");
    expect(nl.text).toContain('href="https://www.amsterdam.nl/jongeren/"');
    const en = await html(`/stages/${below.id}`, { locale: "en" });
    expect(en.text).toContain("Help with travel costs");
    expect(en.text).toContain("public-transport (OV) subscription");
    const at = await html(`/stages/${above.id}`);
    expect(at.text).not.toContain("Hulp bij reiskosten");
    expect(at.text).not.toContain("Jongerenfonds");
  });

  it("the admin's form refuses an http link with the message next to the field, in both languages", async () => {
    const cookie = await cookieFor("admin");
    const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
    const body = new URLSearchParams({
      intent: "travel-hint",
      municipalityId: amsterdam.id,
      textNl: "Een tekst die lang genoeg is.",
      textEn: "A text that is long enough.",
      url: "http://www.amsterdam.nl/jongeren/",
      allowanceThreshold: "500",
    });
    for (const [locale, message] of [
      ["nl", "Geef een volledig adres dat begint met https://"],
      ["en", "Give a full address starting with https://"],
    ] as const) {
      const page = await html("/beheer/reiskosten", {
        locale,
        method: "POST",
        body,
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: app.base },
      });
      expect(page.status).toBe(400);
      // One form per municipality: Amsterdam's url field.
      const input = new RegExp(`<input id="travel-${amsterdam.id}-url"[^>]*>`).exec(page.text)?.[0] ?? "";
      expect(input).toContain('aria-invalid="true"');
      const errorId = `travel-${amsterdam.id}-url-error`;
      expect(input).toMatch(new RegExp(`aria-describedby="[^"]*${errorId}`));
      expect(page.text).toContain(`id="${errorId}" class="field-error"><p>${message}</p>`);
    }
    expect((await db.travelCostHint.findUniqueOrThrow({ where: { municipalityId: amsterdam.id } })).url).toBe("https://www.amsterdam.nl/jongeren/");
  });
});
