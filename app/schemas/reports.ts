import { z } from "zod";
import { ASSESSMENTS, CASE_STATUSES, REPORT_SUBJECTS, requiresAssessment } from "~/domain/reports";
import { choice, id, optionalEmail, optionalPhone, optionalText, text } from "./fields";

// Form schemas shared by the reporting point and case handling; messages are i18n keys.

export const reportFormSchema = z.object({
  subject: choice(REPORT_SUBJECTS, "reports:choose_subject"),
  organisation: optionalText(200),
  municipalityId: id("forms:choose_option"),
  description: text(5000, { min: 10, tooShort: "reports:description_too_short" }),
  contactName: optionalText(100),
  contactEmail: optionalEmail(),
  contactPhone: optionalPhone(),
  // The honeypot: people do not see it as a task (its label says to leave it empty); bots fill it.
  website: z.string().optional(),
});

export const addInformationSchema = z.object({
  reference: text(40),
  text: text(5000),
  website: z.string().optional(),
});

export const assignSchema = z.object({
  intent: z.literal("assign"),
  assigneeId: id("oversight:errors.unknown_officer"),
});
export const noteSchema = z.object({
  intent: z.literal("note"),
  text: text(5000, { required: "oversight:errors.note_required" }),
});
export const statusSchema = z
  .object({
    intent: z.literal("status"),
    status: choice(CASE_STATUSES),
    // Absent keeps the stored assessment; the service still refuses a referral or closure without one.
    assessment: choice(ASSESSMENTS).optional(),
    note: optionalText(5000),
  })
  .superRefine((value, ctx) => {
    if (requiresAssessment(value.status) && value.assessment === "unassessed") {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["assessment"], message: "oversight:case.assessment_required" });
    }
  });
export const linkSchema = z.object({
  intent: z.literal("link"),
  organisationId: id("oversight:errors.unknown_organisation"),
});
export const caseSchemas = { assign: assignSchema, note: noteSchema, status: statusSchema, link: linkSchema } as const;
export type CaseIntent = keyof typeof caseSchemas;

// An officer's decision whether an organisation in the ranking is named, with the reason.
export const rankingDecisionSchema = z.object({
  organisationId: id(),
  named: choice(["yes", "no"]),
  reason: text(2000, { required: "oversight:errors.reason_required", min: 5 }),
});
