import { z } from "zod";

// DESIGN §3.1: hours per week 8–40, one allowance in whole euros. Nothing else about
// pay exists in the input, so tiers by age, school year or level cannot be expressed.
export const MIN_HOURS = 8;
export const MAX_HOURS = 40;

/** A sanity bound for an hourly wage, far above any real one: €100 an hour. */
export const MAX_HOURLY_WAGE_CENTS = 10_000;

export type PayInputField = "hoursPerWeek" | "monthlyAllowance" | "hourlyWage" | "fullTimeHours";
export type PayInputErrorCode = "not_whole" | "out_of_range" | "negative" | "invalid" | "missing" | "wrong_route";

const MESSAGE_KEYS: Record<PayInputField, Partial<Record<PayInputErrorCode, string>>> = {
  hoursPerWeek: { not_whole: "validation:hours_whole", out_of_range: "validation:hours_range" },
  monthlyAllowance: {
    not_whole: "validation:allowance_whole_euros",
    negative: "validation:allowance_negative",
    missing: "validation:allowance_required_bol",
    wrong_route: "validation:allowance_not_for_bbl",
  },
  hourlyWage: {
    not_whole: "validation:wage_format",
    negative: "validation:wage_negative",
    out_of_range: "validation:wage_too_high",
    missing: "validation:wage_required_bbl",
    wrong_route: "validation:wage_not_for_bol",
  },
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

type PayInput = {
  route?: "BOL" | "BBL";
  hoursPerWeek: number;
  monthlyAllowance?: number | null;
  hourlyWageCents?: number | null;
  fullTimeHours: number;
};

/**
 * Throws PayInputError for the first field that is wrong. A BOL internship has a monthly
 * allowance and no wage; a BBL one an hourly wage and no allowance: a BBL learner is an
 * employee, so a monthly allowance cannot stand in for the wage.
 */
export function validatePayInput(input: PayInput): void {
  if (!Number.isInteger(input.hoursPerWeek)) throw new PayInputError("hoursPerWeek", "not_whole");
  if (input.hoursPerWeek < MIN_HOURS || input.hoursPerWeek > MAX_HOURS) throw new PayInputError("hoursPerWeek", "out_of_range");
  const allowance = input.monthlyAllowance ?? null;
  const wage = input.hourlyWageCents ?? null;
  if ((input.route ?? "BOL") === "BBL") {
    if (allowance !== null) throw new PayInputError("monthlyAllowance", "wrong_route");
    if (wage === null) throw new PayInputError("hourlyWage", "missing");
    if (!Number.isInteger(wage)) throw new PayInputError("hourlyWage", "not_whole");
    if (wage < 0) throw new PayInputError("hourlyWage", "negative");
    if (wage > MAX_HOURLY_WAGE_CENTS) throw new PayInputError("hourlyWage", "out_of_range");
  } else {
    if (wage !== null) throw new PayInputError("hourlyWage", "wrong_route");
    if (allowance === null) throw new PayInputError("monthlyAllowance", "missing");
    if (!Number.isInteger(allowance)) throw new PayInputError("monthlyAllowance", "not_whole");
    if (allowance < 0) throw new PayInputError("monthlyAllowance", "negative");
  }
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
 * An hourly wage as people write it: "14", "14,5", "14.50", "€ 14,50". At most two
 * decimals; the value is whole cents, so no float error reaches the check.
 */
export const hourlyWageSchema = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    const text = v.trim().replace(/^€\s*/, "");
    if (/^-/.test(text)) return -1;
    const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(text);
    if (!match) return v;
    return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  },
  z
    .number({ required_error: "forms:required", invalid_type_error: "validation:wage_format" })
    .int("validation:wage_format")
    .nonnegative("validation:wage_negative")
    .max(MAX_HOURLY_WAGE_CENTS, "validation:wage_too_high"),
);

/** Cents as the form shows them again: "1450" → "14,50" (nl) or "14.50" (en). */
export function formatWageInput(cents: number, locale: "nl" | "en"): string {
  const text = (cents / 100).toFixed(2);
  return locale === "nl" ? text.replace(".", ",") : text;
}

/**
 * The pay part of an internship request on its own. Strict, so an API request that
 * adds fields such as an age tier is refused rather than silently ignored.
 */
export const payFieldsSchema = z.object({ hoursPerWeek: hoursPerWeekSchema, monthlyAllowance: monthlyAllowanceSchema }).strict("validation:pay_fields_unknown");
