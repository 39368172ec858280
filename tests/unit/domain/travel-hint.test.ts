import { describe, expect, it } from "vitest";
import { isTravelHintShown, travelHintFor, type TravelCostHint } from "../../../app/domain/pay-code";

const hint: TravelCostHint = {
  textNl: "Vraag het Jongerenfonds",
  textEn: "Ask the Jongerenfonds",
  url: "https://www.amsterdam.nl/jongeren/",
  allowanceThreshold: 500,
};

describe("is the travel-cost hint shown for this allowance", () => {
  it.each([
    { allowance: 0, threshold: 500, shown: true },
    { allowance: 250, threshold: 500, shown: true },
    { allowance: 499, threshold: 500, shown: true },
    { allowance: 500, threshold: 500, shown: false },
    { allowance: 501, threshold: 500, shown: false },
    { allowance: 1200, threshold: 500, shown: false },
    { allowance: 0, threshold: 1, shown: true },
    { allowance: 1, threshold: 1, shown: false },
    { allowance: 1999, threshold: 2000, shown: true },
    { allowance: Number.NaN, threshold: 500, shown: false },
  ])("an allowance of €$allowance with a threshold of €$threshold: shown $shown", ({ allowance, threshold, shown }) => {
    expect(isTravelHintShown(allowance, threshold)).toBe(shown);
  });

  it.each([
    { locale: "nl" as const, allowance: 400, expected: "Vraag het Jongerenfonds" },
    { locale: "en" as const, allowance: 400, expected: "Ask the Jongerenfonds" },
  ])("gives the hint in the reader's language ($locale)", ({ locale, allowance, expected }) => {
    expect(travelHintFor(hint, allowance, locale)).toEqual({ text: expected, url: hint.url, allowanceThreshold: 500 });
  });

  it("gives nothing when the allowance reaches the threshold", () => {
    expect(travelHintFor(hint, 500, "nl")).toBeNull();
  });

  it("gives nothing when the municipality has no hint", () => {
    expect(travelHintFor(null, 0, "en")).toBeNull();
    expect(travelHintFor(undefined, 0, "nl")).toBeNull();
  });
});
