import { z } from "zod";
import { FULL_TIME_HOURS, GRACE_PERIOD_DAYS } from "~/domain/municipality";
import { HOURLY_RULE_KINDS, hourlyWageSchema, isHourlyRuleKind, MONTHLY_RULE_KINDS } from "~/domain/pay-code";
import { choice, dateString, id, optionalText, wholeNumber } from "./fields";

// The admin's pay-code forms: a minimum for a municipality from a date, and the
// municipality's full-time hours and grace period. Messages are i18n keys.

const validFrom = dateString("rules:errors.date_invalid");

export const payRuleSchema = z
  .object({
    intent: z.literal("rule"),
    municipalityId: id("forms:choose_option"),
    kind: choice([...MONTHLY_RULE_KINDS, ...HOURLY_RULE_KINDS]),
    // Monthly kinds: whole euros for a full-time month; hourly kinds: euros an hour, two decimals.
    hourlyMinimum: hourlyWageSchema.optional(),
    monthlyMinimum: wholeNumber({ min: 1, max: 10_000, message: "validation:allowance_whole_euros", rangeMessage: "rules:errors.minimum_range" }).optional(),
    validFrom,
    note: optionalText(500),
  })
  .superRefine((value, ctx) => {
    const hourly = isHourlyRuleKind(value.kind);
    if (hourly && value.hourlyMinimum === undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyMinimum"], message: "rules:errors.hourly_required" });
    if (hourly && value.monthlyMinimum !== undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["monthlyMinimum"], message: "rules:errors.monthly_not_for_hourly" });
    if (!hourly && value.monthlyMinimum === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["monthlyMinimum"], message: "forms:required" });
    if (!hourly && value.hourlyMinimum !== undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyMinimum"], message: "rules:errors.hourly_not_for_monthly" });
    if (hourly && value.hourlyMinimum === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyMinimum"], message: "rules:errors.minimum_range" });
  });

export const municipalitySettingsSchema = z.object({
  intent: z.literal("settings"),
  municipalityId: id(),
  fullTimeHours: wholeNumber({ ...FULL_TIME_HOURS, message: "rules:errors.full_time_range" }),
  gracePeriodDays: wholeNumber({ ...GRACE_PERIOD_DAYS, message: "rules:errors.grace_range" }),
});
