import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loader as apiLoader } from "~/routes/api/search/stages";
import { loader as csvLoader } from "~/routes/public/search/export-csv";
import { loader as feedLoader } from "~/routes/public/search/feed";
import { loader as openDataLoader } from "~/routes/public/search/open-data";
import { loader as stageLoader } from "~/routes/public/search/stage";
import { loader as stagesLoader } from "~/routes/public/search/stages";
import { PARAM } from "~/search/query";
import { spellingSuggestion } from "~/search/search.server";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, get, loaderArgs, statusOf } from "../helpers/requests";

type StagesData = Awaited<ReturnType<typeof stagesLoader>>;

const stages = (qs: string, headers: Record<string, string> = {}) => stagesLoader(loaderArgs(get(`/stages?${qs}`, undefined, headers))) as Promise<StagesData>;

describe("the search page", () => {
  it("lists every published internship with live counts", async () => {
    const data = await stages("");
    expect(data.result.total).toBe(await db.internship.count({ where: { status: "published" } }));
    expect(data.result.hits).toHaveLength(20);
    expect(data.result.facets.sector.reduce((n, f) => n + f.count, 0)).toBe(data.result.total);
    expect(data.result.facets.flags.pact).toBeGreaterThan(0);
    expect(data.labels.district["nieuw-west"]).toBe("Nieuw-West");
  });

  it("narrows with words and two filters, and every hit fits", async () => {
    const data = await stages("q=stage&sector=care&niveau=4");
    expect(data.result.total).toBeGreaterThan(0);
    for (const hit of data.result.hits) expect(hit.level).toBe(4);
    expect(data.feedHref).toBe("/stages.atom?q=stage&sector=care&niveau=4");
    expect(data.csvHref).toBe("/stages.csv?q=stage&sector=care&niveau=4");
  });

  it("suggests which filter to drop when nothing matches", async () => {
    const data = await stages("q=kok&sector=care");
    expect(data.result.total).toBe(0);
    expect(data.suggestions.map((s) => s.key)).toContain("sectors");
    const drop = data.suggestions.find((s) => s.key === "sectors")!;
    expect(drop.href).toBe("/stages?q=kok");
    expect(drop.total).toBe((await stages("q=kok")).result.total);
  });

  it("shows the results of the corrected words when a misspelt word finds nothing, with a link to the words as typed", async () => {
    const correct = await stages("q=verpleegkundige");
    expect(correct.result.total).toBeGreaterThan(0);
    expect(correct.corrected).toBeNull();
    for (const typed of ["verpleegkundge", "verplegkundige"]) {
      const data = await stages(`q=${typed}`);
      expect(data.corrected, typed).toEqual({ text: "verpleegkundige", typed, literalHref: `/stages?q=${typed}&letterlijk=1` });
      expect(data.result.total).toBe(correct.result.total);
      expect(data.result.hits.map((h) => h.id)).toEqual(correct.result.hits.map((h) => h.id));
      // The page still says what was typed; the feed and the export follow the words shown.
      expect(data.query.text).toBe(typed);
      expect(data.feedHref).toBe("/stages.atom?q=verpleegkundige");
      expect(data.spelling).toBeNull();
    }
    // Filters stay as they are, in the link back too.
    const filtered = await stages("q=verplegkundige&sector=care");
    expect(filtered.corrected?.literalHref).toBe("/stages?q=verplegkundige&sector=care&letterlijk=1");
    expect(filtered.result.total).toBe((await stages("q=verpleegkundige&sector=care")).result.total);
  });

  it("searches exactly the typed words with letterlijk=1, and then offers the spelling as a suggestion", async () => {
    const data = await stages("q=verplegkundige&letterlijk=1");
    expect(data.corrected).toBeNull();
    expect(data.literal).toBe(true);
    expect(data.result.total).toBe(0);
    const correct = await stages("q=verpleegkundige");
    expect(data.spelling).toEqual({ text: "verpleegkundige", total: correct.result.total, href: "/stages?q=verpleegkundige" });
    const filtered = await stages("q=verplegkundige&sector=care&letterlijk=1");
    expect(filtered.spelling?.href).toBe("/stages?q=verpleegkundige&sector=care");
    // Dropping a filter keeps the search literal.
    expect((await stages("q=kok&sector=care&letterlijk=1")).suggestions.find((s) => s.key === "sectors")?.href).toBe("/stages?q=kok&letterlijk=1");
  });

  it("a word that only starts a rare term (zorgg: Zorggroep) falls back to the far more common one it is a typo of", async () => {
    const literal = await stages("q=zorgg&letterlijk=1");
    expect(literal.result.total).toBeGreaterThan(0);
    expect(new Set(literal.result.hits.map((h) => h.organisationName))).toEqual(new Set(["Zorggroep Noorderlicht"]));
    const data = await stages("q=zorgg");
    expect(data.corrected).toEqual({ text: "zorg", typed: "zorgg", literalHref: "/stages?q=zorgg&letterlijk=1" });
    const care = await db.internship.count({ where: { status: "published", organisation: { sector: "care" } } });
    expect(data.result.total).toBeGreaterThanOrEqual(care);
    expect(new Set(data.result.hits.map((h) => h.organisationName)).size).toBeGreaterThan(1);
  });

  it("keeps the typed words when they find enough, and falls back only to a search that finds more", async () => {
    for (const qs of ["q=verpleegkundige", "q=kok&sector=care"]) {
      const data = await stages(qs);
      expect(data.corrected, qs).toBeNull();
      expect(data.spelling, qs).toBeNull();
    }
    const hospitality = await stages("q=verpleegkundige&sector=hospitality");
    expect(hospitality.result.total).toBe(0);
    const misspelt = await stages("q=verplegkundige&sector=hospitality");
    expect(misspelt.corrected).toBeNull();
    expect(misspelt.spelling).toBeNull();
    expect(misspelt.result.total).toBe(0);
  });

  it("counts the filters for the phone's Filters control, per value and without the words", async () => {
    expect((await stages("q=kok")).filterCount).toBe(0);
    expect((await stages("q=kok&sector=care&sector=hospitality&niveau=2&pact=1&sorteer=nieuw")).filterCount).toBe(4);
  });

  it("offers the broader sector when nothing is found: the sector filtered on, or the sector the words name", async () => {
    const care = await db.internship.count({ where: { status: "published", organisation: { sector: "care" } } });
    const filtered = await stages("q=kok&sector=care");
    expect(filtered.broader).toEqual([{ sector: "care", total: care, href: "/stages?sector=care" }]);
    // "zorg" is a word of the sector's name (Zorg en welzijn), also inside a compound.
    const named = await stages("q=zorgmedewerker%20almere%20xyzzyq&letterlijk=1");
    expect(named.result.total).toBe(0);
    expect(named.broader.map((b) => b.sector)).toContain("care");
    const nothing = await stages("q=xyzzyq");
    expect(nothing.broader).toEqual([]);
  });

  it("leaves spelling to Meilisearch when it answered, as it forgives typos itself", async () => {
    expect(await spellingSuggestion("verplegkundige", "meilisearch")).toBeNull();
    expect(await spellingSuggestion("verplegkundige", "embedded")).toBe("verpleegkundige");
  });

  it("survives input meant to break the query", async () => {
    for (const qs of ["q=%22%20OR%20*", "q=NEAR(a%20b)", "sector=%27%3B--", "pagina=999999", "q=" + "x".repeat(500)]) {
      expect(await statusOf(() => stages(qs)), qs).toBe(200);
    }
  });
});

