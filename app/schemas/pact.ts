import { HOURLY_RULE_KINDS, hourlyWageSchema, isHourlyRuleKind, MONTHLY_RULE_KINDS } from "~/domain/pay-code";
import { z } from "zod";
import { FULL_TIME_HOURS, GRACE_PERIOD_DAYS } from "~/domain/municipality";
import { OFFICER_ACTIONS, SIGNATURE_REASON_MAX_LENGTH } from "~/domain/pact";
import { choice, dateString, email, id, optionalText, text, wholeNumber } from "./fields";

// Forms about the Stagepact: signing, officers' decisions, new versions. Messages are i18n keys.

const name = (max: number) => text(max);

export const signPactSchema = z.object({
  intent: z.literal("sign"),
  pactVersionId: id(),
  signerName: name(100),
  signerRole: name(100),
  // One checkbox per commitment; the service checks that every one is ticked.
  commitment: z.array(z.string().max(60)).max(50).default([]),
});

export const resubmitSchema = z.object({ intent: z.literal("resubmit") });

export const signatureDecisionSchema = z.object({
  intent: choice(OFFICER_ACTIONS),
  signatureId: id(),
  reason: optionalText(SIGNATURE_REASON_MAX_LENGTH),
});

export const ORGANISATION_DECISIONS = ["verify", "request_changes"] as const;
export const organisationDecisionSchema = z.object({
  intent: choice(ORGANISATION_DECISIONS),
  reason: optionalText(SIGNATURE_REASON_MAX_LENGTH),
});

const validFrom = dateString("rules:errors.date_invalid");

export const pactVersionSchema = z
  .object({
    municipalityId: id("forms:choose_option"),
    titleNl: name(150),
    titleEn: name(150),
    textNl: name(20_000),
    textEn: name(20_000),
    // One commitment per line, in the same order in both languages.
    commitmentsNl: name(10_000),
    commitmentsEn: name(10_000),
    validFrom,
  })
  .superRefine((v, ctx) => {
    const nl = splitLines(v.commitmentsNl);
    const en = splitLines(v.commitmentsEn);
    if (nl.length !== en.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["commitmentsEn"], message: "rules:errors.commitments_mismatch" });
    if (nl.length > 30) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["commitmentsNl"], message: "rules:errors.commitments_too_many" });
  });

export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

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

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: email(),
  role: choice(["owner", "recruiter"]),
});
