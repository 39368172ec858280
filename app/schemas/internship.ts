import { z } from "zod";
import { postcodeSchema } from "~/domain/organisation";
import { hourlyWageSchema, hoursPerWeekSchema, INTERNSHIP_ROUTES, monthlyAllowanceSchema } from "~/domain/pay-code";

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
    route: z.enum(INTERNSHIP_ROUTES, { errorMap: () => ({ message: "forms:choose_option" }) }),
    hoursPerWeek: hoursPerWeekSchema,
    // One of the two, by route; routeAmounts below says which and refuses the other.
    monthlyAllowance: monthlyAllowanceSchema.optional(),
    hourlyWage: hourlyWageSchema.optional(),
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
    // Optional, so a place of work without one can still be listed; without it the
    // internship has no coordinates and is not found by distance.
    locationPostcode: postcodeSchema.optional(),
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
  .strict("validation:pay_fields_unknown")
  .superRefine(routeAmounts);

/**
 * BOL has a monthly allowance and BBL an hourly wage; the other amount must be empty, so
 * a BBL post cannot pass a monthly amount off as its wage (or the reverse). The message
 * sits next to the field that is wrong.
 */
function routeAmounts(value: { route?: string; monthlyAllowance?: number; hourlyWage?: number }, ctx: z.RefinementCtx) {
  if (value.route === "BBL") {
    if (value.monthlyAllowance !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["monthlyAllowance"], message: "validation:allowance_not_for_bbl" });
    if (value.hourlyWage === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyWage"], message: "validation:wage_required_bbl" });
  } else if (value.route === "BOL") {
    if (value.hourlyWage !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyWage"], message: "validation:wage_not_for_bol" });
    if (value.monthlyAllowance === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["monthlyAllowance"], message: "validation:allowance_required_bol" });
  }
}

export type InternshipInput = z.infer<typeof internshipFormSchema>;
export type InternshipFields = Omit<InternshipInput, "intent">;

/** The live pay check's query (a GET from the form while typing). */
export const payPreviewSchema = z
  .object({
    route: z.enum(INTERNSHIP_ROUTES).default("BOL"),
    hoursPerWeek: hoursPerWeekSchema,
    monthlyAllowance: monthlyAllowanceSchema.optional(),
    hourlyWage: hourlyWageSchema.optional(),
  })
  .superRefine(routeAmounts);
