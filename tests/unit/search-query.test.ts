import { describe, expect, it } from "vitest";
import {
  activeFilters,
  emptyQuery,
  ftsMatchExpression,
  ftsTierExpressions,
  meilisearchQueryText,
  parseSearchQuery,
  sortParamValue,
  sortsFor,
  toSearchParams,
  withoutFilter,
} from "~/search/query";

const parse = (qs: string) => parseSearchQuery(new URLSearchParams(qs));

describe("the search query parser", () => {
  it.each([
    ["", { text: "", sort: "newest", page: 1 }],
    ["q=kok", { text: "kok", sort: "relevance" }],
    ["q=%20%20kok%20%20%20amsterdam%20", { text: "kok amsterdam" }],
    ["q=kok&sorteer=vergoeding", { sort: "allowance" }],
    ["sorteer=relevantie", { sort: "newest" }],
    ["sorteer=nonsense&q=x", { sort: "relevance" }],
    ["pagina=3", { page: 3 }],
    ["pagina=-1", { page: 1 }],
    ["pagina=abc", { page: 1 }],
    ["sector=care&sector=hospitality&sector=care", { sectors: ["care", "hospitality"] }],
    ["sector=care,technology", { sectors: ["care", "technology"] }],
    ["sector=weapons", { sectors: [] }],
    ["niveau=2&niveau=7", { levels: [2] }],
    ["uren=8-16&uren=1-99", { hours: ["8-16"] }],
    ["vergoeding=500", { minAllowance: 500 }],
    // Any whole amount: the thresholds offered follow the rules, and older links keep working.
    ["vergoeding=450", { minAllowance: 450 }],
    ["vergoeding=0", { minAllowance: null }],
    ["vergoeding=450.5", { minAllowance: null }],
    ["vergoeding=10001", { minAllowance: null }],
    ["vergoeding=abc", { minAllowance: null }],
    ["leerweg=BBL", { route: "BBL" }],
    ["leerweg=bbl", { route: null }],
    ["volgens-code=1", { meetsCode: true }],
    ["keurmerk=sna&keurmerk=gold", { marks: ["sna"] }],
    ["pact=1&tekortsector=ja&stadsdeelstage=0", { pact: true, shortage: true, districtInternship: false }],
    ["start=2027-02&start=2027-13", { startMonths: ["2027-02"] }],
    ["stadsdeel=Nieuw-West&stadsdeel=nieuw-west", { districts: ["nieuw-west"] }],
    ["q=niveau+2+kok", { text: "kok", levels: [2], sort: "relevance" }],
    ["q=mbo+4+verpleegkundige", { text: "verpleegkundige", levels: [4] }],
    ["q=Level%203%20software&niveau=2", { text: "software", levels: [2, 3] }],
    ["q=mbo-2", { text: "", levels: [2], sort: "newest" }],
    ["q=niveau+7+kok", { text: "niveau 7 kok", levels: [] }],
    ["q=stage+in+de+zorg", { text: "stage in de zorg" }],
  ])("reads %s", (qs, expected) => {
    expect(parse(qs)).toMatchObject(expected);
  });

  it("caps the text at 100 characters", () => {
    expect(parse(`q=${"a".repeat(300)}`).text).toHaveLength(100);
  });

  it("writes a query back to the same canonical URL, whatever order it was given in", () => {
    const a = parse("stadsdeel=noord&q=kok&sector=hospitality&sector=care&pact=1&pagina=2");
    const b = parse("pagina=2&pact=1&sector=care&q=kok&sector=hospitality&stadsdeel=noord");
    expect(toSearchParams(a).toString()).toBe(toSearchParams(b).toString());
    expect(parse(toSearchParams(a).toString())).toEqual(a);
    expect(toSearchParams(a).toString()).toBe("q=kok&sector=care&sector=hospitality&stadsdeel=noord&pact=1&pagina=2");
  });

  it("writes a level read from the words back as the level filter, and reads that back the same", () => {
    const query = parse("q=niveau%202%20kok");
    expect(toSearchParams(query).toString()).toBe("q=kok&niveau=2");
    expect(parse(toSearchParams(query).toString())).toEqual(query);
  });

  it("leaves defaults out of the URL", () => {
    expect(toSearchParams(emptyQuery()).toString()).toBe("");
    expect(toSearchParams(parse("q=kok&sorteer=relevantie")).toString()).toBe("q=kok");
  });

  it("lists active filters and drops one at a time, back on page 1", () => {
    const q = parse("q=kok&sector=care&pact=1&pagina=4");
    expect(activeFilters(q)).toEqual(["text", "sectors", "pact"]);
    const relaxed = withoutFilter(q, "sectors");
    expect(relaxed).toMatchObject({ sectors: [], page: 1, text: "kok", pact: true });
    expect(withoutFilter(q, "text").sort).toBe("newest");
  });
});

