// The judgements and scores of npm run bench:relevance (scripts/bench/relevance.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkExpectation, matchesExpectation, scoreResults, type Expectation, type InternshipFacts, type JudgedQuery } from "../../scripts/bench/relevance";

const kok: InternshipFacts = {
  id: "a",
  sector: "hospitality",
  qualification: "kok",
  level: 2,
  municipality: "amsterdam",
  district: "zuidoost",
  title: "Stagiair keuken (kok)",
};
const host: InternshipFacts = { ...kok, id: "b", qualification: "gastheer", level: 2, title: "Stage gastheer/gastvrouw bediening" };
const nurse: InternshipFacts = {
  ...kok,
  id: "c",
  sector: "care",
  qualification: "mbo-verpleegkundige",
  level: 4,
  municipality: "almere",
  district: "buiten",
  title: "Stage mbo-verpleegkundige",
};

describe("a judgement", () => {
  it.each<[string, Expectation, InternshipFacts, boolean]>([
    ["sector", { sector: ["hospitality"] }, host, true],
    ["sector, other", { sector: ["hospitality"] }, nurse, false],
    ["qualification and level both hold", { qualification: ["kok"], level: [2] }, kok, true],
    ["qualification holds, level does not", { qualification: ["mbo-verpleegkundige"], level: [3] }, nurse, false],
    ["district", { municipality: ["amsterdam"], district: ["zuidoost"] }, kok, true],
    ["title is a case-insensitive expression", { sector: ["hospitality"], title: "KOK|keuken" }, kok, true],
    ["title does not match", { sector: ["hospitality"], title: "kok|keuken" }, host, false],
    ["anyOf: one branch", { anyOf: [{ qualification: ["timmerman"] }, { sector: ["care"] }] }, nurse, true],
    ["anyOf: no branch", { anyOf: [{ qualification: ["timmerman"] }, { sector: ["care"] }] }, kok, false],
    ["a null district never matches a district list", { district: ["zuidoost"] }, { ...kok, district: null }, false],
  ])("%s", (_, expect_, facts, expected) => {
    expect(matchesExpectation(expect_, facts)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ["empty", {}],
    ["misspelt key", { sectors: ["care"] }],
    ["empty list", { sector: [] }],
    ["empty branch", { anyOf: [{}] }],
    ["bad expression", { title: "(" }],
  ])("is refused when %s", (_, expect_) => {
    expect(() => checkExpectation(expect_ as Expectation, "q")).toThrow();
  });

  it("the judged set is valid and has at least 60 queries", () => {
    const { queries } = JSON.parse(readFileSync("scripts/bench/relevance-queries.json", "utf8")) as { queries: JudgedQuery[] };
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const j of queries) checkExpectation(j.expect, j.q);
    expect(new Set(queries.map((j) => j.q.toLowerCase())).size).toBe(queries.length);
  });
});

describe("a score", () => {
  const expected = new Set(["a", "b", "c", "d"]);
  it.each<[string, string[], { recall: number; precisionAt10: number; found: number }]>([
    ["all found, nothing else", ["a", "b", "c", "d"], { recall: 1, precisionAt10: 1, found: 4 }],
    ["half found", ["a", "x", "b"], { recall: 0.5, precisionAt10: 2 / 3, found: 2 }],
    ["nothing shown", [], { recall: 0, precisionAt10: 0, found: 0 }],
    [
      "found after the first ten count for recall only",
      [..."xxxxxxxxxx".split("").map((x, i) => x + i), "a", "b", "c", "d"],
      { recall: 1, precisionAt10: 0, found: 4 },
    ],
  ])("%s", (_, ranked, score) => {
    expect(scoreResults(expected, ranked)).toMatchObject(score);
  });
});
