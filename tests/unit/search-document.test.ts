import { describe, expect, it } from "vitest";
import { buildSearchDocument, hoursBandOf, type DocumentSource } from "~/search/document";
import { csvCell, toAtom, toCsv } from "~/search/formats";

const now = new Date("2026-11-23T12:00:00Z");
const day = (s: string) => new Date(`${s}T00:00:00Z`);
const PACT_V1 = { id: "ams-1", municipalityId: "ams", version: 1, validFrom: day("2024-01-01"), validUntil: null };

function source(overrides: Partial<DocumentSource> = {}, organisation: Partial<DocumentSource["organisation"]> = {}): DocumentSource {
  return {
    id: "i1",
    title: "Stage kok",
    description: "Koken in een open keuken",
    status: "published",
    level: 2,
    route: "BOL",
    hoursPerWeek: 36,
    monthlyAllowance: 450,
    hourlyWageCents: null,
    startDate: day("2027-02-01"),
    durationWeeks: 20,
    locationCity: "Amsterdam",
    latitude: 52.37,
    longitude: 4.89,
    publishedAt: day("2026-11-01"),
    createdAt: day("2026-10-01"),
    payCheckRequired: 400,
    payCheckRuleKind: "pact",
    flaggedAt: null,
    unpublishAfter: null,
    organisation: {
      id: "o1",
      name: "De Keuken van West",
      kind: "private",
      sector: "hospitality",
      municipalityId: "ams",
      signatures: [{ status: "approved", pactVersionId: "ams-1", signedAt: day("2024-01-15") }],
      pactVersions: [PACT_V1],
      keurmerken: [],
      ...organisation,
    },
    qualification: { id: "q1", nameNl: "Kok", nameEn: "Cook", crebo: "25180" },
    municipality: { slug: "amsterdam", name: "Amsterdam" },
    district: { slug: "nieuw-west", name: "Nieuw-West" },
    ...overrides,
  };
}

