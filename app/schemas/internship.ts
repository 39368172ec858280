import { z } from "zod";
import { hoursPerWeekSchema, monthlyAllowanceSchema } from "~/domain/pay-code";

// The employer's internship form. Strict: a posted field that is not here (an age
// tier, a second amount) is refused instead of silently dropped (DESIGN §3.1).
// Messages are i18n keys; Conform turns empty fields into undefined.

const text = (max: number) => z.string({ required_error: "forms:required" }).trim().min(1, "forms:required").max(max, "forms:too_long");
const optionalText = (max: number) => z.string().trim().max(max, "forms:too_long").optional();

export const INTERNSHIP_INTENTS = ["save", "publish"] as const;

export const internshipFormSchema = z
  .object({
    intent: z.enum(INTERNSHIP_INTENTS).default("save"),
    title: text(150),
    description: text(5000),
    qualificationId: z.string({ required_error: "forms:choose_option" }).trim().min(1, "forms:choose_option").max(60),
    level: z.preprocess(
      (v) => (typeof v === "string" && /^\d$/.test(v) ? Number(v) : v),
      z.number({ required_error: "forms:choose_option", invalid_type_error: "forms:choose_option" }).int().min(1, "forms:choose_option").max(4, "forms:choose_option"),
    ),
    route: z.enum(["BOL", "BBL"], { errorMap: () => ({ message: "forms:choose_option" }) }).optional(),
    hoursPerWeek: hoursPerWeekSchema,
    monthlyAllowance: monthlyAllowanceSchema,
    startDate: z
      .string({ required_error: "forms:required" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "employer:errors.date_invalid")
      .transform((v, ctx) => {
        const date = new Date(`${v}T00:00:00Z`);
        if (Number.isNaN(date.getTime())) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: "employer:errors.date_invalid" });
          return z.NEVER;
        }
        return date;
      }),
    durationWeeks: z.preprocess(
      (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
      z
        .number({ required_error: "forms:required", invalid_type_error: "employer:errors.duration_range" })
        .int("employer:errors.duration_range")
        .min(1, "employer:errors.duration_range")
        .max(104, "employer:errors.duration_range"),
    ),
    locationStreet: optionalText(150),
    locationCity: text(80),
    trainerName: text(100),
    trainerEmail: z.string({ required_error: "forms:required" }).trim().toLowerCase().max(254, "forms:too_long").email("forms:email_invalid"),
    trainerPhone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{8,20}$/, "forms:phone_invalid")
      .optional(),
    learningGoals: text(3000),
  })
  .strict("validation:pay_fields_unknown");

export type InternshipInput = z.infer<typeof internshipFormSchema>;
export type InternshipFields = Omit<InternshipInput, "intent">;

/** The live pay check's query (a GET from the form while typing). */
export const payPreviewSchema = z.object({ hoursPerWeek: hoursPerWeekSchema, monthlyAllowance: monthlyAllowanceSchema });
