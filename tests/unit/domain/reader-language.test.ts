import { describe, expect, it } from "vitest";
import { makePseudonym, markersFor, pseudonymFor, scrubText } from "~/domain/anonymisation";

describe("stored Dutch words shown in the reader's language", () => {
  const stored = makePseudonym(new Uint8Array([1, 2, 3, 4, 5]));

  it.each([
    ["nl", stored, stored],
    ["en", stored, stored.replace(/^Kandidaat /, "Candidate ")],
    ["en", "Something else", "Something else"],
  ])("pseudonym in %s: %s → %s", (locale, input, shown) => {
    expect(pseudonymFor(input, locale)).toBe(shown);
  });

  it.each([
    ["nl", "Bel [telefoon] of mail [e-mail], ik ben [naam], zie [link]", "Bel [telefoon] of mail [e-mail], ik ben [naam], zie [link]"],
    ["en", "Bel [telefoon] of mail [e-mail], ik ben [naam], zie [link]", "Bel [phone] of mail [e-mail], ik ben [name], zie [link]"],
    ["en", "geen markers [naamloos]", "geen markers [naamloos]"],
  ])("markers in %s: %s", (locale, input, shown) => {
    expect(markersFor(input, locale)).toBe(shown);
  });

  it("renders every marker the scrubber writes", () => {
    const { text } = scrubText("Ik ben Noa, bel 06-12345678, mail noa@example.com of zie www.example.com", { names: ["Noa"] });
    expect(markersFor(text, "en")).toBe("Ik ben [name], bel [phone], mail [e-mail] of zie [link]");
  });
});
