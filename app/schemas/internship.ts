import { z } from "zod";
import { postcodeSchema } from "~/domain/organisation";
import { hourlyWageSchema, hoursPerWeekSchema, INTERNSHIP_ROUTES, monthlyAllowanceSchema } from "~/domain/pay-code";
import { choice, dateOnly, email, optionalPhone, optionalText, text, wholeNumber } from "./fields";

// The employer's internship form. Strict: a posted field that is not here (an age
// tier, a second amount) is refused instead of silently dropped (DESIGN §3.1).
// Messages are i18n keys; Conform turns empty fields into undefined.

export const INTERNSHIP_INTENTS = ["save", "publish"] as const;

export const internshipFormSchema = z
  .object({
    intent: z.enum(INTERNSHIP_INTENTS).default("save"),
    title: text(150),
    description: text(5000),
    qualificationId: text(60, { required: "forms:choose_option" }),
    level: wholeNumber({ min: 1, max: 4, message: "forms:choose_option", required: "forms:choose_option" }),
    route: choice(INTERNSHIP_ROUTES),
    hoursPerWeek: hoursPerWeekSchema,
    // One of the two, by route; routeAmounts below says which and refuses the other.
    monthlyAllowance: monthlyAllowanceSchema.optional(),
    hourlyWage: hourlyWageSchema.optional(),
    startDate: dateOnly("employer:errors.date_invalid"),
    durationWeeks: wholeNumber({ min: 1, max: 104, message: "employer:errors.duration_range" }),
    locationStreet: optionalText(150),
    // Optional, so a place of work without one can still be listed; without it the
    // internship has no coordinates and is not found by distance.
    locationPostcode: postcodeSchema.optional(),
    locationCity: text(80),
    trainerName: text(100),
    trainerEmail: email(),
    trainerPhone: optionalPhone(),
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
    if (value.monthlyAllowance !== undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["monthlyAllowance"], message: "validation:allowance_not_for_bbl" });
    if (value.hourlyWage === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyWage"], message: "validation:wage_required_bbl" });
  } else if (value.route === "BOL") {
    if (value.hourlyWage !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["hourlyWage"], message: "validation:wage_not_for_bol" });
    if (value.monthlyAllowance === undefined)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["monthlyAllowance"], message: "validation:allowance_required_bol" });
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
