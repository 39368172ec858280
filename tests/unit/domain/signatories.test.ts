import { describe, expect, it } from "vitest";
import { buildSignatoryRows, csvCell, parseSignatoryRows, signatoriesToCsv, yearOf, type SignatoryRow } from "~/domain/signatories";

describe("CSV cells", () => {
  it.each([
    ["De Keuken van West", "De Keuken van West"],
    ["Van Dam & Zn", "Van Dam & Zn"],
    ["Koffie, thee en taart", '"Koffie, thee en taart"'],
    ['Zeg "hoi"', '"Zeg ""hoi"""'],
    ["regel\nnieuw", '"regel\nnieuw"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+31 20", "'+31 20"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["a;b", '"a;b"'],
    [null, ""],
    [2026, "2026"],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("the signatory list", () => {
  const rows: SignatoryRow[] = [
    {
      organisationId: "2",
      name: "Zorggroep Noorderlicht",
      sector: "care",
      municipality: "Amsterdam",
      district: "Noord",
      signedOn: "2025-02-02",
      marks: ["inclusive_employer"],
    },
    { organisationId: "1", name: "=cmd", sector: "hospitality", municipality: "Amsterdam", district: null, signedOn: "2025-01-01", marks: [] },
  ];

  it("writes a header and one CRLF line per row, guarding formulas", () => {
    expect(signatoriesToCsv(rows)).toBe(
      "organisation,sector,municipality,district,signed_on,marks\r\n" +
        "Zorggroep Noorderlicht,care,Amsterdam,Noord,2025-02-02,inclusive_employer\r\n" +
        "'=cmd,hospitality,Amsterdam,,2025-01-01,\r\n",
    );
  });

  it("sorts by name with Dutch collation and gives the signing day in Amsterdam time", () => {
    const built = buildSignatoryRows([
      { organisationId: "b", name: "Élan", sector: "retail", municipality: "Amsterdam", district: null, signedAt: new Date("2025-12-31T23:30:00Z"), marks: [] },
      {
        organisationId: "a",
        name: "Atelier",
        sector: "creative",
        municipality: "Amsterdam",
        district: null,
        signedAt: new Date("2025-06-01T10:00:00Z"),
        marks: ["sna"],
      },
      {
        organisationId: "c",
        name: "Zeilmakerij",
        sector: "retail",
        municipality: "Amsterdam",
        district: null,
        signedAt: new Date("2025-06-01T10:00:00Z"),
        marks: [],
      },
    ]);
    expect(built.map((r) => [r.name, r.signedOn])).toEqual([
      ["Atelier", "2025-06-01"],
      ["Élan", "2026-01-01"],
      ["Zeilmakerij", "2025-06-01"],
    ]);
  });

  it("reads a frozen list back and drops what is not a row", () => {
    expect(parseSignatoryRows(JSON.stringify([...rows, { name: 1 }, null]))).toEqual(rows);
    expect(parseSignatoryRows("not json")).toEqual([]);
    expect(parseSignatoryRows("{}")).toEqual([]);
  });

  it.each([
    ["2026-06-01T12:00:00Z", 2026],
    ["2026-12-31T23:30:00Z", 2027],
    ["2026-01-01T00:30:00Z", 2026],
  ])("%s belongs to %i in Amsterdam", (iso, year) => {
    expect(yearOf(new Date(iso))).toBe(year);
  });
});
