import { describe, expect, it } from "vitest";
import {
  allowedCaseTransitions,
  assessmentFromStored,
  assessmentToStored,
  requiresAssessment,
  CaseTransitionError,
  generateReference,
  isValidCategory,
  MYSTERY_GUEST_THRESHOLD,
  mysteryGuestCandidates,
  normaliseReference,
  parseSubject,
  REPORT_SUBJECTS,
  transitionCase,
  type CaseStatus,
} from "~/domain/reports";

const NOW = new Date("2026-11-01T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

describe("case transitions", () => {
  it.each<[CaseStatus, CaseStatus, boolean]>([
    ["new", "in_progress", true],
    ["new", "closed", true],
    ["new", "referred", false],
    ["in_progress", "referred", true],
    ["in_progress", "closed", true],
    ["in_progress", "new", false],
    ["referred", "closed", true],
    ["referred", "in_progress", false],
    ["closed", "in_progress", false],
    ["closed", "new", false],
    ["new", "new", false],
  ])("%s → %s allowed: %s", (from, to, allowed) => {
    if (allowed) expect(transitionCase(from, to)).toBe(to);
    else expect(() => transitionCase(from, to)).toThrow(CaseTransitionError);
    expect(allowedCaseTransitions(from).includes(to)).toBe(allowed);
  });

  it("a closed case offers no further status", () => {
    expect(allowedCaseTransitions("closed")).toEqual([]);
  });
});

describe("the officer's assessment", () => {
  it.each([
    ["new", false],
    ["in_progress", false],
    ["referred", true],
    ["closed", true],
  ] as const)("a case moving to %s needs an assessment: %s", (to, required) => {
    expect(requiresAssessment(to)).toBe(required);
  });

  it.each([
    ["substantiated", true],
    ["not_substantiated", false],
    ["unassessed", null],
  ] as const)("%s is stored as %s and read back", (assessment, stored) => {
    expect(assessmentToStored(assessment)).toBe(stored);
    expect(assessmentFromStored(stored)).toBe(assessment);
  });
});

describe("report subjects", () => {
  it.each([
    ["discrimination:origin", "discrimination", "origin", true],
    ["discrimination:age", "discrimination", "age", true],
    ["complaint:allowance_not_paid", "complaint", "allowance_not_paid", true],
    ["complaint:other", "complaint", "other", true],
  ] as const)("%s is type %s, category %s", (subject, type, category, valid) => {
    expect(parseSubject(subject)).toEqual({ type, category });
    expect(isValidCategory(type, category)).toBe(valid);
  });

  it.each([
    ["complaint", "origin"],
    ["discrimination", "unsafe"],
    ["discrimination", "anything"],
  ] as const)("%s does not have category %s", (type, category) => {
    expect(isValidCategory(type, category)).toBe(false);
  });

  it("offers the seven discrimination and five complaint categories of the design", () => {
    expect(REPORT_SUBJECTS).toHaveLength(12);
  });
});

describe("reference codes", () => {
  it.each([
    [new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0]), "SP-0000-0000-0000"],
    [new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255]), "SP-ZZZZ-ZZZZ-ZZZZ"],
  ])("builds %s into %s", (bytes, expected) => {
    expect(generateReference(bytes)).toBe(expected);
  });

  it("different random bytes give different codes, with no ambiguous letters", () => {
    const a = generateReference(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    const b = generateReference(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 9]));
    expect(a).not.toBe(b);
    for (const code of [a, b]) expect(code).toMatch(/^SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("refuses too few random bytes", () => {
    expect(() => generateReference(new Uint8Array(4))).toThrow();
  });

  it.each([
    ["SP-7K3M-Q9TX-2HBD", "SP-7K3M-Q9TX-2HBD"],
    ["sp-7k3m-q9tx-2hbd", "SP-7K3M-Q9TX-2HBD"],
    [" SP 7K3M Q9TX 2HBD ", "SP-7K3M-Q9TX-2HBD"],
    ["7K3MQ9TX2HBD", "SP-7K3M-Q9TX-2HBD"],
    ["SP-7K3M-Q9TX-2HBO", "SP-7K3M-Q9TX-2HB0"],
    ["SP-1L1I-0000-0000", "SP-1111-0000-0000"],
    ["SP-7K3M-Q9TX", null],
    ["SP-7K3M-Q9TX-2HBDX", null],
    ["SP-7K3M-Q9TX-2HB!", null],
    ["", null],
  ])("reads %j as %j", (input, expected) => {
    expect(normaliseReference(input)).toBe(expected);
  });
});

describe("mystery-guest candidates (3 or more discrimination reports in 12 months)", () => {
  const report = (id: string, organisationId: string | null, days: number, type = "discrimination") => ({
    id,
    organisationId,
    type,
    createdAt: daysAgo(days),
  });

  it.each([
    ["three in the window", [report("a", "org", 1), report("b", "org", 100), report("c", "org", 364)], 1],
    ["two in the window", [report("a", "org", 1), report("b", "org", 100)], 0],
    ["the third just outside 365 days", [report("a", "org", 1), report("b", "org", 100), report("c", "org", 366)], 0],
    ["exactly 365 days ago still counts", [report("a", "org", 1), report("b", "org", 2), report("c", "org", 365)], 1],
    ["complaints do not count", [report("a", "org", 1), report("b", "org", 2), report("c", "org", 3, "complaint")], 0],
    ["reports without an organisation do not count", [report("a", null, 1), report("b", null, 2), report("c", null, 3)], 0],
    ["a report in the future does not count", [report("a", "org", 1), report("b", "org", 2), report("c", "org", -1)], 0],
    ["spread over organisations", [report("a", "x", 1), report("b", "y", 2), report("c", "x", 3)], 0],
  ])("%s → %i candidates", (_, reports, expected) => {
    expect(mysteryGuestCandidates(reports, NOW)).toHaveLength(expected);
  });

  it("lists the reports that make the candidate, most reports first", () => {
    const reports = [
      report("a", "x", 1),
      report("b", "x", 2),
      report("c", "x", 3),
      report("d", "y", 4),
      report("e", "y", 5),
      report("f", "y", 6),
      report("g", "y", 7),
    ];
    expect(mysteryGuestCandidates(reports, NOW)).toEqual([
      { organisationId: "y", count: 4, reportIds: ["d", "e", "f", "g"] },
      { organisationId: "x", count: 3, reportIds: ["a", "b", "c"] },
    ]);
    expect(MYSTERY_GUEST_THRESHOLD).toBe(3);
  });
});
