import { describe, expect, it } from "vitest";
import { createI18n } from "~/i18n/config";
import { checkPay, compareWithCode, PayInputError, requiredAmount, type PayRule } from "~/domain/pay-code";
import type { OrganisationKind } from "~/domain/organisation";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const rule = (over: Partial<PayRule>): PayRule => ({
  id: "r",
  municipalityId: "ams",
  kind: "pact",
  monthlyMinimum: 400,
  version: 1,
  validFrom: d("2025-01-01"),
  validUntil: null,
  ...over,
});

const amsterdam: PayRule[] = [
  rule({ id: "ams-pact-1", kind: "pact", monthlyMinimum: 400, validUntil: d("2027-01-01") }),
  rule({ id: "ams-pact-2", kind: "pact", monthlyMinimum: 425, version: 2, validFrom: d("2027-01-01") }),
  rule({ id: "ams-code-1", kind: "municipal_code", monthlyMinimum: 500 }),
  rule({ id: "alm-pact-1", municipalityId: "alm", kind: "pact", monthlyMinimum: 450 }),
  rule({ id: "alm-code-1", municipalityId: "alm", kind: "municipal_code", monthlyMinimum: 520 }),
];

type Row = [string, OrganisationKind, number, number, string, number, string, boolean, number, number];

describe("the pay check", () => {
  // name, kind, hours, allowance, date, fullTime, municipality → compliant, required, shortfall
  it.each<Row>([
    ["a private employer at the pact minimum for 36 h", "private", 36, 400, "2026-06-01", 36, "ams", true, 400, 0],
    ["a private employer one euro short", "private", 36, 399, "2026-06-01", 36, "ams", false, 400, 1],
    ["a private employer at €350 for 36 h", "private", 36, 350, "2026-06-01", 36, "ams", false, 400, 50],
    ["zero allowance", "private", 36, 0, "2026-06-01", 36, "ams", false, 400, 400],
    ["the municipality itself at €500", "municipality", 36, 500, "2026-06-01", 36, "ams", true, 500, 0],
    ["the municipality at the pact minimum only", "municipality", 36, 400, "2026-06-01", 36, "ams", false, 500, 100],
    ["a subsidised institution at €499", "subsidised", 36, 499, "2026-06-01", 36, "ams", false, 500, 1],
    ["part time 20 h at €400 rounds up to €223", "private", 20, 223, "2026-06-01", 36, "ams", true, 223, 0],
    ["part time 20 h at €222 is one short", "private", 20, 222, "2026-06-01", 36, "ams", false, 223, 1],
    ["part time 24 h at €500 asks €334 (rounded up)", "subsidised", 24, 334, "2026-06-01", 36, "ams", true, 334, 0],
    ["part time 8 h at €400 asks €89", "private", 8, 89, "2026-06-01", 36, "ams", true, 89, 0],
    ["40 h does not raise the full-time minimum", "private", 40, 400, "2026-06-01", 36, "ams", true, 400, 0],
    ["the day before a new pact version, the old one counts", "private", 36, 400, "2026-12-31", 36, "ams", true, 400, 0],
    ["the day a new pact version starts, it counts", "private", 36, 400, "2027-01-01", 36, "ams", false, 425, 25],
    ["another municipality with other values", "private", 36, 450, "2026-06-01", 36, "alm", true, 450, 0],
    ["another municipality's code for a subsidised institution", "subsidised", 36, 500, "2026-06-01", 36, "alm", false, 520, 20],
    ["a municipality with a 38-hour week: 19 h asks half", "private", 19, 200, "2026-06-01", 38, "ams", true, 200, 0],
  ])("%s", (_name, kind, hours, allowance, date, fullTime, municipalityId, compliant, required, shortfall) => {
    const result = checkPay({ organisationKind: kind, hoursPerWeek: hours, monthlyAllowance: allowance, fullTimeHours: fullTime, municipalityId, rules: amsterdam, at: d(date) });
    expect(result.status).toBe("checked");
    if (result.status !== "checked") return;
    expect({ compliant: result.compliant, required: result.requiredAmount, shortfall: result.shortfall }).toEqual({ compliant, required, shortfall });
  });

  it("stores which rule and version decided", () => {
    const result = checkPay({ organisationKind: "municipality", hoursPerWeek: 36, monthlyAllowance: 500, fullTimeHours: 36, municipalityId: "ams", rules: amsterdam, at: d("2027-02-01") });
    expect(result).toMatchObject({ ruleId: "ams-code-1", ruleKind: "municipal_code", ruleVersion: 1 });
  });

  it("says there is no rule when the municipality has none in force", () => {
    const result = checkPay({ organisationKind: "private", hoursPerWeek: 36, monthlyAllowance: 900, fullTimeHours: 36, municipalityId: "ams", rules: amsterdam, at: d("2024-06-01") });
    expect(result).toMatchObject({ status: "no_rule", compliant: false });
  });

  it.each([
    [7, 400, "hoursPerWeek"],
    [41, 400, "hoursPerWeek"],
    [36.5, 400, "hoursPerWeek"],
    [36, -1, "monthlyAllowance"],
    [36, 400.5, "monthlyAllowance"],
  ])("refuses %d hours with €%d (%s)", (hours, allowance, field) => {
    const run = () => checkPay({ organisationKind: "private", hoursPerWeek: hours, monthlyAllowance: allowance, fullTimeHours: 36, municipalityId: "ams", rules: amsterdam, at: d("2026-06-01") });
    expect(run).toThrow(PayInputError);
    expect(run).toThrow(new RegExp(field));
  });

  it.each([
    [400, 36, 36, 400],
    [400, 20, 36, 223],
    [500, 24, 36, 334],
    [400, 1, 36, 12],
    [400, 18, 36, 200],
  ])("requires ceil(%d × %d ÷ %d) = %d", (min, hours, ft, expected) => {
    expect(requiredAmount(min, hours, ft)).toBe(expected);
  });

  it.each([
    [450, 400, "above"],
    [400, 400, "at"],
    [399, 400, "below"],
  ] as const)("compares €%d with a required €%d as %s", (allowance, required, expected) => {
    expect(compareWithCode({ monthlyAllowance: allowance, requiredAmount: required })).toBe(expected);
  });

  it.each([
    ["en", "€350 for 36 hours; the code asks at least €400: raise it by €50."],
    ["nl", "€350 voor 36 uur; de code vraagt minstens €400: verhoog met €50."],
  ] as const)("explains a shortfall as a sentence a person can act on (%s)", (locale, sentence) => {
    const result = checkPay({ organisationKind: "private", hoursPerWeek: 36, monthlyAllowance: 350, fullTimeHours: 36, municipalityId: "ams", rules: amsterdam, at: d("2026-06-01") });
    expect(createI18n(locale).t(result.message.key, result.message.params)).toBe(sentence);
  });
});
