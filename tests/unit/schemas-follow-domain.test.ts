import { describe, expect, it } from "vitest";
import { FULL_TIME_HOURS, GRACE_PERIOD_DAYS } from "~/domain/municipality";
import { isSnaRegistryNumber } from "~/domain/keurmerk";
import { MAX_HOURS, MIN_HOURS, PAY_RULE_KINDS } from "~/domain/pay-code";
import { DISCRIMINATION_CATEGORIES } from "~/domain/reports";
import { discriminationReportSchema, profileSchema } from "~/schemas/applications";
import { grantSchemas } from "~/schemas/keurmerk";
import { municipalitySettingsSchema, payRuleSchema } from "~/schemas/pay-rules";

// The forms take their lists and limits from the domain: a form accepts exactly what the
// rule accepts, at the edges too.

const accepts = (result: { success: boolean }) => result.success;

describe("form schemas follow the domain's rules", () => {
  it.each(DISCRIMINATION_CATEGORIES)("a discrimination report accepts the domain's category %s", (category) => {
    expect(accepts(discriminationReportSchema.safeParse({ category, description: "Ik werd geweigerd om mijn naam." }))).toBe(true);
  });

  it("a discrimination report refuses a category the domain does not have", () => {
    expect(accepts(discriminationReportSchema.safeParse({ category: "allowance_not_paid", description: "Ik werd geweigerd om mijn naam." }))).toBe(false);
  });

  it.each(PAY_RULE_KINDS)("a pay rule of the domain's kind %s is accepted with the amount its kind needs", (kind) => {
    const amount = kind === "living_wage" || kind === "minimum_wage" ? { hourlyMinimum: "14,40" } : { monthlyMinimum: "400" };
    expect(accepts(payRuleSchema.safeParse({ intent: "rule", municipalityId: "m1", kind, validFrom: "2027-01-01", ...amount }))).toBe(true);
  });

  it.each([
    [MIN_HOURS - 1, false],
    [MIN_HOURS, true],
    [MAX_HOURS, true],
    [MAX_HOURS + 1, false],
  ])("a student's available hours of %i are accepted: %s", (availableHours, ok) => {
    const result = profileSchema.safeParse({ firstName: "Noa", lastName: "Jansen", availableHours });
    expect(result.success ? true : !result.error.issues.some((i) => i.path[0] === "availableHours")).toBe(ok);
  });

  it.each([
    ["fullTimeHours", FULL_TIME_HOURS.min - 1, false],
    ["fullTimeHours", FULL_TIME_HOURS.min, true],
    ["fullTimeHours", FULL_TIME_HOURS.max, true],
    ["fullTimeHours", FULL_TIME_HOURS.max + 1, false],
    ["gracePeriodDays", GRACE_PERIOD_DAYS.min - 1, false],
    ["gracePeriodDays", GRACE_PERIOD_DAYS.max, true],
    ["gracePeriodDays", GRACE_PERIOD_DAYS.max + 1, false],
  ] as const)("the municipality's %s of %i is accepted: %s", (field, value, ok) => {
    const input = { intent: "settings", municipalityId: "m1", fullTimeHours: "36", gracePeriodDays: "30", [field]: String(value) };
    expect(accepts(municipalitySettingsSchema.safeParse(input))).toBe(ok);
  });

  it.each(["AB-123", "ab", "x".repeat(31), "12 34", "SNA-2027-0042"])(
    "an SNA registry number %s is accepted exactly when the domain accepts it",
    (registryNumber) => {
      const result = grantSchemas.sna.safeParse({ intent: "sna", organisationId: "o1", registryNumber });
      expect(result.success).toBe(isSnaRegistryNumber(registryNumber));
    },
  );
});
