import { z } from "zod";

// DESIGN §3.1: hours per week 8–40, one allowance in whole euros. Nothing else about
// pay exists in the input, so tiers by age, school year or level cannot be expressed.
export const MIN_HOURS = 8;
export const MAX_HOURS = 40;

export type PayInputField = "hoursPerWeek" | "monthlyAllowance" | "fullTimeHours";
export type PayInputErrorCode = "not_whole" | "out_of_range" | "negative" | "invalid";

const MESSAGE_KEYS: Record<PayInputField, Partial<Record<PayInputErrorCode, string>>> = {
  hoursPerWeek: { not_whole: "validation:hours_whole", out_of_range: "validation:hours_range" },
  monthlyAllowance: { not_whole: "validation:allowance_whole_euros", negative: "validation:allowance_negative" },
  fullTimeHours: { invalid: "validation:full_time_hours_invalid" },
};

export class PayInputError extends Error {
  /** An i18n key, so a route can show the error next to the field it belongs to. */
  readonly messageKey: string;

  constructor(
    public readonly field: PayInputField,
    public readonly code: PayInputErrorCode,
  ) {
    super(`${field}: ${code}`);
    this.name = "PayInputError";
    this.messageKey = MESSAGE_KEYS[field][code] ?? "validation:pay_input_invalid";
  }
}

/** Throws PayInputError for the first field that is wrong. */
export function validatePayInput(input: { hoursPerWeek: number; monthlyAllowance: number; fullTimeHours: number }): void {
  if (!Number.isInteger(input.hoursPerWeek)) throw new PayInputError("hoursPerWeek", "not_whole");
  if (input.hoursPerWeek < MIN_HOURS || input.hoursPerWeek > MAX_HOURS) throw new PayInputError("hoursPerWeek", "out_of_range");
  if (!Number.isInteger(input.monthlyAllowance)) throw new PayInputError("monthlyAllowance", "not_whole");
  if (input.monthlyAllowance < 0) throw new PayInputError("monthlyAllowance", "negative");
  // The full-time week comes from municipality data, not from the employer; a bad value
  // is a configuration fault, and dividing by it would give nonsense.
  if (!Number.isInteger(input.fullTimeHours) || input.fullTimeHours <= 0) throw new PayInputError("fullTimeHours", "invalid");
}

// Forms send strings. Only plain digits become a number; "€450", "450,-" or
// "400-500" stay strings and fail as the wrong type, so free text never slips into the amount.
const digitsToNumber = (v: unknown) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v);

export const hoursPerWeekSchema = z.preprocess(
  digitsToNumber,
  z
    .number({ required_error: "forms:required", invalid_type_error: "validation:hours_whole" })
    .int("validation:hours_whole")
    .min(MIN_HOURS, "validation:hours_range")
    .max(MAX_HOURS, "validation:hours_range"),
);

export const monthlyAllowanceSchema = z.preprocess(
  digitsToNumber,
  z
    .number({ required_error: "forms:required", invalid_type_error: "validation:allowance_whole_euros" })
    .int("validation:allowance_whole_euros")
    .nonnegative("validation:allowance_negative")
    // A sanity bound, far above any real allowance, so a typo of extra zeros is caught.
    .max(10_000, "validation:allowance_too_high"),
);

/**
 * The pay part of an internship request on its own. Strict, so an API request that
 * adds fields such as an age tier is refused rather than silently ignored.
 */
export const payFieldsSchema = z
  .object({ hoursPerWeek: hoursPerWeekSchema, monthlyAllowance: monthlyAllowanceSchema })
  .strict("validation:pay_fields_unknown");
export type PayFields = z.infer<typeof payFieldsSchema>;
