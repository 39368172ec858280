import { z } from "zod";
import { isSnaRegistryNumber } from "~/domain/keurmerk";
import { id, requiredCheckbox, text } from "./fields";

// Officer forms for keurmerken; messages are i18n keys.
const date = z.coerce.date({ errorMap: () => ({ message: "keurmerk:errors.date_invalid" }) });
const reason = text(2000, { required: "oversight:errors.reason_required", min: 5 });

export const awardDecisionSchemas = {
  award: z
    .object({ intent: z.literal("award"), validFrom: date, validUntil: date })
    .refine((v) => v.validUntil > v.validFrom, { path: ["validUntil"], message: "keurmerk:errors.period_invalid" }),
  refuse: z.object({ intent: z.literal("refuse"), reason }),
  revoke: z.object({ intent: z.literal("revoke"), reason }),
} as const;
export type AwardIntent = keyof typeof awardDecisionSchemas;

export const grantSchemas = {
  inclusive: z.object({
    intent: z.literal("inclusive"),
    organisationId: id("oversight:errors.unknown_organisation"),
    year: z.coerce
      .number({ errorMap: () => ({ message: "keurmerk:errors.year_invalid" }) })
      .int()
      .min(2000, "keurmerk:errors.year_invalid")
      .max(2100, "keurmerk:errors.year_invalid"),
  }),
  sna: z.object({
    intent: z.literal("sna"),
    organisationId: id("oversight:errors.unknown_organisation"),
    registryNumber: z.string({ required_error: "keurmerk:errors.registry_invalid" }).trim().refine(isSnaRegistryNumber, "keurmerk:errors.registry_invalid"),
    validUntil: z.coerce.date({ errorMap: () => ({ message: "keurmerk:errors.date_invalid" }) }).optional(),
  }),
} as const;
export type GrantIntent = keyof typeof grantSchemas;

/** The employer's Fair Hospitality application, without the file (checked separately). */
export const fairHospitalitySchema = z.object({
  permanentShare: z.coerce
    .number({ errorMap: () => ({ message: "keurmerk:errors.percentage" }) })
    .int("keurmerk:errors.percentage")
    .min(0, "keurmerk:errors.percentage")
    .max(100, "keurmerk:errors.percentage"),
  caoWages: requiredCheckbox("keurmerk:errors.cao_required"),
  zeroHoursPhasedOutBy: z.coerce.date({ errorMap: () => ({ message: "keurmerk:errors.date_invalid" }) }),
  evidenceText: z.string().trim().max(5000, "forms:too_long").optional(),
  // Checked in the action (size, type, magic bytes); declared so the form knows the field.
  evidenceFile: z.any().optional(),
});
