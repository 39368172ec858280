import { HOURLY_RULE_KINDS, hourlyWageSchema, isHourlyRuleKind, MONTHLY_RULE_KINDS } from "~/domain/pay-code";
import { z } from "zod";
import { FULL_TIME_HOURS, GRACE_PERIOD_DAYS } from "~/domain/municipality";
import { OFFICER_ACTIONS, SIGNATURE_REASON_MAX_LENGTH } from "~/domain/pact";

// Forms about the Stagepact: signing, officers' decisions, new versions. Messages are i18n keys.

const name = (max: number) => z.string({ required_error: "forms:required" }).trim().min(1, "forms:required").max(max, "forms:too_long");

export const signPactSchema = z.object({
  intent: z.literal("sign"),
  pactVersionId: z.string().min(1).max(60),
  signerName: name(100),
  signerRole: name(100),
  // One checkbox per commitment; the service checks that every one is ticked.
  commitment: z.array(z.string().max(60)).max(50).default([]),
});

export const resubmitSchema = z.object({ intent: z.literal("resubmit") });

export const signatureDecisionSchema = z.object({
  intent: z.enum(OFFICER_ACTIONS, { errorMap: () => ({ message: "forms:choose_option" }) }),
  signatureId: z.string().min(1).max(60),
  reason: z.string().trim().max(SIGNATURE_REASON_MAX_LENGTH, "forms:too_long").optional(),
});

export const ORGANISATION_DECISIONS = ["verify", "request_changes"] as const;
export const organisationDecisionSchema = z.object({
  intent: z.enum(ORGANISATION_DECISIONS, { errorMap: () => ({ message: "forms:choose_option" }) }),
  reason: z.string().trim().max(SIGNATURE_REASON_MAX_LENGTH, "forms:too_long").optional(),
});

const dateString = z
  .string({ required_error: "forms:required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "rules:errors.date_invalid");

export const pactVersionSchema = z
  .object({
    municipalityId: z.string({ required_error: "forms:choose_option" }).min(1, "forms:choose_option").max(60),
    titleNl: name(150),
    titleEn: name(150),
    textNl: name(20_000),
    textEn: name(20_000),
    // One commitment per line, in the same order in both languages.
    commitmentsNl: name(10_000),
    commitmentsEn: name(10_000),
    validFrom: dateString,
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

export const payRuleSchema = z.object({
  intent: z.literal("rule"),
  municipalityId: z.string({ required_error: "forms:choose_option" }).min(1, "forms:choose_option").max(60),
  kind: z.enum([...MONTHLY_RULE_KINDS, ...HOURLY_RULE_KINDS], { errorMap: () => ({ message: "forms:choose_option" }) }),
  // Monthly kinds: whole euros for a full-time month; hourly kinds: euros an hour, two decimals.
  hourlyMinimum: hourlyWageSchema.optional(),
  monthlyMinimum: z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z
      .number({ required_error: "forms:required", invalid_type_error: "validation:allowance_whole_euros" })
      .int("validation:allowance_whole_euros")
      .min(1, "rules:errors.minimum_range")
      .max(10_000, "rules:errors.minimum_range"),
  ).optional(),
  validFrom: dateString,
  note: z.string().trim().max(500, "forms:too_long").optional(),
}).superRefine((value, ctx) => {
  const hourly = isHourlyRuleKind(value.kind);
  if (hourly && value.hourlyMinimum === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyMinimum"], message: "rules:errors.hourly_required" });
  if (hourly && value.monthlyMinimum !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["monthlyMinimum"], message: "rules:errors.monthly_not_for_hourly" });
  if (!hourly && value.monthlyMinimum === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["monthlyMinimum"], message: "forms:required" });
  if (!hourly && value.hourlyMinimum !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyMinimum"], message: "rules:errors.hourly_not_for_monthly" });
  if (hourly && value.hourlyMinimum === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyMinimum"], message: "rules:errors.minimum_range" });
});

export const municipalitySettingsSchema = z.object({
  intent: z.literal("settings"),
  municipalityId: z.string().min(1).max(60),
  fullTimeHours: z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ required_error: "forms:required", invalid_type_error: "rules:errors.full_time_range" }).int().min(FULL_TIME_HOURS.min, "rules:errors.full_time_range").max(FULL_TIME_HOURS.max, "rules:errors.full_time_range"),
  ),
  gracePeriodDays: z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ required_error: "forms:required", invalid_type_error: "rules:errors.grace_range" }).int().min(GRACE_PERIOD_DAYS.min, "rules:errors.grace_range").max(GRACE_PERIOD_DAYS.max, "rules:errors.grace_range"),
  ),
});

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: z.string({ required_error: "forms:required" }).trim().toLowerCase().max(254, "forms:too_long").email("forms:email_invalid"),
  role: z.enum(["owner", "recruiter"], { errorMap: () => ({ message: "forms:choose_option" }) }),
});
