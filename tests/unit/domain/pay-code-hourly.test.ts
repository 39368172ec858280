import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  allowanceFilterThresholds,
  applicableRuleKinds,
  checkPay,
  comparisonMessage,
  hourlyWageSchema,
  PayInputError,
  type CheckedWage,
  type OrganisationKind,
  type PayCheckInput,
  type PayRule,
} from "../../../app/domain/pay-code";
import { internshipFormSchema } from "../../../app/schemas/internship";
import enPaycode from "../../../app/i18n/locales/en/paycode.json";
import nlPaycode from "../../../app/i18n/locales/nl/paycode.json";

// Work-based (BBL) places: an hourly gross wage against hourly rules that are data per
// municipality, like the monthly ones. Amsterdam: living wage €19 (from 2025) and the
// statutory minimum wage €14.06, raised to €14.71 on 1 January 2026. Almere: only the
// statutory minimum wage, so even its own departments are held to that.
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const rule = (over: Partial<PayRule>): PayRule => ({
  id: "r",
  municipalityId: "ams",
  kind: "minimum_wage",
  monthlyMinimum: null,
  hourlyMinimumCents: 1471,
  version: 1,
  validFrom: d("2025-01-01"),
  validUntil: null,
  ...over,
});
const RULES: PayRule[] = [
  rule({ id: "ams-min-1", hourlyMinimumCents: 1406, validUntil: d("2026-01-01") }),
  rule({ id: "ams-min-2", version: 2, hourlyMinimumCents: 1471, validFrom: d("2026-01-01") }),
  rule({ id: "ams-living-1", kind: "living_wage", hourlyMinimumCents: 1900 }),
  rule({ id: "ams-pact-1", kind: "pact", monthlyMinimum: 400, hourlyMinimumCents: null }),
  rule({ id: "ams-code-1", kind: "municipal_code", monthlyMinimum: 500, hourlyMinimumCents: null }),
  rule({ id: "alm-min-1", municipalityId: "alm", hourlyMinimumCents: 1471 }),
];

const bbl = (over: Partial<PayCheckInput> = {}) =>
  checkPay({
    organisationKind: "private",
    route: "BBL",
    hoursPerWeek: 36,
    hourlyWageCents: 1500,
    monthlyAllowance: null,
    fullTimeHours: 36,
    municipalityId: "ams",
    rules: RULES,
    at: d("2026-06-01"),
    ...over,
  });

const wage = (over: Partial<PayCheckInput> = {}): CheckedWage => {
  const result = bbl(over);
  if (result.status !== "checked" || result.unit !== "hour") throw new Error(`expected an hourly result, got ${result.status}`);
  return result;
};