describe("the search document builder", () => {
  it("indexes only published internships", () => {
    for (const status of ["draft", "unpublished", "closed"]) expect(buildSearchDocument(source({ status }), now)).toBeNull();
    expect(buildSearchDocument(source(), now)).not.toBeNull();
  });

  it("carries the facets both engines filter on", () => {
    expect(buildSearchDocument(source(), now)).toMatchObject({
      sector: "hospitality",
      qualificationId: "q1",
      level: 2,
      municipality: "amsterdam",
      district: "nieuw-west",
      hoursBand: "33-40",
      route: "BOL",
      startMonth: "2027-02",
      startDate: "2027-02-01",
      publishedAt: day("2026-11-01").getTime(),
      shortageSector: false,
      districtInternship: true,
      pactSignatory: true,
      pactSignatorySince: "2024-01-15",
    });
  });

  it.each([
    ["care", true],
    ["technology", true],
    ["education", true],
    ["retail", false],
  ])("marks sector %s as shortage sector: %s", (sector, expected) => {
    expect(buildSearchDocument(source({}, { sector }), now)!.shortageSector).toBe(expected);
  });

  it.each([
    ["amsterdam", "zuidoost", true],
    ["amsterdam", "noord", true],
    ["amsterdam", "centrum", false],
    ["almere", "noord", false],
  ])("calls %s/%s a district internship: %s", (municipality, district, expected) => {
    const doc = buildSearchDocument(source({ municipality: { slug: municipality, name: municipality }, district: { slug: district, name: district } }), now);
    expect(doc!.districtInternship).toBe(expected);
  });

  it("is not a pact signatory without an approved signature", () => {
    const doc = buildSearchDocument(source({}, { signatures: [] }), now);
    expect(doc).toMatchObject({ pactSignatory: false, pactSignatorySince: null });
  });

  it.each<[string, DocumentSource["organisation"]["signatures"], boolean]>([
    ["a pending signature on the version in force", [{ status: "pending", pactVersionId: "ams-2", signedAt: day("2026-09-01") }], false],
    ["an approved signature on the version in force", [{ status: "approved", pactVersionId: "ams-2", signedAt: day("2026-09-01") }], true],
    ["an approved signature on the version no longer in force", [{ status: "approved", pactVersionId: "ams-1", signedAt: day("2024-01-15") }], false],
    [
      "a newer suspended signature after an approved one",
      [
        { status: "approved", pactVersionId: "ams-2", signedAt: day("2026-09-01") },
        { status: "suspended", pactVersionId: "ams-2", signedAt: day("2026-10-01") },
      ],
      false,
    ],
  ])("after a new version came into force, %s gives the pact badge: %s", (_case, signatures, badge) => {
    const versions = [
      { ...PACT_V1, validUntil: day("2026-08-01") },
      { id: "ams-2", municipalityId: "ams", version: 2, validFrom: day("2026-08-01"), validUntil: null },
    ];
    const doc = buildSearchDocument(source({}, { signatures, pactVersions: versions }), now)!;
    expect(doc.pactSignatory).toBe(badge);
    expect(doc.pactSignatorySince).toBe(badge ? "2026-09-01" : null);
  });

  it("the pact badge follows `now`: after a new version it stays until the re-signing deadline, then goes", () => {
    const versions = [
      { ...PACT_V1, validUntil: day("2027-01-01") },
      { id: "ams-2", municipalityId: "ams", version: 2, validFrom: day("2027-01-01"), validUntil: null },
    ];
    const doc = (at: string, over: Partial<DocumentSource["organisation"]> = {}) =>
      buildSearchDocument(source({}, { pactVersions: versions, resignPeriodDays: 30, ...over }), new Date(at))!;
    expect(doc("2026-12-31T12:00:00Z").pactSignatory).toBe(true);
    // The deadline: 30 days from the Amsterdam day version 2 started (1 January, 00:00 CET).
    expect(doc("2027-01-30T22:59:59Z").pactSignatory).toBe(true);
    expect(doc("2027-01-30T23:00:00Z").pactSignatory).toBe(false);
    // A deadline the job stored wins over the computed one.
    const stored = { signatures: [{ status: "approved", pactVersionId: "ams-1", signedAt: day("2024-01-15"), resignBy: day("2027-01-10") }] };
    expect(doc("2027-01-09T12:00:00Z", stored).pactSignatory).toBe(true);
    expect(doc("2027-01-10T00:00:00Z", stored).pactSignatory).toBe(false);
    // An early re-signer keeps the badge from the old approval while the new signature waits.
    const early = {
      signatures: [
        { status: "pending", pactVersionId: "ams-2", signedAt: day("2027-01-05") },
        { status: "approved", pactVersionId: "ams-1", signedAt: day("2024-01-15") },
      ],
    };
    expect(doc("2027-01-06T12:00:00Z", early)).toMatchObject({ pactSignatory: true, pactSignatorySince: "2024-01-15" });
    // A suspended live signature takes it at once.
    expect(doc("2026-12-31T12:00:00Z", { signatures: [{ status: "suspended", pactVersionId: "ams-1", signedAt: day("2024-01-15") }] }).pactSignatory).toBe(
      false,
    );
  });

  it("shows only keurmerken active now", () => {
    const doc = buildSearchDocument(
      source(
        {},
        {
          keurmerken: [
            { type: "fair_hospitality", status: "awarded", validFrom: day("2026-03-01"), validUntil: day("2027-03-01") },
            { type: "inclusive_employer", status: "awarded", validFrom: day("2025-01-01"), validUntil: day("2026-01-01") },
            { type: "sna", status: "awarded", validFrom: day("2027-01-01"), validUntil: null },
          ],
        },
      ),
      now,
    );
    expect(doc!.marks).toEqual(["fair_hospitality"]);
    expect(doc!.markSince).toEqual({ fair_hospitality: "2026-03-01" });
  });

  it.each([
    [8, "8-16"],
    [16, "8-16"],
    [17, "17-24"],
    [32, "25-32"],
    [40, "33-40"],
  ])("puts %i hours in band %s", (hours, band) => {
    expect(hoursBandOf(hours)).toBe(band);
  });

  it.each([
    {
      name: "a BOL internship keeps its allowance and no wage",
      over: { route: "BOL", monthlyAllowance: 450, hourlyWageCents: null },
      route: "BOL",
      allowance: 450,
      wage: null,
    },
    {
      name: "a BBL place has its hourly wage and no allowance",
      over: { route: "BBL", monthlyAllowance: null, hourlyWageCents: 1950 },
      route: "BBL",
      allowance: null,
      wage: 1950,
    },
    {
      name: "a stale allowance on a BBL row is not shown as its pay",
      over: { route: "BBL", monthlyAllowance: 600, hourlyWageCents: 1900 },
      route: "BBL",
      allowance: null,
      wage: 1900,
    },
    { name: "a row from before the route was required counts as BOL", over: { route: null, monthlyAllowance: 420 }, route: "BOL", allowance: 420, wage: null },
  ])("$name", ({ over, route, allowance, wage }) => {
    const doc = buildSearchDocument(source(over), now)!;
    expect([doc.route, doc.monthlyAllowance, doc.hourlyWageCents]).toEqual([route, allowance, wage]);
  });

  it.each([
    { name: "meets the code", over: {}, payCheck: "meets_code", raiseBy: null },
    {
      name: "flagged by a raised rule: below the new minimum until the deadline",
      over: { flaggedAt: day("2026-11-20"), unpublishAfter: day("2026-12-20"), payCheckRequired: 425 },
      payCheck: "below_new_minimum",
      raiseBy: "2026-12-20",
    },
  ])("pay check: $name", ({ over, payCheck, raiseBy }) => {
    const doc = buildSearchDocument(source(over), now)!;
    expect([doc.payCheck, doc.raiseBy]).toEqual([payCheck, raiseBy]);
  });
});

