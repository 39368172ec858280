import { describe, expect, it } from "vitest";
import { renderPactText, type CodeAmounts } from "~/domain/pact";
import { minimumsInForce, type PayRule } from "~/domain/pay-code";

const amounts: CodeAmounts = { pactMinimum: 425, municipalMinimum: 525, fullTimeHours: 36 };

describe("renderPactText: the stored text with the amounts of the rule in force", () => {
  const cases: { name: string; text: string; amounts?: CodeAmounts; expected: string }[] = [
    { name: "the pact minimum", text: "at least €{pactMinimum} a month", expected: "at least €425 a month" },
    { name: "the municipal code", text: "at least €{municipalMinimum}", expected: "at least €525" },
    { name: "the full-time week", text: "for {fullTimeHours} hours", expected: "for 36 hours" },
    { name: "every occurrence", text: "€{pactMinimum} / €{pactMinimum}", expected: "€425 / €425" },
    { name: "all three together", text: "€{pactMinimum}, €{municipalMinimum}, {fullTimeHours} h", expected: "€425, €525, 36 h" },
    {
      name: "a text without placeholders stays as written",
      text: "No productive work without supervision.",
      expected: "No productive work without supervision.",
    },
    { name: "unknown braces stay as written", text: "{municipality} {pactminimum} {{pactMinimum}}", expected: "{municipality} {pactminimum} {425}" },
    { name: "no rule in force: no stale number", text: "at least €{pactMinimum}", amounts: { ...amounts, pactMinimum: null }, expected: "at least €…" },
    { name: "another rule, another amount", text: "€{pactMinimum}", amounts: { ...amounts, pactMinimum: 400 }, expected: "€400" },
    { name: "an empty text", text: "", expected: "" },
  ];
  it.each(cases)("$name", ({ text, amounts: a, expected }) => {
    expect(renderPactText(text, a ?? amounts)).toBe(expected);
  });
});

describe("minimumsInForce: the amounts of the rule in force on a day", () => {
  const d = (iso: string) => new Date(iso);
  const rule = (over: Partial<PayRule>): PayRule => ({
    id: "r",
    municipalityId: "ams",
    kind: "pact",
    hourlyMinimumCents: null,
    monthlyMinimum: 400,
    version: 1,
    validFrom: d("2025-01-01T00:00:00Z"),
    validUntil: null,
    ...over,
  });
  const rules = [
    rule({ id: "p1", validUntil: d("2026-06-01T00:00:00Z") }),
    rule({ id: "p2", version: 2, monthlyMinimum: 425, validFrom: d("2026-06-01T00:00:00Z") }),
    rule({ id: "m1", kind: "municipal_code", monthlyMinimum: 500 }),
    rule({ id: "a1", municipalityId: "alm", monthlyMinimum: 390 }),
  ];
  const cases: { name: string; at: string; municipality: string; expected: { pact: number | null; municipal_code: number | null } }[] = [
    { name: "before the raise", at: "2026-05-31T23:59:59Z", municipality: "ams", expected: { pact: 400, municipal_code: 500 } },
    { name: "the instant the raise starts", at: "2026-06-01T00:00:00Z", municipality: "ams", expected: { pact: 425, municipal_code: 500 } },
    { name: "another municipality keeps its own", at: "2026-06-01T00:00:00Z", municipality: "alm", expected: { pact: 390, municipal_code: null } },
    { name: "before any rule", at: "2024-12-31T23:59:59Z", municipality: "ams", expected: { pact: null, municipal_code: null } },
  ];
  it.each(cases)("$name", ({ at, municipality, expected }) => {
    expect(minimumsInForce(rules, municipality, d(at))).toEqual({ ...expected, living_wage: null, minimum_wage: null });
  });

  it("two versions left open: the newest counts", () => {
    const open = [rule({ id: "p1" }), rule({ id: "p2", version: 2, monthlyMinimum: 425, validFrom: d("2026-06-01T00:00:00Z") })];
    expect(minimumsInForce(open, "ams", d("2026-07-01T00:00:00Z")).pact).toBe(425);
  });
});
