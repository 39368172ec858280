import { describe, expect, it } from "vitest";
import { activeFilters, emptyQuery, ftsMatchExpression, parseSearchQuery, sortParamValue, sortsFor, toSearchParams, withoutFilter } from "~/search/query";

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
    ["vergoeding=450", { minAllowance: null }],
    ["keurmerk=sna&keurmerk=gold", { marks: ["sna"] }],
    ["pact=1&tekortsector=ja&stadsdeelstage=0", { pact: true, shortage: true, districtInternship: false }],
    ["start=2027-02&start=2027-13", { startMonths: ["2027-02"] }],
    ["stadsdeel=Nieuw-West&stadsdeel=nieuw-west", { districts: ["nieuw-west"] }],
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
  it.each([
    ["kok", '"kok"*'],
    ["Kok  Amsterdam", '"kok"* "amsterdam"*'],
    ['kok" OR title:*', '"kok"* "or"* "title"*'],
    ["cliënt", '"cliënt"*'],
    ["ICT-support", '"ict"* "support"*'],
    ["   ", null],
    ["!!!", null],
    ["a a a", '"a"*'],
  ])("turns %j into %j", (text, expected) => {
    expect(ftsMatchExpression(text)).toBe(expected);
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
