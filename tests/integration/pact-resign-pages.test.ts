// Re-signing as people read it: the employer's banner on the home and pact pages, the
// officer's list and the dashboard, rendered over HTTP in both languages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPactVersion } from "~/services/pact/pact-versions.server";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor } from "../helpers/requests";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
  const admin = await db.user.findUniqueOrThrow({ where: { email: "beheer@stagepact.test" } });
  const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
  const start = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() - 10 * 86_400_000));
  await createPactVersion(admin.id, {
    municipalityId: amsterdam.id,
    titleNl: "Stagepact, tweede versie",
    titleEn: "Internship pact, second version",
    textNl: "Wij betalen elke stagiair minstens {pactMinimum} euro.",
    textEn: "We pay every intern at least {pactMinimum} euros.",
    commitmentsNl: ["Minimaal de stagevergoeding"],
    commitmentsEn: ["At least the allowance"],
    validFrom: start,
  });
}, 120_000);
afterAll(() => app?.close());

async function html(path: string, cookie: string, locale = "nl") {
  const response = await fetch(app.base + path, { headers: { Cookie: cookie, "Accept-Language": locale }, redirect: "manual" });
  return { status: response.status, text: (await response.text()).replace(/<!-- -->/g, "") };
}

async function withUserLocale<T>(email: string, locale: string, run: () => Promise<T>) {
  await db.user.update({ where: { email }, data: { locale } });
  return run();
}

describe("re-signing as rendered", () => {
  it("the employer's home and pact page show the deadline and a link to sign, in Dutch and English", async () => {
    const cookie = await cookieFor("employer");
    for (const [locale, title, link] of [
      ["nl", "Onderteken de nieuwe versie van het Stagepact", "Onderteken versie 2"],
      ["en", "Sign the new version of the Stagepact", "Sign version 2"],
    ] as const) {
      await withUserLocale("werkgever@dekeukenvanwest.test", locale, async () => {
        for (const path of ["/werkgever", "/werkgever/stagepact"]) {
          const page = await html(path, cookie, locale);
          expect(page.status).toBe(200);
          expect(page.text).toContain(title);
          expect(page.text).toContain(link);
          expect(page.text).toContain('href="/werkgever/stagepact#version-h"');
        }
      });
    }
    // The sign form is offered within the deadline.
    expect((await html("/werkgever/stagepact", cookie)).text).toContain('name="commitment"');
  });

  it("the officer's list and the dashboard show who must sign again", async () => {
    const cookie = await cookieFor("officer");
    for (const [locale, title, open, tile] of [
      ["nl", "Opnieuw ondertekenen", "Nog binnen de termijn", "Moeten opnieuw ondertekenen"],
      ["en", "Signing again", "Within the deadline", "Must sign again"],
    ] as const) {
      await withUserLocale("gemeente@amsterdam.test", locale, async () => {
        const list = await html("/gemeente/opnieuw-ondertekenen", cookie, locale);
        expect(list.status).toBe(200);
        expect(list.text).toContain(title);
        expect(list.text).toContain("De Keuken van West");
        expect(list.text).toContain(open);
        const dashboard = await html("/gemeente/dashboard", cookie, locale);
        expect(dashboard.status).toBe(200);
        expect(dashboard.text).toContain(tile);
      });
    }
    // Almere's officer sees none of Amsterdam's.
    const almere = await html("/gemeente/opnieuw-ondertekenen", await cookieFor("officerAlmere"));
    expect(almere.status).toBe(200);
    expect(almere.text).not.toContain("De Keuken van West");
  });
});
