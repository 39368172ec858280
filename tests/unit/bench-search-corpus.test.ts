// The corpus of npm run bench:search (scripts/bench/search-corpus.ts): deterministic,
// and with a vocabulary of thousands of words rather than a few templates.
import { describe, expect, it } from "vitest";
import { corpusWriter } from "../../scripts/bench/search-corpus";

const texts = (seed: number, count: number) => {
  const corpus = corpusWriter(seed);
  return Array.from({ length: count }, () => {
    const sector = corpus.pick(corpus.sectors);
    const { occupation, title } = corpus.title(sector);
    return `${title} ${corpus.description(occupation)}`;
  });
};

describe("the bench:search corpus", () => {
  it("is the same for the same seed and different for another", () => {
    expect(texts(42, 50)).toEqual(texts(42, 50));
    expect(texts(43, 50)).not.toEqual(texts(42, 50));
  });

  it("has thousands of distinct words and few repeated descriptions", () => {
    const all = texts(42, 5_000);
    const words = new Set(all.flatMap((t) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
    expect(words.size).toBeGreaterThan(2_000);
    expect(new Set(all).size).toBeGreaterThan(4_900);
  });
});
