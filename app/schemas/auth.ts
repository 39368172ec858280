import { z } from "zod";

// Messages are i18n keys (namespace "forms"); the form component translates them.
const email = z
  .string({ required_error: "forms:required" })
  .trim()
  .toLowerCase()
  .max(254, "forms:too_long")
  .email("forms:email_invalid");

export const passwordSchema = z
  .string({ required_error: "forms:required" })
  .min(12, "forms:password_too_short")
  .max(200, "forms:too_long");

export const signInSchema = z.object({
  email,
  password: z.string({ required_error: "forms:required" }).min(1, "forms:required").max(200, "forms:too_long"),
  redirectTo: z.string().optional(),
});

const name = (max = 100) => z.string({ required_error: "forms:required" }).trim().min(1, "forms:required").max(max, "forms:too_long");

export const accountSchema = z.object({
  name: name(),
  email,
  password: passwordSchema,
  acceptTerms: z.literal("on", { errorMap: () => ({ message: "forms:accept_terms" }) }),
});

// A student gives first and last name once; the account's display name is made of them.
export const studentSignUpSchema = accountSchema.omit({ name: true }).extend({
  accountType: z.literal("student"),
  firstName: name(60),
  lastName: name(80),
});

export const accountTypeSchema = z.enum(["student", "employer"], { errorMap: () => ({ message: "forms:account_type" }) });