describe("the internship page", () => {
  it("compares the allowance with the code and carries a JobPosting", async () => {
    // A school-based (BOL) place: its monthly allowance is compared with the pact or the municipal code.
    const internship = await db.internship.findFirstOrThrow({
      where: { status: "published", route: "BOL", organisation: { kind: "private" }, hoursPerWeek: 36 },
      orderBy: { id: "asc" },
    });
    const data = (await stageLoader(loaderArgs(get(`/stages/${internship.id}`), { id: internship.id }))) as Exclude<
      Awaited<ReturnType<typeof stageLoader>>,
      Response
    >;
    expect(data.comparison?.key).toMatch(/^paycode:comparison\.(above|at)\.(pact|municipal_code)$/);
    expect(data.comparison?.params.allowance).toBe(internship.monthlyAllowance);
    expect(data.jobPosting).toMatchObject({
      "@type": "JobPosting",
      employmentType: "INTERN",
      baseSalary: { currency: "EUR", value: { value: internship.monthlyAllowance, unitText: "MONTH" } },
      hiringOrganization: { "@type": "Organization" },
      jobLocation: { "@type": "Place" },
    });
    expect(data.jobPosting.validThrough).toBeTruthy();
    expect(data.jobPosting.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("shows the organisation's badges: pact signatory since and active keurmerken", async () => {
    const award = await db.keurmerkAward.findFirstOrThrow({ where: { status: "awarded", type: "fair_hospitality" } });
    const internship = await db.internship.findFirstOrThrow({ where: { status: "published", organisationId: award.organisationId } });
    const data = (await stageLoader(loaderArgs(get(`/stages/${internship.id}`), { id: internship.id }))) as {
      internship: { marks: { type: string }[]; signatorySince: string | null };
    };
    expect(data.internship.marks.map((m) => m.type)).toContain("fair_hospitality");
    expect(data.internship.signatorySince).not.toBeNull();
  });

  it("is a 404 for unknown and unpublished ids, also for the employer who owns it", async () => {
    const draft = await db.internship.findFirstOrThrow({ where: { status: "draft" } });
    expect(await statusOf(() => stageLoader(loaderArgs(get(`/stages/${draft.id}`), { id: draft.id })))).toBe(404);
    expect(await statusOf(() => stageLoader(loaderArgs(get("/stages/nope"), { id: "nope" })))).toBe(404);
    const own = await db.internship.findFirstOrThrow({ where: { status: "draft", organisation: { name: "De Keuken van West" } } }).catch(() => null);
    if (own) {
      const cookie = await cookieFor("employer");
      expect(await statusOf(() => stageLoader(loaderArgs(get(`/stages/${own.id}`, cookie), { id: own.id })))).toBe(404);
    }
  });
});

describe("feeds and open data", () => {
  it("gives an Atom feed of the newest internships for a search", async () => {
    const response = await feedLoader(loaderArgs(get("/stages.atom?sector=hospitality")));
    expect(response.headers.get("Content-Type")).toMatch(/application\/atom\+xml/);
    const xml = await response.text();
    const entries = xml.match(/<entry>/g) ?? [];
    const hospitality = await db.internship.count({ where: { status: "published", organisation: { sector: "hospitality" } } });
    expect(entries.length).toBe(Math.min(50, hospitality));
    expect(xml).toContain('rel="self"');
    // Amounts are written the way each language writes them.
    expect(xml).toMatch(/<summary>[^<]+ — €\s?\d+(\.\d{3})? per maand, \d+ uur per week<\/summary>/);
    const english = await (await feedLoader(loaderArgs(get("/stages.atom?sector=hospitality", undefined, { cookie: "sp_lng=en" })))).text();
    expect(english).toMatch(/<summary>[^<]+ — €\d+(,\d{3})? a month, \d+ hours a week<\/summary>/);
  });

  it("exports a search as CSV with one row per result", async () => {
    const response = await csvLoader(loaderArgs(get("/stages.csv?gemeente=almere")));
    expect(response.headers.get("Content-Type")).toMatch(/text\/csv/);
    const lines = (await response.text()).trim().split("\r\n");
    const almere = await db.internship.count({ where: { status: "published", municipality: { slug: "almere" } } });
    expect(lines.length - 1).toBe(almere);
  });

  it("serves published internships as JSON with the same filters, paginated, no personal data", async () => {
    const all = (await (await apiLoader(loaderArgs(get("/api/v1/stages")))).json()) as { total: number; items: { id: string }[]; next: string };
    expect(all.total).toBe(await db.internship.count({ where: { status: "published" } }));
    expect(all.items).toHaveLength(100);
    expect(all.next).toMatch(/\/api\/v1\/stages\?pagina=2$/);
    const ids = all.items.map((i) => i.id);
    expect(await db.internship.count({ where: { id: { in: ids }, status: { not: "published" } } })).toBe(0);
    expect(JSON.stringify(all)).not.toMatch(/trainerEmail|trainerPhone|@dekeukenvanwest/);
    const care = (await (await apiLoader(loaderArgs(get("/api/v1/stages?sector=care&pagina=1")))).json()) as { total: number; items: { sector: string }[] };
    expect(care.items.every((i) => i.sector === "care")).toBe(true);
    expect(care.total).toBe(await db.internship.count({ where: { status: "published", organisation: { sector: "care" } } }));
  });

  it("documents every search parameter on the open-data page, and its examples work", async () => {
    const data = await openDataLoader(loaderArgs(get("/open-data")));
    expect(data.parameters.map((p) => p.name).sort()).toEqual(Object.values(PARAM).sort());
    for (const locale of ["nl", "en"]) {
      const texts = (await import(`~/i18n/locales/${locale}/search.json`)).default.open_data.param as Record<string, string>;
      for (const p of data.parameters) expect(texts[p.name], `${locale}: ${p.name}`).toBeTruthy();
    }
    // Every example narrows the open data without being dropped as invalid (in the seed
    // every published internship is a signatory's, so pact=1 cannot narrow, and none is
    // below a raised minimum, so volgens-code=1 cannot either: bbl-wage.test.ts shows it does).
    for (const p of data.parameters.filter((p) => !["q", "sorteer", "pagina", "pact", "volgens-code"].includes(p.name))) {
      // The distance narrows only with a place to measure it from.
      const qs = p.name === "afstand" ? `bij=1102&afstand=5` : `${p.name}=${p.example}`;
      const response = await apiLoader(loaderArgs(get(`/api/v1/stages?${qs}`)));
      const body = (await response.json()) as { total: number; items: { qualificationId: string | null }[] };
      expect(body.total, p.name).toBeGreaterThan(0);
      expect(body.total, p.name).toBeLessThan(await db.internship.count({ where: { status: "published" } }));
      if (p.name === "opleiding") expect(body.items.every((i) => i.qualificationId === p.example)).toBe(true);
    }
  });
});

describe("the search page as the visitor reads it", () => {
  let app: HttpApp;
  beforeAll(async () => {
    app = await startHttpApp();
  }, 120_000);
  afterAll(() => app?.close());

  const page = async (qs: string, lang = "nl") => {
    const response = await fetch(`${app.base}/stages?${qs}`, { headers: { Cookie: `sp_lng=${lang}` } });
    expect(response.status).toBe(200);
    // The text as read: tags out, entities back.
    return (await response.text())
      .replace(/<script[\s\S]*?<\/script>/g, "")
      .replace(/<[^>]+>/g, "")
      .replaceAll("&amp;", "&")
      .replaceAll("&#x27;", "'")
      .replace(/\s+/g, " ");
  };

  it("says which words it showed instead, above the results, in both languages", async () => {
    const nl = await page("q=verpleegkundge");
    expect(nl).toContain("Resultaten voor verpleegkundige. Zoek in plaats daarvan naar verpleegkundge");
    const first = (await stages("q=verpleegkundige")).result.hits[0].title;
    expect(nl.indexOf("Resultaten voor verpleegkundige")).toBeLessThan(nl.indexOf(first));
    const en = await page("q=verpleegkundge", "en");
    expect(en).toContain("Showing results for verpleegkundige. Search instead for verpleegkundge");
    const literal = await page("q=verpleegkundge&letterlijk=1");
    expect(literal).not.toContain("Resultaten voor");
    expect(literal).toContain("Bedoelde je verpleegkundige?");
  });

  it("never says 'with these filters' when no filter is set", async () => {
    const words = await page("q=xyzzyq");
    expect(words).toContain("Geen stages gevonden voor ‘xyzzyq’.");
    expect(words).not.toContain("met deze filters");
    expect(await page("q=xyzzyq", "en")).toContain("No internships found for ‘xyzzyq’.");
    const filtered = await page("q=kok&sector=care");
    expect(filtered).toContain("Geen stages gevonden voor ‘kok’ met deze filters.");
    expect(filtered).toMatch(/zonder sector: \d+ stages?/);
    expect(filtered).toMatch(/alle stages in Zorg en welzijn: \d+ stages/);
    expect(await page("q=kok&sector=care", "en")).toMatch(
      /No internships found for ‘kok’ with these filters\..*all internships in Care and welfare: \d+ internships/,
    );
  });

  it("puts the filters in a Filters control with the number set, and the results first", async () => {
    const response = await fetch(`${app.base}/stages?sector=care&niveau=4&pact=1`);
    const html = await response.text();
    expect(html).toMatch(/<summary[^>]*>Filters \(3\)/);
    expect(html).toContain('id="resultaten"');
    expect(html).toMatch(/formAction="\/stages#resultaten"|formaction="\/stages#resultaten"/);
  });
});
