// The employer's preview shows an internship exactly as its public page does (issue 19,
// section 3 C): both pages fetched over real HTTP for the same internship, the shared
// section (data-internship-view) cut out of each and compared.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor } from "../helpers/requests";

let app: HttpApp;
let employer: string;
beforeAll(async () => {
  app = await startHttpApp();
  employer = await cookieFor("employer");
}, 120_000);
afterAll(() => app?.close());

async function html(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(app.base + path, { headers, redirect: "manual" });
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The element carrying data-internship-view, with everything inside it. */
function sharedView(page: string): string {
  const start = page.indexOf("<div");
  const marker = page.indexOf("data-internship-view");
  expect(marker, "the page has the shared internship view").toBeGreaterThan(-1);
  const open = page.lastIndexOf("<div", marker);
  expect(open).toBeGreaterThanOrEqual(start);
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = open;
  let depth = 0;
  for (let m = tags.exec(page); m; m = tags.exec(page)) {
    depth += m[0] === "</div>" ? -1 : 1;
    if (depth === 0) return page.slice(open, m.index + m[0].length);
  }
  throw new Error("unclosed internship view");
}

const text = (fragment: string) => fragment.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

async function ownOrganisation() {
  return db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
}

describe("the employer's preview and the public internship page", () => {
  it.each([["nl"], ["en"]])("render the same fields for a published internship (%s)", async (locale) => {
    const organisation = await ownOrganisation();
    const internship = await db.internship.findFirstOrThrow({
      where: { organisationId: organisation.id, status: "published", route: "BOL", districtId: { not: null } },
      orderBy: { id: "asc" },
    });
    // Below Amsterdam's travel-hint threshold, so that part is compared as well.
    await db.internship.update({ where: { id: internship.id }, data: { monthlyAllowance: 450, learningGoals: "Mise-en-place\nHACCP" } });
    const headers = { "Accept-Language": locale };
    const [publicView, preview] = await Promise.all([
      html(`/stages/${internship.id}`, headers),
      html(`/werkgever/stages/${internship.id}/voorbeeld`, { ...headers, Cookie: employer }),
    ])
      .then((pages) => pages.map(sharedView))
      .finally(() =>
        db.internship.update({
          where: { id: internship.id },
          data: { monthlyAllowance: internship.monthlyAllowance, learningGoals: internship.learningGoals },
        }),
      );

    expect(preview).toBe(publicView);
    // What the preview used to leave out or say differently is there.
    const shown = text(preview);
    const district = await db.district.findUniqueOrThrow({ where: { id: internship.districtId! } });
    expect(shown).toContain(internship.title);
    expect(shown).toContain(district.name);
    expect(shown).toContain(locale === "en" ? `${internship.hoursPerWeek} hours a week` : `${internship.hoursPerWeek} uur per week`);
    expect(shown).toContain(locale === "en" ? "Stagepact signatory since" : "Ondertekenaar Stagepact sinds");
    expect(shown).toContain(internship.route!);
    expect(preview).toContain('aria-labelledby="travel-hint-h"');
    expect(preview).toMatch(/<li>Mise-en-place<\/li><li>HACCP<\/li>/);
  });

  it("shows a draft in the preview exactly as the public page shows it once published", async () => {
    const organisation = await ownOrganisation();
    const draft = await db.internship.findFirstOrThrow({ where: { organisationId: organisation.id, status: "draft" }, orderBy: { id: "asc" } });
    const preview = await html(`/werkgever/stages/${draft.id}/voorbeeld`, { Cookie: employer });
    // The preview keeps its own banner outside the shared view; the public page its apply section.
    expect(preview).toContain("Zo zien studenten deze stage.");
    expect(sharedView(preview)).not.toContain("Zo zien studenten deze stage.");

    await db.internship.update({ where: { id: draft.id }, data: { status: "published", publishedAt: new Date() } });
    try {
      const published = await html(`/stages/${draft.id}`);
      expect(sharedView(published)).not.toContain("Anoniem solliciteren");
      expect(published).toContain("Anoniem solliciteren");
      expect(sharedView(preview)).toBe(sharedView(published));
    } finally {
      await db.internship.update({ where: { id: draft.id }, data: { status: "draft", publishedAt: null } });
    }
  });

  it("the public page alone adds the distance from a searched place, next to the work address", async () => {
    const internship = await db.internship.findFirstOrThrow({
      where: { status: "published", latitude: { not: null }, organisation: { name: "De Keuken van West" } },
      orderBy: { id: "asc" },
    });
    const near = text(sharedView(await html(`/stages/${internship.id}?bij=1102`)));
    expect(near).toMatch(/km van 1102|minder dan 100 m van 1102/);
    const preview = text(sharedView(await html(`/werkgever/stages/${internship.id}/voorbeeld?bij=1102`, { Cookie: employer })));
    expect(preview).not.toContain("van 1102");
  });
});
