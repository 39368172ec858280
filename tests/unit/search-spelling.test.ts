import { describe, expect, it } from "vitest";
import { foldWord, suggestSpelling, typoCount, typosAllowed, Vocabulary } from "~/search/spelling";

describe("typos allowed by word length (Meilisearch's defaults)", () => {
  it.each([
    ["kok", 0],
    ["kapr", 0],
    ["kaper", 1],
    ["verpleeg", 1],
    ["verpleegk", 2],
    ["onderwijsassistent", 2],
    ["café", 0],
    ["cafés", 1],
  ])("%s → %i", (word, allowed) => {
    expect(typosAllowed(word)).toBe(allowed);
  });
});

describe("counting typos between a word and a term or its start", () => {
  it.each([
    // word, term, max, typos (max + 1 means "more than allowed")
    ["kapper", "kapper", 1, 0],
    ["kaper", "kapper", 1, 1], // a letter left out
    ["kappper", "kapper", 1, 1], // one too many
    ["kappar", "kapper", 1, 1], // a wrong letter
    ["kpaper", "kapper", 2, 1], // two neighbours swapped is one typo
    ["autotechincus", "autotechnicus", 2, 1],
    ["verpleg", "verpleegkundige", 1, 1], // the start of a longer term, with a letter left out
    ["verpleegkundgie", "verpleegkundige", 2, 1],
    ["kapper", "kapsalon", 1, 2], // "kaps…" is two away from "kapper"
    ["tapper", "kapper", 1, 2], // a wrong first letter counts twice
    ["tapper", "kapper", 2, 2],
    ["tappar", "kapper", 2, 3],
    ["horca", "horeca", 1, 1],
    ["horeca", "hr", 2, 3], // far shorter than the word
    ["zzzzzzzz", "kapper", 2, 3],
  ])("%s ~ %s (max %i) → %i", (word, term, max, typos) => {
    expect(typoCount(word, term, max)).toBe(typos);
  });

  it("never says less than the true distance, whatever the bound", () => {
    for (const [a, b] of [
      ["verpleegkundige", "verpleegtechnische"],
      ["onderwijsassistent", "onderwijs"],
      ["mediavormgever", "medewerker"],
    ]) {
      const unbounded = typoCount(a, b, 50);
      for (let max = 0; max < 6; max++) expect(typoCount(a, b, max)).toBe(Math.min(unbounded, max + 1));
    }
  });
});