function t(lng: "nl" | "en") {
  const instance = i18next.createInstance();
  void instance.init({ lng, initAsync: false, resources: { en: { paycode: enPaycode }, nl: { paycode: nlPaycode } }, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

describe("the hourly check for BBL places", () => {
  it.each([
    // kind, wage (cents), compliant, rule, required, shortfall
    ["private", 1471, true, "minimum_wage", 1471, 0],
    ["private", 1470, false, "minimum_wage", 1471, 1],
    ["private", 2500, true, "minimum_wage", 1471, 0],
    ["municipality", 1900, true, "living_wage", 1900, 0],
    ["municipality", 1899, false, "living_wage", 1900, 1],
    ["municipality", 1471, false, "living_wage", 1900, 429],
    ["subsidised", 1400, false, "living_wage", 1900, 500],
    ["contracted", 1900, true, "living_wage", 1900, 0],
    ["contracted", 1800, false, "living_wage", 1900, 100],
  ] as [OrganisationKind, number, boolean, string, number, number][])(
    "%s at %i cents an hour: compliant %s under %s (asks %i, short %i)",
    (organisationKind, hourlyWageCents, compliant, kind, required, shortfall) => {
      const result = wage({ organisationKind, hourlyWageCents });
      expect([result.compliant, result.ruleKind, result.requiredAmount, result.shortfall]).toEqual([compliant, kind, required, shortfall]);
    },
  );

  it.each([
    [16, 1500],
    [36, 1500],
    [40, 1500],
  ])("an hourly wage is not pro rata: %i hours at %i cents meets the minimum wage alike", (hoursPerWeek, hourlyWageCents) => {
    expect(wage({ hoursPerWeek, hourlyWageCents }).requiredAmount).toBe(1471);
  });

  it("hours over the full-time week are checked against the same hourly amount", () => {
    expect(wage({ hoursPerWeek: 40, fullTimeHours: 36, hourlyWageCents: 1471 }).compliant).toBe(true);
  });

  it.each([
    ["2025-12-31T22:59:59Z", 1406],
    ["2026-01-01T00:00:00Z", 1471],
    ["2027-06-01T00:00:00Z", 1471],
  ])("the rule in force at %s asks %i cents", (at, required) => {
    expect(wage({ at: new Date(at) }).requiredAmount).toBe(required);
  });

  it("before any hourly rule there is nothing to check against", () => {
    const result = bbl({ at: d("2024-06-01") });
    expect([result.status, result.compliant, result.message.key]).toEqual(["no_rule", false, "paycode:no_rule_hourly"]);
  });

  it("a municipality without a living wage holds its own departments to the minimum wage", () => {
    const result = wage({ municipalityId: "alm", organisationKind: "municipality", hourlyWageCents: 1471 });
    expect([result.compliant, result.ruleKind]).toEqual([true, "minimum_wage"]);
  });

  it("a BBL place is never checked against a monthly rule, however high its monthly pay", () => {
    // €1,200 a month for 36 hours is about €7.70 an hour: refused, where the €500 code would have passed it.
    expect(() => bbl({ hourlyWageCents: null, monthlyAllowance: 1200 })).toThrow(PayInputError);
    expect(wage({ hourlyWageCents: 770 }).compliant).toBe(false);
  });

  it.each([
    [{ route: "BBL", monthlyAllowance: 1200, hourlyWageCents: null }, "monthlyAllowance", "wrong_route"],
    [{ route: "BBL", monthlyAllowance: null, hourlyWageCents: null }, "hourlyWage", "missing"],
    [{ route: "BBL", hourlyWageCents: -100 }, "hourlyWage", "negative"],
    [{ route: "BBL", hourlyWageCents: 10_001 }, "hourlyWage", "out_of_range"],
    [{ route: "BBL", hourlyWageCents: 14.5 }, "hourlyWage", "not_whole"],
    [{ route: "BOL", monthlyAllowance: 400, hourlyWageCents: 1500 }, "hourlyWage", "wrong_route"],
    [{ route: "BOL", monthlyAllowance: null, hourlyWageCents: null }, "monthlyAllowance", "missing"],
  ] as [Partial<PayCheckInput>, string, string][])("refuses %o on %s (%s)", (over, field, code) => {
    try {
      bbl(over);
      throw new Error("expected a refusal");
    } catch (error) {
      expect(error).toBeInstanceOf(PayInputError);
      expect([(error as PayInputError).field, (error as PayInputError).code]).toEqual([field, code]);
    }
  });

  it.each([
    ["en", { hourlyWageCents: 1400 }, "€14.00 an hour; the code asks at least the statutory minimum wage of €14.71 an hour: raise it by €0.71."],
    ["nl", { hourlyWageCents: 1400 }, "€14,00 per uur; de code vraagt minstens het wettelijk minimumloon van €14,71 per uur: verhoog met €0,71."],
    [
      "en",
      { organisationKind: "municipality", hourlyWageCents: 1400 },
      "€14.00 an hour; the code asks at least the living wage of €19.00 an hour: raise it by €5.00.",
    ],
    ["nl", { organisationKind: "municipality", hourlyWageCents: 1950 }, "€19,50 per uur voldoet aan het leefbaar loon van de gemeente (€19,00 per uur)."],
  ] as ["nl" | "en", Partial<PayCheckInput>, string][])("the sentence in %s for %o", (lng, over, expected) => {
    const result = wage(over);
    expect(t(lng)(result.message.key, result.message.params)).toBe(expected);
  });

  it.each([
    ["en", 2000, "€20.00 gross an hour — above the living wage of €19.00"],
    ["nl", 1900, "€19,00 bruto per uur — precies het leefbaar loon"],
  ] as ["nl" | "en", number, string][])("the internship page's comparison in %s at %i cents", (lng, hourlyWageCents, expected) => {
    const message = comparisonMessage(wage({ organisationKind: "municipality", hourlyWageCents }));
    expect(t(lng)(message.key, message.params)).toBe(expected);
  });
});

describe("which hourly rules apply to whom", () => {
  it.each([
    ["private", "BBL", ["minimum_wage"]],
    ["municipality", "BBL", ["living_wage", "minimum_wage"]],
    ["subsidised", "BBL", ["living_wage", "minimum_wage"]],
    ["contracted", "BBL", ["living_wage", "minimum_wage"]],
    ["private", "BOL", ["pact"]],
    ["contracted", "BOL", ["pact"]],
    ["municipality", "BOL", ["municipal_code", "pact"]],
  ] as [OrganisationKind, "BOL" | "BBL", string[]][])("%s, %s: %o", (kind, route, kinds) => {
    expect(applicableRuleKinds(kind, route)).toEqual(kinds);
  });
});

describe("an hourly wage as typed", () => {
  it.each([
    ["14", 1400],
    ["14,5", 1450],
    ["14.50", 1450],
    ["€ 19,00", 1900],
    [" 0,99 ", 99],
    ["100", 10_000],
  ])("%j is %i cents", (typed, cents) => {
    expect(hourlyWageSchema.parse(typed)).toBe(cents);
  });

  it.each([
    ["14,555", "validation:wage_format"],
    ["-5", "validation:wage_negative"],
    ["100,01", "validation:wage_too_high"],
    ["veertien", "validation:wage_format"],
    ["14 euro", "validation:wage_format"],
  ])("%j is refused with %s", (typed, key) => {
    const result = hourlyWageSchema.safeParse(typed);
    expect(result.success ? null : result.error.issues[0].message).toBe(key);
  });
});

describe("the internship form: one amount, by route, with the message next to the wrong field", () => {
  const base = {
    title: "Leerbaan monteur",
    description: "Werken en leren",
    qualificationId: "q1",
    level: "3",
    hoursPerWeek: "32",
    startDate: "2027-02-01",
    durationWeeks: "40",
    locationCity: "Amsterdam",
    trainerName: "Eva Kok",
    trainerEmail: "eva@example.test",
    learningGoals: "Leren monteren",
  };
  it.each([
    [{ route: "BBL", monthlyAllowance: "1200" }, ["hourlyWage", "monthlyAllowance"], ["validation:wage_required_bbl", "validation:allowance_not_for_bbl"]],
    [{ route: "BBL", hourlyWage: "14,71", monthlyAllowance: "1200" }, ["monthlyAllowance"], ["validation:allowance_not_for_bbl"]],
    [{ route: "BOL", hourlyWage: "14,71" }, ["hourlyWage", "monthlyAllowance"], ["validation:wage_not_for_bol", "validation:allowance_required_bol"]],
    [{ hourlyWage: "14,71" }, ["route"], ["forms:choose_option"]],
  ] as [Record<string, string>, string[], string[]][])("%o", (over, paths, messages) => {
    const result = internshipFormSchema.safeParse({ ...base, ...over });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    expect(issues.map((i) => i.path.join(".")).sort()).toEqual([...paths].sort());
    expect(issues.map((i) => i.message).sort()).toEqual([...messages].sort());
  });

  it.each([
    [
      { route: "BBL", hourlyWage: "19,00" },
      { route: "BBL", hourlyWage: 1900, monthlyAllowance: undefined },
    ],
    [
      { route: "BOL", monthlyAllowance: "450" },
      { route: "BOL", hourlyWage: undefined, monthlyAllowance: 450 },
    ],
  ] as [Record<string, string>, Record<string, unknown>][])("accepts %o", (over, expected) => {
    const result = internshipFormSchema.parse({ ...base, ...over });
    expect({ route: result.route, hourlyWage: result.hourlyWage, monthlyAllowance: result.monthlyAllowance }).toEqual(expected);
  });
});

describe("the allowance filter's thresholds come from the rules in force", () => {
  it.each([
    { name: "Amsterdam and Almere at 400/500", minimums: [400, 500, 400, 500], expected: [400, 500, 600, 700] },
    { name: "Amsterdam raised its pact minimum to 425", minimums: [425, 500, 400, 500], expected: [400, 425, 500, 600, 700] },
    { name: "Almere's own amounts fit beside Amsterdam's", minimums: [400, 500, 450, 520], expected: [400, 450, 500, 520, 600, 700] },
    { name: "a municipality without a code", minimums: [400, null], expected: [400, 500, 600] },
    { name: "steps above start at the next round hundred", minimums: [480], expected: [480, 500, 600] },
    { name: "no rules at all", minimums: [null, null], expected: [] },
  ])("$name", ({ minimums, expected }) => {
    expect(allowanceFilterThresholds(minimums)).toEqual(expected);
  });
});
