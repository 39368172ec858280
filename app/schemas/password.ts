import { z } from "zod";
import { passwordSchema, signInSchema } from "./auth";

// Messages are i18n keys; the form component translates them.
export const forgotPasswordSchema = z.object({ email: signInSchema.shape.email });

const newPasswordFields = { newPassword: passwordSchema, confirmPassword: z.string({ required_error: "forms:required" }).max(200, "forms:too_long") };

function confirmMatches(value: { newPassword: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.newPassword !== value.confirmPassword) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["confirmPassword"], message: "auth:password.mismatch" });
  }
}

export const resetPasswordSchema = z
  .object({ token: z.string({ required_error: "auth:password_reset.invalid_title" }).max(128), ...newPasswordFields })
  .superRefine(confirmMatches);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ required_error: "forms:required" }).min(1, "forms:required").max(200, "forms:too_long"),
    ...newPasswordFields,
  })
  .superRefine(confirmMatches);
