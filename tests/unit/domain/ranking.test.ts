import { describe, expect, it } from "vitest";
import { buildRanking, isNamed, RANKING_MIN_REPORTERS, ratePer100, type RankingInput } from "~/domain/ranking";

const NOW = new Date("2026-11-01T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

const organisations = [
  { id: "h1", name: "Brasserie Eén", sector: "hospitality", district: "Zuidoost" },
  { id: "h2", name: "Hotel Twee", sector: "hospitality", district: "Centrum" },
  { id: "c1", name: "Kliniek Drie", sector: "care", district: null },
];

function input(reports: [string, string, number][], extra: Partial<RankingInput> = {}): RankingInput {
  return {
    now: NOW,
    reports: reports.map(([organisationId, reporterKey, days]) => ({ organisationId, reporterKey, createdAt: daysAgo(days) })),
    organisations,
    internshipsBySector: { hospitality: 40, care: 20 },
    decisions: [],
    ...extra,
  };
}

const fromReporters = (organisationId: string, keys: string[], days = 10): [string, string, number][] => keys.map((k) => [organisationId, k, days]);

describe("k-anonymity: nothing below 5 distinct reporters", () => {
  it.each([
    ["five reports from five reporters", fromReporters("h1", ["a", "b", "c", "d", "e"]), 1],
    ["four reporters", fromReporters("h1", ["a", "b", "c", "d"]), 0],
    ["ten reports from four reporters", fromReporters("h1", ["a", "b", "c", "d", "a", "b", "c", "d", "a", "b"]), 0],
    ["five reporters, one report a year and more ago", [...fromReporters("h1", ["a", "b", "c", "d"]), ["h1", "e", 366] as [string, string, number]], 0],
    ["five reporters spread over two organisations", [...fromReporters("h1", ["a", "b", "c"]), ...fromReporters("h2", ["d", "e"])], 0],
  ])("%s → %i organisations listed", (_, reports, listed) => {
    expect(buildRanking(input(reports)).organisations).toHaveLength(listed);
  });

  it("a sector with reports from fewer than 5 reporters shows no count and no rate", () => {
    const { sectors } = buildRanking(input(fromReporters("c1", ["a", "b", "c", "d"])));
    const care = sectors.find((s) => s.sector === "care")!;
    expect(care).toEqual({ sector: "care", internships: 20, shown: false, reports: null, rate: null });
  });

  it("a sector reaches 5 reporters across organisations: its rate shows, but no organisation does", () => {
    const { sectors, organisations: listed } = buildRanking(input([...fromReporters("h1", ["a", "b", "c"]), ...fromReporters("h2", ["d", "e"])]));
    expect(sectors.find((s) => s.sector === "hospitality")).toEqual({ sector: "hospitality", internships: 40, shown: true, reports: 5, rate: 12.5 });
    expect(listed).toEqual([]);
  });

  it("a sector without reports shows zero", () => {
    const { sectors } = buildRanking(input([]));
    expect(sectors.find((s) => s.sector === "care")).toMatchObject({ shown: true, reports: 0, rate: 0 });
  });

  it("the threshold is 5", () => {
    expect(RANKING_MIN_REPORTERS).toBe(5);
  });
});

describe("neutral labels and naming", () => {
  const many = [...fromReporters("h1", ["a", "b", "c", "d", "e", "f"]), ...fromReporters("h2", ["a", "b", "c", "d", "e"]), ...fromReporters("c1", ["p", "q", "r", "s", "t"])];

  it("numbers organisations per sector, most reports first, with their district", () => {
    const { organisations: listed } = buildRanking(input(many));
    expect(listed.map((o) => [o.organisationId, o.label])).toEqual([
      ["h1", { sector: "hospitality", n: 1, district: "Zuidoost" }],
      ["c1", { sector: "care", n: 1, district: null }],
      ["h2", { sector: "hospitality", n: 2, district: "Centrum" }],
    ]);
    expect(listed.every((o) => !o.named)).toBe(true);
  });

  it("names an organisation only after an officer's latest decision says so", () => {
    const decisions = [
      { organisationId: "h1", named: true, createdAt: daysAgo(5) },
      { organisationId: "h2", named: true, createdAt: daysAgo(9) },
      { organisationId: "h2", named: false, createdAt: daysAgo(2) },
    ];
    const { organisations: listed } = buildRanking(input(many, { decisions }));
    expect(Object.fromEntries(listed.map((o) => [o.organisationId, o.named]))).toEqual({ h1: true, h2: false, c1: false });
    expect(isNamed(decisions, "c1")).toBe(false);
  });
});

describe("rate per 100 internships", () => {
  it.each([
    [5, 40, 12.5],
    [1, 3, 33.3],
    [6, 0, null],
    [0, 10, 0],
  ])("%i reports over %i internships → %s", (reports, internships, rate) => {
    expect(ratePer100(reports, internships)).toBe(rate);
  });
});
