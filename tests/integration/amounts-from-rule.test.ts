// Every amount a person reads comes from the pay rule in force (issue 16, item 1): after
// the admin raises Amsterdam's pact minimum to €425 and its municipal code to €525, the
// start page, /stagepact, the pact an employer ticks, the allowance hints and the
// open-data documentation quote the new amounts and none of the old ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as payRulesAction } from "~/routes/admin/rules/pay-rules";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, loaderArgs, post, statusOf, type SeedAccount } from "../helpers/requests";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());

/** Today as the municipality counts days, so the new rule is in force right away. */
function todayInAmsterdam() {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

async function html(path: string, account?: SeedAccount, locale = "nl") {
  const cookie = account ? await cookieFor(account) : undefined;
  const response = await fetch(app.base + path, { headers: { "Accept-Language": locale, ...(cookie ? { Cookie: cookie } : {}) }, redirect: "manual" });
  expect(response.status, path).toBe(200);
  return (await response.text()).replace(/<!-- -->/g, "");
}

/** The text of the list item that names this municipality (start page, open data). */
function municipalityLine(page: string, slug: string) {
  const match = new RegExp(`<li[^>]*data-municipality="${slug}"[^>]*>([\\s\\S]*?)</li>`).exec(page);
  expect(match, `a line for ${slug}`).not.toBeNull();
  return match![1];
}

/** The pages as the seed leaves them, then after each raise. */
async function pages(locale: string) {
  return {
    home: municipalityLine(await html("/", undefined, locale), "amsterdam"),
    homeAlmere: municipalityLine(await html("/", undefined, locale), "almere"),
    stagepact: await html("/stagepact", undefined, locale),
    employerPact: await html("/werkgever/stagepact", "pendingEmployer", locale),
    privateHint: await html("/werkgever/stages/nieuw", "employer", locale),
    subsidisedHint: await html("/werkgever/stages/nieuw", "otherEmployer", locale),
    openData: municipalityLine(await html("/open-data", undefined, locale), "amsterdam"),
    openDataExample: /vergoeding=\d+/.exec(await html("/open-data", undefined, locale))?.[0] ?? "",
  };
}

async function raise(kind: "pact" | "municipal_code", monthlyMinimum: number) {
  const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
  const request = post(
    "/beheer/regels",
    { intent: "rule", municipalityId: amsterdam.id, kind, monthlyMinimum: String(monthlyMinimum), validFrom: todayInAmsterdam() },
    await cookieFor("admin"),
  );
  expect(await statusOf(() => payRulesAction(loaderArgs(request)))).toBe(302);
}

describe("amounts follow the rule in force", () => {
  it("the seed's amounts (€400 pact, €500 code) are quoted from the rules", async () => {
    const p = await pages("nl");
    expect(p.home).toContain("€400");
    expect(p.home).toContain("€500");
    expect(p.stagepact).toContain("minstens €400 per maand");
    expect(p.stagepact).toContain("minstens €500");
    expect(p.stagepact).not.toContain("{pactMinimum}");
    expect(p.employerPact).toContain("minstens €400 per maand");
    expect(p.privateHint).toContain("minstens €400 per maand bij 36 uur");
    expect(p.subsidisedHint).toContain("minstens €500 per maand bij 36 uur");
    expect(p.openData).toContain("€400");
    expect(p.openDataExample).toBe("vergoeding=500");
  });

  it("after the admin raises Amsterdam's pact minimum to €425, every page says €425 and none €400", async () => {
    await raise("pact", 425);
    for (const locale of ["nl", "en"]) {
      const p = await pages(locale);
      for (const [name, text] of Object.entries(p)) {
        if (name === "homeAlmere") continue;
        expect(text, `${name} (${locale})`).not.toContain("€400");
      }
      expect(p.home).toContain("€425");
      expect(p.stagepact).toContain(locale === "en" ? "We pay every intern at least €425" : "Wij betalen elke stagiair minstens €425");
      expect(p.stagepact).toContain("€425");
      expect(p.employerPact).toContain("€425");
      expect(p.privateHint).toContain("€425");
      expect(p.openData).toContain("€425");
      // Almere's rules did not change.
      expect(p.homeAlmere).toContain("€400");
    }
  });

  it("after the admin raises Amsterdam's municipal code to €525, every page says €525 and none €500", async () => {
    await raise("municipal_code", 525);
    for (const locale of ["nl", "en"]) {
      const p = await pages(locale);
      for (const [name, text] of Object.entries(p)) {
        if (name === "homeAlmere") continue;
        expect(text, `${name} (${locale})`).not.toContain("€500");
      }
      expect(p.home).toContain("€525");
      expect(p.stagepact).toContain("€525");
      expect(p.employerPact).toContain("€525");
      expect(p.subsidisedHint).toContain("€525");
      expect(p.openData).toContain("€525");
      expect(p.openDataExample).toBe("vergoeding=525");
    }
  });
});
