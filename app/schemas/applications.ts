import { z } from "zod";
import { REJECTION_REASONS, REJECTION_TEXT_MAX_LENGTH } from "~/domain/applications";
import { MAX_HOURS, MIN_HOURS } from "~/domain/pay-code";
import { DISCRIMINATION_CATEGORIES } from "~/domain/reports";
import { choice, optionalPhone, optionalPostcode, optionalText, text } from "./fields";

// Form schemas for the student's profile, applying and the employer's decisions.
// Messages are i18n keys; Conform turns empty fields into undefined.

export const MAX_SKILLS = 15;
export const MAX_SKILL_LENGTH = 40;
export const MOTIVATION_MAX_LENGTH = 3000;

/** Skills are typed one per line (or separated by commas); stored as a JSON array. */
export function parseSkills(value: string | undefined): string[] {
  if (!value) return [];
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const raw of value.split(/[\n,;]/)) {
    const skill = raw.trim().replace(/\s+/g, " ");
    if (skill && !seen.has(skill.toLowerCase())) {
      seen.add(skill.toLowerCase());
      skills.push(skill);
    }
  }
  return skills;
}

export const profileSchema = z.object({
  firstName: text(60),
  tussenvoegsel: optionalText(20),
  lastName: text(80),
  phone: optionalPhone(),
  dateOfBirth: z
    .date({ invalid_type_error: "applications:errors.date_invalid" })
    .min(new Date("1950-01-01"), "applications:errors.date_of_birth_range")
    .max(new Date("2015-12-31"), "applications:errors.date_of_birth_range")
    .optional(),
  street: optionalText(120),
  postcode: optionalPostcode(),
  city: optionalText(80),
  school: optionalText(120),
  qualificationId: z.string().max(60).optional(),
  level: z.number({ invalid_type_error: "forms:choose_option" }).int().min(1, "forms:choose_option").max(4, "forms:choose_option").optional(),
  schoolYear: z
    .number({ invalid_type_error: "applications:errors.school_year" })
    .int("applications:errors.school_year")
    .min(1, "applications:errors.school_year")
    .max(4, "applications:errors.school_year")
    .optional(),
  skills: z
    .string()
    .max(1000, "forms:too_long")
    .optional()
    .superRefine((value, ctx) => {
      const skills = parseSkills(value);
      if (skills.length > MAX_SKILLS) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "applications:errors.too_many_skills" });
      if (skills.some((s) => s.length > MAX_SKILL_LENGTH)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "applications:errors.skill_too_long" });
    }),
  cvText: optionalText(3000),
  availableFrom: z.date({ invalid_type_error: "applications:errors.date_invalid" }).optional(),
  availableHours: z
    .number({ invalid_type_error: "applications:errors.hours_range" })
    .int("applications:errors.hours_range")
    .min(MIN_HOURS, "applications:errors.hours_range")
    .max(MAX_HOURS, "applications:errors.hours_range")
    .optional(),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const applySchema = z.object({
  intent: z.enum(["preview", "send"]).default("preview"),
  motivation: text(MOTIVATION_MAX_LENGTH, {
    required: "applications:errors.motivation_required",
    min: 50,
    tooShort: "applications:errors.motivation_too_short",
  }),
  skills: z.array(z.string().max(MAX_SKILL_LENGTH)).max(MAX_SKILLS).default([]),
  pseudonym: z.string().max(40).optional(),
  token: z.string().max(128).optional(),
});

/** Set to "yes" by the confirmation step of an action that cannot be undone. */
const confirm = z.string().max(10).optional();

export const decisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("review") }),
  z.object({ intent: z.literal("invite"), confirm }),
  z.object({ intent: z.literal("accept") }),
  z.object({
    intent: z.literal("reject"),
    confirm,
    reason: choice(REJECTION_REASONS, "applications:errors.reason_required"),
    reasonText: optionalText(REJECTION_TEXT_MAX_LENGTH),
  }),
]);

export const discriminationReportSchema = z.object({
  category: choice(DISCRIMINATION_CATEGORIES, "applications:errors.category_required"),
  description: text(5000, { required: "applications:errors.description_required", min: 10, tooShort: "applications:errors.description_too_short" }),
});

export const consentSchema = z.object({
  intent: z.literal("consent"),
  retentionConsent: choice(["year", "four_weeks"]),
});

export const deleteAccountSchema = z.object({ intent: z.literal("delete"), confirm });