describe("the vocabulary in the search document", () => {
  const kok = { id: "q1", nameNl: "Kok", nameEn: "Cook", crebo: "25180", searchTerms: ["koken", "keuken", "chef", "cook"] };

  it("gives a document its sector's words and then its qualification's", () => {
    const doc = buildSearchDocument(source({ sectorTerms: ["horeca", "hospitality", "restaurant"], qualification: kok }), now)!;
    expect(doc.keywords).toEqual(["horeca", "hospitality", "restaurant", "koken", "keuken", "chef", "cook"]);
  });

  it("keeps a word the sector and the qualification share once, in the sector's spelling", () => {
    const doc = buildSearchDocument(source({ sectorTerms: ["Keuken", "horeca"], qualification: kok }), now)!;
    expect(doc.keywords).toEqual(["Keuken", "horeca", "koken", "chef", "cook"]);
  });

  it.each<[string, Partial<DocumentSource>, string[]]>([
    ["no qualification", { sectorTerms: ["zorg", "care"], qualification: null }, ["zorg", "care"]],
    ["no sector words", { sectorTerms: [], qualification: kok }, ["koken", "keuken", "chef", "cook"]],
    ["no words at all", { sectorTerms: undefined, qualification: { ...kok, searchTerms: undefined } }, []],
  ])("with %s it keeps the words it has", (_case, overrides, expected) => {
    expect(buildSearchDocument(source(overrides), now)!.keywords).toEqual(expected);
  });
});

describe("open-data formats", () => {
  const doc = buildSearchDocument(source({ title: '=HYPERLINK("x"), kok' }), now)!;

  it("writes CSV that spreadsheets cannot run as a formula", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    const csv = toCsv([doc], "https://stagepact.test");
    expect(csv.split("\r\n")[0]).toMatch(/^id,url,title,organisation/);
    expect(csv).toContain(`"'=HYPERLINK(""x""), kok"`);
    expect(csv).not.toMatch(/trainer/i);
  });

  it("escapes the Atom feed", () => {
    const atom = toAtom({
      id: "x",
      title: "a <b> & c",
      selfUrl: "https://s/stages.atom?q=a&b",
      pageUrl: "https://s/stages",
      updated: now,
      lang: "nl",
      entries: [{ id: "e", url: "https://s/stages/1", title: "<script>", summary: "s", author: "A & B", updated: now }],
    });
    expect(atom).toContain("a &lt;b&gt; &amp; c");
    expect(atom).toContain("&lt;script&gt;");
    expect(atom).toContain('href="https://s/stages.atom?q=a&amp;b"');
  });
});
