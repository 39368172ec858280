import { z } from "zod";
import { email as emailField, requiredCheckbox, text } from "./fields";

// Messages are i18n keys (namespace "forms"); the form component translates them.
const email = emailField();

export const passwordSchema = z.string({ required_error: "forms:required" }).min(12, "forms:password_too_short").max(200, "forms:too_long");

export const signInSchema = z.object({
  email,
  password: z.string({ required_error: "forms:required" }).min(1, "forms:required").max(200, "forms:too_long"),
  redirectTo: z.string().optional(),
});

export const accountSchema = z.object({
  name: text(100),
  email,
  password: passwordSchema,
  acceptTerms: requiredCheckbox("forms:accept_terms"),
});

// A student gives first and last name once; the account's display name is made of them.
export const studentSignUpSchema = accountSchema.omit({ name: true }).extend({
  accountType: z.literal("student"),
  firstName: text(60),
  lastName: text(80),
});

// A colleague who accepts an invitation without an account creates one with a name and a password.
export const invitationAccountSchema = z.object({
  intent: z.literal("register"),
  name: text(100),
  password: passwordSchema,
});