describe("the FTS5 expression of what a visitor typed", () => {
  const typed = (w: string) => `(- {stems} : "${w}"*)`;
  const stem = (...s: string[]) => `(${s.map((x) => `"${x}"`).join(" OR ")})`;
  it.each([
    ["kok", `(${typed("kok")} OR ${stem("kok")})`],
    ["Koks", `(${typed("koks")} OR ${stem("kok")})`],
    ["Kok  Amsterdam", `(${typed("kok")} OR ${stem("kok")}) AND (${typed("amsterdam")} OR ${stem("amsterdam")})`],
    ['kok" OR title:*', `(${typed("kok")} OR ${stem("kok")}) AND (${typed("or")} OR ${stem("or")}) AND (${typed("title")} OR ${stem("titl")})`],
    ["cliënt", `(${typed("client")} OR ${stem("client")})`],
    ["ICT-support", `(${typed("ict")} OR ${stem("ict")}) AND (${typed("support")} OR ${stem("support")})`],
    [
      "zorgmedewerker",
      // The generic head "medewerker" is not required: the student asks for work in care.
      `(${typed("zorgmedewerker")} OR ${stem("zorgmedewerker", "zorgmedewerk")} OR ((${typed("zorg")} OR ${stem("zorg")})))`,
    ],
    ["stage in de zorg", `(${typed("zorg")} OR ${stem("zorg")})`],
    ["stage", null],
    ["   ", null],
    ["!!!", null],
    ["a a a", null],
  ])("turns %j into %j", (text, expected) => {
    expect(ftsMatchExpression(text)).toBe(expected);
  });

  it("ranks by the words as typed: in the title, then in any text column", () => {
    // Tier 0 is asked of the titles-only table, tier 1 of the text columns.
    expect(ftsTierExpressions("stage koks in de keuken")).toEqual(['"koks"* AND "keuken"*', '(- {stems} : "koks"*) AND (- {stems} : "keuken"*)']);
    expect(ftsTierExpressions("de")).toBeNull();
  });
});

describe("the text sent to Meilisearch", () => {
  it.each([
    ["koks", "kok"],
    ["koken", "kok"],
    ["keuken", "keuk"],
    ["verpleeg", "verpleeg"],
    ["cooking", "cook"],
    ["stage in de zorg", "zorg"],
    ["zorgmedewerker", "zorg"],
    ["koks keuken", "kok keuk"],
    ["stage", ""],
  ])("for %j is %j", (text, expected) => {
    expect(meilisearchQueryText(text)).toBe(expected);
  });
});

describe("the sort box", () => {
  it.each([
    // query, order, the value the box sends ("" is the default and stays out of the URL)
    ["q=kok", "relevance", ""],
    ["q=kok", "newest", "nieuw"],
    ["q=kok", "allowance", "vergoeding"],
    ["", "newest", ""],
    ["", "allowance", "vergoeding"],
  ] as const)("for ?%s sends %s as %j", (qs, sort, value) => {
    expect(sortParamValue(parse(qs), sort)).toBe(value);
  });

  it("offers best match only when there are words", () => {
    expect(sortsFor(parse("q=kok"))).toEqual(["relevance", "newest", "allowance"]);
    expect(sortsFor(parse(""))).toEqual(["newest", "allowance"]);
  });
});
