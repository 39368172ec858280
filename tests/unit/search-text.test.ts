import { describe, expect, it } from "vitest";
import { documentStems, extractLevels, lexiconWith, queryTerms, searchKey, splitCompound, stemsOf, words, type StemSource } from "~/search/text";

describe("the words of a text", () => {
  it.each([
    ["Stage Kok", ["stage", "kok"]],
    ["Cliënten, cliënten!", ["clienten"]],
    ["ICT-support", ["ict", "support"]],
    ["niveau 2", ["niveau", "2"]],
  ])("of %j are %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe("the stems of a word", () => {
  it.each([
    ["koks", ["kok"]],
    ["koken", ["kok", "koken"]],
    ["kok", ["kok"]],
    ["keukens", ["keuken"]],
    ["medewerkers", ["medewerker", "medewerk"]],
    ["cooking", ["cooking", "cook"]],
    ["nurses", ["nurses", "nurs"]],
    ["2", ["2"]],
    ["ab", ["ab"]],
  ])("of %j are %j", (word, expected) => {
    expect(stemsOf(word)).toEqual(expected);
  });

  it.each([
    ["koks", "kok"],
    ["koken", "kok"],
    ["cooking", "cook"],
    ["developer", "develop"],
  ])("stand for %j by %j where one must do", (word, expected) => {
    expect(searchKey(word)).toBe(expected);
  });
});

describe("a level in the words", () => {
  it.each([
    ["niveau 2 kok", "kok", [2]],
    ["mbo 4 verpleegkundige", "verpleegkundige", [4]],
    ["Level 3 software developer", "software developer", [3]],
    ["kok mbo-2 en niveau2", "kok en", [2]],
    ["niveau 5 kok", "niveau 5 kok", []],
    ["mbo 42", "mbo 42", []],
    ["kok", "kok", []],
  ])("%j is %j at levels %j", (text, rest, levels) => {
    expect(extractLevels(text)).toEqual({ text: rest, levels });
  });
});

describe("splitting a Dutch compound", () => {
  it.each([
    ["keukenmedewerker", ["keuken", "medewerker"]],
    ["zorgmedewerker", ["zorg", "medewerker"]],
    ["veiligheidsmedewerker", ["veiligheid", "medewerker"]],
    ["onderwijsassistent", ["onderwijs", "assistent"]],
    ["restaurantkeuken", ["restaurant", "keuken"]],
    ["medewerker", null],
    ["verpleegkundige", null],
    ["kok", null],
    ["amsterdam", null],
  ])("%j into %j", (word, expected) => {
    expect(splitCompound(word)).toEqual(expected);
  });

  it("uses the vocabulary's words too", () => {
    expect(splitCompound("pizzabakker")).toEqual(["pizza", "bakker"]);
    expect(splitCompound("pizzamaker")).toBeNull();
    expect(splitCompound("pizzamaker", lexiconWith(["pizza", "maker"]))).toEqual(["pizza", "maker"]);
  });
});

describe("the stems column of a document", () => {
  const base: StemSource = { title: "", description: "", organisationName: "", qualificationNl: null, qualificationEn: null, keywords: [] };
  const stems = (d: Partial<StemSource>) => documentStems({ ...base, ...d }).split(" ");

  it("holds the Dutch and English stems of every text field and keyword", () => {
    expect(stems({ title: "Koks gezocht", qualificationEn: "Cook", keywords: ["koken"] })).toEqual(expect.arrayContaining(["kok", "cok"]));
  });

  it("leaves out a term that is one of the document's own words, which the text columns hold", () => {
    const list = stems({ title: "Koks gezocht", description: "kok", qualificationEn: "Cook", keywords: ["koken"] });
    for (const word of ["koks", "gezocht", "kok", "cook", "koken"]) expect(list).not.toContain(word);
  });

  it("holds the parts of compounds and the joined form of hyphenated words", () => {
    expect(stems({ title: "Keukenmedewerker" })).toEqual(expect.arrayContaining(["keuken", "keuk", "medewerker", "medewerk"]));
    expect(stems({ title: "Stage ICT-support" })).toEqual(expect.arrayContaining(["ictsupport"]));
    expect(stems({ title: "Pizzamaker", keywords: ["pizza"] })).toEqual(expect.arrayContaining(["maker"]));
  });

  it("holds each term once", () => {
    const list = stems({ title: "kok kok koks", description: "kok" });
    expect(list.length).toBe(new Set(list).size);
  });
});

describe("the words of a query", () => {
  it("leave out stop words and split compounds", () => {
    expect(queryTerms("stage in de zorgmedewerker")).toEqual([
      {
        word: "zorgmedewerker",
        stems: ["zorgmedewerker", "zorgmedewerk"],
        // "medewerker" says nothing about the work: the student asks for work in care.
        parts: [{ word: "zorg", stems: ["zorg"] }],
      },
    ]);
    expect(queryTerms("the internship at a bakery").map((t) => t.word)).toEqual(["bakery"]);
  });

  it.each([
    ["horecamedewerker", ["horeca"]],
    ["magazijnmedewerker", ["magazijn"]],
    ["keukenassistent", ["keuken"]],
    ["keukenmedewerker", ["keuken"]],
    ["pizzabakker", ["pizza", "bakker"]],
  ])("a typed %s requires %j", (word, parts) => {
    expect(queryTerms(word)[0].parts.map((p) => p.word)).toEqual(parts);
  });

  it("keep at most eight words", () => {
    expect(queryTerms("een twee drie vier vijf zes zeven acht negen tien")).toHaveLength(8);
  });
});
