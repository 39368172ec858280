import { z } from "zod";
import { ASSESSMENTS, CASE_STATUSES, REPORT_SUBJECTS, requiresAssessment } from "~/domain/reports";

// Form schemas shared by the reporting point and case handling; messages are i18n keys.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "forms:too_long")
    .optional()
    .transform((v) => (v ? v : undefined));

export const reportFormSchema = z.object({
  subject: z.enum(REPORT_SUBJECTS, { errorMap: () => ({ message: "reports:choose_subject" }) }),
  organisation: optionalText(200),
  municipalityId: z.string({ required_error: "forms:choose_option" }).min(1, "forms:choose_option"),
  description: z.string({ required_error: "forms:required" }).trim().min(10, "reports:description_too_short").max(5000, "forms:too_long"),
  contactName: optionalText(100),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "forms:too_long")
    .email("forms:email_invalid")
    .optional(),
  contactPhone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{8,20}$/, "forms:phone_invalid")
    .optional(),
  // The honeypot: people do not see it as a task (its label says to leave it empty); bots fill it.
  website: z.string().optional(),
});

export const addInformationSchema = z.object({
  reference: z.string({ required_error: "forms:required" }).trim().min(1, "forms:required").max(40, "forms:too_long"),
  text: z.string({ required_error: "forms:required" }).trim().min(1, "forms:required").max(5000, "forms:too_long"),
  website: z.string().optional(),
});

export const assignSchema = z.object({
  intent: z.literal("assign"),
  assigneeId: z.string({ required_error: "oversight:errors.unknown_officer" }).min(1, "oversight:errors.unknown_officer"),
});
export const noteSchema = z.object({
  intent: z.literal("note"),
  text: z.string({ required_error: "oversight:errors.note_required" }).trim().min(1, "oversight:errors.note_required").max(5000, "forms:too_long"),
});
export const statusSchema = z
  .object({
    intent: z.literal("status"),
    status: z.enum(CASE_STATUSES, { errorMap: () => ({ message: "forms:choose_option" }) }),
    // Absent keeps the stored assessment; the service still refuses a referral or closure without one.
    assessment: z.enum(ASSESSMENTS, { errorMap: () => ({ message: "forms:choose_option" }) }).optional(),
    note: optionalText(5000),
  })
  .superRefine((value, ctx) => {
    if (requiresAssessment(value.status) && value.assessment === "unassessed") {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["assessment"], message: "oversight:case.assessment_required" });
    }
  });
export const linkSchema = z.object({
  intent: z.literal("link"),
  organisationId: z.string({ required_error: "oversight:errors.unknown_organisation" }).min(1, "oversight:errors.unknown_organisation"),
});
export const caseSchemas = { assign: assignSchema, note: noteSchema, status: statusSchema, link: linkSchema } as const;
export type CaseIntent = keyof typeof caseSchemas;