describe("folding a word as the index does", () => {
  it.each([
    ["Cliënt", "client"],
    ["CAFÉ", "cafe"],
    ["Ĳssel", "ĳssel"],
    ["zorg", "zorg"],
  ])("%s → %s", (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});

describe("suggesting a spelling", () => {
  const vocabulary = new Vocabulary([
    { term: "verpleegkundige", docs: 10 },
    { term: "verpleeghuis", docs: 5 },
    { term: "kapper", docs: 4 },
    { term: "kapsalon", docs: 2 },
    { term: "kok", docs: 17 },
    { term: "amsterdam", docs: 40 },
    { term: "horeca", docs: 12 },
    { term: "client", docs: 3 },
    { term: "2027", docs: 30 },
    { term: "kappen", docs: 1 },
    { term: "zorg", docs: 30 },
    { term: "zorggroep", docs: 5 },
    { term: "zorgvuldig", docs: 12 },
  ]);

  it.each([
    ["verplegkundige", "verpleegkundige"],
    ["Verplegkundige Amsterdam", "verpleegkundige amsterdam"], // as the search itself, in lower case
    ["kok amstredam", "kok amsterdam"],
    ["horca", "horeca"],
    ["kok 2027 horca", "kok 2027 horeca"],
    // "kappr" is one typo from both "kapper" (4 documents) and "kappen" (1): the more common wins.
    ["kappr", "kapper"],
    // From 9 letters a wrong first letter may be the one typo (it counts twice): wrong,
    // missing, extra, or swapped with the second.
    ["ferpleegkundige", "verpleegkundige"],
    ["erpleegkundige", "verpleegkundige"],
    ["overpleegkundige", "verpleegkundige"],
    ["evrpleegkundige", "verpleegkundige"],
    // "zorgg" only starts "zorggroep" (5 documents); "zorg", one typo away, is in 30.
    ["zorgg", "zorg"],
  ])("%s → %s", (text, suggestion) => {
    expect(suggestSpelling(text, vocabulary)).toBe(suggestion);
  });

  it.each([
    ["", "nothing typed"],
    ["verpleeg", "every word starts a term"],
    ["kok amsterdam", "every word is a term"],
    ["cliënt", "the accent is folded, so the word is known"],
    ["kk", "too short to correct"],
    ["kok xyzzyq", "one word is too far from every term"],
    ["tapper", "a wrong first letter costs two typos"],
    ["zorgv", "it starts zorgvuldig, and zorg is not three times as common"],
    ["zorggr", "one typo from zorg would need two"],
  ])("%s → none (%s)", (text) => {
    expect(suggestSpelling(text, vocabulary)).toBeNull();
  });

  it("finds the same term as a scan of the whole vocabulary would, for 1,000 random words", () => {
    // A small alphabet, so many terms are a typo or two from each other, with the first
    // letter wrong, missing, doubled or swapped as often as any other.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const word = (min: number, max: number) =>
      Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => "abcde"[Math.floor(random() * 5)]).join("");
    const terms = Array.from({ length: 3_000 }, () => ({ term: word(3, 12), docs: 1 + Math.floor(random() * 5) }));
    const unique = [...new Map(terms.map((t) => [t.term, t])).values()];
    const vocabulary = new Vocabulary(unique);
    const scanAll = (w: string) => {
      const allowed = typosAllowed(w);
      if (allowed === 0) return null;
      const ranked = unique
        .map((t) => ({ ...t, typos: typoCount(w, t.term, allowed) }))
        .filter((t) => t.typos <= allowed)
        .sort((a, b) => a.typos - b.typos || b.docs - a.docs || a.term.length - b.term.length);
      // Ties on all three keys may go either way; only the ranking keys must agree.
      return ranked[0] ? { typos: ranked[0].typos, docs: ranked[0].docs, length: ranked[0].term.length } : null;
    };
    let found = 0;
    for (let i = 0; i < 1_000; i++) {
      const w = word(5, 13);
      const closest = vocabulary.closest(w);
      const expected = scanAll(w);
      if (!expected) {
        expect(closest, w).toBeNull();
        continue;
      }
      found++;
      const got = unique.find((t) => t.term === closest)!;
      expect({ typos: typoCount(w, got.term, typosAllowed(w)), docs: got.docs, length: got.term.length }, w).toEqual(expected);
    }
    expect(found).toBeGreaterThan(250);
  });

  it("answers from an empty vocabulary without failing", () => {
    expect(new Vocabulary([]).hasPrefix("a")).toBe(false);
    expect(suggestSpelling("verplegkundige", new Vocabulary([]))).toBeNull();
  });
});

describe("a vocabulary changed in place by an index write", () => {
  const base = new Vocabulary([
    { term: "kok", docs: 5 },
    { term: "keuken", docs: 3 },
    { term: "verpleegkundige", docs: 2 },
  ]);
  it.each<[string, [string, number][], string, string | null]>([
    ["a new term comes in", [["dierenverzorger", 1]], "dierenverzorgr", "dierenverzorger"],
    ["a term whose last document left is gone", [["verpleegkundige", -2]], "verplegkundige", null],
    ["a term with documents left stays", [["verpleegkundige", -1]], "verplegkundige", "verpleegkundige"],
    ["a term with no documents is not added", [["zeppelin", 0]], "zepelin", null],
    ["a term that was not there and is removed stays out", [["zeppelin", -1]], "zepelin", null],
  ])("%s", (_, deltas, typed, expected) => {
    const changed = base.withDeltas(new Map(deltas));
    expect(suggestSpelling(typed, changed)).toBe(expected);
    // The vocabulary it came from is unchanged.
    expect(base.size).toBe(3);
  });

  it("keeps its terms sorted, as a vocabulary read whole has them", () => {
    const changed = base.withDeltas(
      new Map([
        ["aardappel", 1],
        ["zorg", 4],
        ["kok", 2],
        ["keuken", -3],
        ["lasser", 1],
      ]),
    );
    const read = new Vocabulary([
      { term: "zorg", docs: 4 },
      { term: "lasser", docs: 1 },
      { term: "kok", docs: 7 },
      { term: "aardappel", docs: 1 },
      { term: "verpleegkundige", docs: 2 },
    ]);
    expect(changed).toEqual(read);
  });
});
