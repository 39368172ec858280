import { describe, expect, it } from "vitest";
import {
  buildRanking,
  isNamed,
  labelScope,
  RANKING_MIN_GROUP_SIZE,
  RANKING_MIN_REPORTERS,
  ratePer100,
  type GroupSizes,
  type RankingInput,
} from "~/domain/ranking";

const NOW = new Date("2026-11-01T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

const organisations = [
  { id: "h1", name: "Brasserie Eén", sector: "hospitality", district: "Zuidoost" },
  { id: "h2", name: "Hotel Twee", sector: "hospitality", district: "Centrum" },
  { id: "c1", name: "Kliniek Drie", sector: "care", district: null },
];

// Groups large enough that every label may name sector and district, unless a test says otherwise.
const largeGroups: GroupSizes = {
  total: 40,
  bySector: { hospitality: 12, care: 9 },
  bySectorAndDistrict: { hospitality: { Zuidoost: 5, Centrum: 6 }, care: {} },
};

type ReportRow = [organisationId: string, reporterKey: string, days: number, substantiated?: boolean | null];

function input(reports: ReportRow[], extra: Partial<RankingInput> = {}): RankingInput {
  return {
    now: NOW,
    reports: reports.map(([organisationId, reporterKey, days, substantiated = true]) => ({
      organisationId,
      reporterKey,
      createdAt: daysAgo(days),
      substantiated,
    })),
    organisations,
    internshipsBySector: { hospitality: 40, care: 20 },
    decisions: [],
    groupSizes: largeGroups,
    ...extra,
  };
}

const fromReporters = (organisationId: string, keys: string[], days = 10): ReportRow[] => keys.map((k) => [organisationId, k, days]);
const assessed = (rows: ReportRow[], substantiated: boolean | null): ReportRow[] => rows.map(([o, k, d]) => [o, k, d, substantiated]);

describe("k-anonymity: nothing below 5 distinct reporters", () => {
  it.each([
    ["five reports from five reporters", fromReporters("h1", ["a", "b", "c", "d", "e"]), 1],
    ["four reporters", fromReporters("h1", ["a", "b", "c", "d"]), 0],
    ["ten reports from four reporters", fromReporters("h1", ["a", "b", "c", "d", "a", "b", "c", "d", "a", "b"]), 0],
    ["five reporters, one report a year and more ago", [...fromReporters("h1", ["a", "b", "c", "d"]), ["h1", "e", 366] as ReportRow], 0],
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

describe("only reports an officer assessed as substantiated count", () => {
  const five = fromReporters("h1", ["a", "b", "c", "d", "e"]);
  it.each([
    ["five distinct reporters, all substantiated", five, 1],
    ["five distinct reporters, none assessed yet", assessed(five, null), 0],
    ["five distinct reporters, all assessed as not substantiated", assessed(five, false), 0],
    ["five distinct reporters, one of them not yet assessed", [...fromReporters("h1", ["a", "b", "c", "d"]), ["h1", "e", 10, null] as ReportRow], 0],
    ["five substantiated reports from one reporter", fromReporters("h1", ["a", "a", "a", "a", "a"]), 0],
    ["ten reports, five of them substantiated from distinct reporters", [...five, ...assessed(fromReporters("h1", ["f", "g", "h", "i", "j"]), null)], 1],
  ])("%s → %i organisations listed", (_, reports, listed) => {
    expect(buildRanking(input(reports)).organisations).toHaveLength(listed);
  });

  it("the listed counts and the sector's figures leave the unsubstantiated reports out", () => {
    const reports = [
      ...fromReporters("h1", ["a", "b", "c", "d", "e"]),
      ...assessed(fromReporters("h1", ["f", "g"]), false),
      ...assessed(fromReporters("h2", ["h"]), null),
    ];
    const { sectors, organisations: listed } = buildRanking(input(reports));
    expect(listed.map((o) => [o.reports, o.reporters])).toEqual([[5, 5]]);
    expect(sectors.find((s) => s.sector === "hospitality")).toMatchObject({ shown: true, reports: 5, rate: 12.5 });
  });

  it("a sector whose reports are all unassessed shows zero, not a hidden count", () => {
    const { sectors } = buildRanking(input(assessed(fromReporters("c1", ["a", "b", "c"]), null)));
    expect(sectors.find((s) => s.sector === "care")).toMatchObject({ shown: true, reports: 0 });
  });
});

describe("a label names only groups of at least 5 organisations with published internships", () => {
  const groups = (total: number, sector: number, district: number): GroupSizes => ({
    total,
    bySector: { hospitality: sector },
    bySectorAndDistrict: { hospitality: { Zuidoost: district } },
  });
  it.each([
    ["sector and district both large enough", groups(40, 8, 5), "Zuidoost", { sector: "hospitality", district: "Zuidoost" }],
    ["the only hospitality employer in its district", groups(40, 8, 1), "Zuidoost", { sector: "hospitality", district: null }],
    ["four in the district", groups(40, 8, 4), "Zuidoost", { sector: "hospitality", district: null }],
    ["no district known", groups(40, 8, 8), null, { sector: "hospitality", district: null }],
    ["four in the sector, even with a large district count", groups(40, 4, 5), "Zuidoost", { sector: null, district: null }],
    ["sector missing from the groups", { total: 40, bySector: {}, bySectorAndDistrict: {} }, "Zuidoost", { sector: null, district: null }],
    ["exactly five in the municipality, two in the sector", groups(5, 2, 1), "Zuidoost", { sector: null, district: null }],
    ["four in the whole municipality", groups(4, 4, 4), "Zuidoost", null],
  ])("%s → %o", (_, sizes, district, scope) => {
    expect(labelScope({ sector: "hospitality", district }, sizes)).toEqual(scope);
  });

  it("the group threshold is 5", () => {
    expect(RANKING_MIN_GROUP_SIZE).toBe(5);
  });

  it("widened labels are numbered on their own, and an organisation that no label can hide is left out", () => {
    const many = [
      ...fromReporters("h1", ["a", "b", "c", "d", "e", "f"]),
      ...fromReporters("h2", ["a", "b", "c", "d", "e"]),
      ...fromReporters("c1", ["p", "q", "r", "s", "t"]),
    ];
    const small: GroupSizes = { total: 30, bySector: { hospitality: 3, care: 2 }, bySectorAndDistrict: {} };
    expect(buildRanking(input(many, { groupSizes: small })).organisations.map((o) => [o.organisationId, o.label])).toEqual([
      ["h1", { sector: null, district: null, n: 1 }],
      ["c1", { sector: null, district: null, n: 2 }],
      ["h2", { sector: null, district: null, n: 3 }],
    ]);
    const mixed: GroupSizes = { total: 30, bySector: { hospitality: 7, care: 2 }, bySectorAndDistrict: { hospitality: { Zuidoost: 1, Centrum: 5 } } };
    expect(buildRanking(input(many, { groupSizes: mixed })).organisations.map((o) => [o.organisationId, o.label])).toEqual([
      ["h1", { sector: "hospitality", district: null, n: 1 }],
      ["c1", { sector: null, district: null, n: 1 }],
      ["h2", { sector: "hospitality", district: "Centrum", n: 2 }],
    ]);
    const tiny: GroupSizes = { total: 3, bySector: { hospitality: 2, care: 1 }, bySectorAndDistrict: {} };
    expect(buildRanking(input(many, { groupSizes: tiny })).organisations).toEqual([]);
  });
});

describe("neutral labels and naming", () => {
  const many = [
    ...fromReporters("h1", ["a", "b", "c", "d", "e", "f"]),
    ...fromReporters("h2", ["a", "b", "c", "d", "e"]),
    ...fromReporters("c1", ["p", "q", "r", "s", "t"]),
  ];

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
