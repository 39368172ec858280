import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { qualificationTermsSchema, sectorTermsSchema } from "~/schemas/search-vocabulary";
import { formatTerms, isValidTerm, parseTerms, splitTerms, uniqueTerms } from "~/search/vocabulary";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("the search vocabulary's word lists", () => {
  it.each<[string, string[]]>([
    ["horeca, hospitality, restaurant", ["horeca", "hospitality", "restaurant"]],
    [" keuken ,, chef ,", ["keuken", "chef"]],
    ["home   care,\nthuiszorg", ["home care", "thuiszorg"]],
    ["", []],
  ])("splits %j into %j", (value, expected) => {
    expect(splitTerms(value)).toEqual(expected);
  });

  it.each<[string, boolean]>([
    ["ICT", true],
    ["IT", true],
    ["café", true],
    ["patiënten", true],
    ["ICT-support", true],
    ["home care", true],
    ["mbo 4", true],
    ["x", false],
    ["a".repeat(41), false],
    ["a".repeat(40), true],
    ["c#", false],
    ["-hout", false],
    ["koken;", false],
    ["<script>", false],
  ])("%j is a valid word: %s", (term, valid) => {
    expect(isValidTerm(term)).toBe(valid);
  });

  it("drops a repeated word whatever its case, keeping the first spelling", () => {
    expect(uniqueTerms(["ICT", "ict", "IT", "Ict"])).toEqual(["ICT", "IT"]);
  });

  it("reads a stored list, skipping what is not a word, and writes it back", () => {
    expect(parseTerms("horeca, x, Horeca, bar")).toEqual(["horeca", "bar"]);
    expect(parseTerms(null)).toEqual([]);
    expect(formatTerms(["horeca", "bar"])).toBe("horeca, bar");
  });
});

describe("the admin's vocabulary forms", () => {
  it("accepts words and returns them de-duplicated", () => {
    const result = parseWithZod(form({ intent: "sector", sector: "hospitality", terms: "horeca, Horeca, café, bar" }), { schema: sectorTermsSchema });
    expect(result.status).toBe("success");
    expect(result.status === "success" && result.value).toEqual({ intent: "sector", sector: "hospitality", terms: ["horeca", "café", "bar"] });
  });

  it("accepts an empty list (the words are cleared)", () => {
    const result = parseWithZod(form({ intent: "qualification", qualificationId: "q1", terms: "" }), { schema: qualificationTermsSchema });
    expect(result.status === "success" && result.value.terms).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["a one-letter word", "koken, k", "vocabulary:errors.term_invalid"],
    ["a word with a symbol", "koken, c#", "vocabulary:errors.term_invalid"],
    ["a word of 41 letters", `koken, ${"a".repeat(41)}`, "vocabulary:errors.term_invalid"],
    ["61 words", Array.from({ length: 61 }, (_, i) => `woord${i}`).join(", "), "vocabulary:errors.too_many"],
  ])("refuses %s with an error on the words field", (_case, terms, error) => {
    const result = parseWithZod(form({ intent: "qualification", qualificationId: "q1", terms }), { schema: qualificationTermsSchema });
    expect(result.status).toBe("error");
    expect(result.status === "error" && result.error?.terms).toEqual([error]);
  });

  it("counts 60 words as allowed, and a repeated word once", () => {
    const sixty = Array.from({ length: 60 }, (_, i) => `woord${i}`);
    const result = parseWithZod(form({ intent: "qualification", qualificationId: "q1", terms: [...sixty, "WOORD1"].join(", ") }), {
      schema: qualificationTermsSchema,
    });
    expect(result.status).toBe("success");
  });

  it("refuses a sector that does not exist", () => {
    const result = parseWithZod(form({ intent: "sector", sector: "mining", terms: "mijn" }), { schema: sectorTermsSchema });
    expect(result.status).toBe("error");
    expect(result.status === "error" && result.error?.sector).toBeTruthy();
  });
});
