import { z } from "zod";
import { FULL_TIME_HOURS, GRACE_PERIOD_DAYS, MUNICIPALITY_SLUG, RESIGN_PERIOD_DAYS, RESPONSE_PERIOD_DAYS } from "~/domain/municipality";

// The admin's municipality form. Messages are i18n keys (namespace "municipalities").
const whole = (range: { min: number; max: number }, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ required_error: "forms:required", invalid_type_error: key }).int(key).min(range.min, key).max(range.max, key),
  );

export const municipalitySchema = z.object({
  intent: z.literal("municipality"),
  name: z.string({ required_error: "forms:required" }).trim().min(2, "municipalities:errors.name_length").max(80, "municipalities:errors.name_length"),
  slug: z
    .string({ required_error: "forms:required" })
    .trim()
    .toLowerCase()
    .regex(MUNICIPALITY_SLUG, "municipalities:errors.slug_format"),
  fullTimeHours: whole(FULL_TIME_HOURS, "municipalities:errors.full_time_range"),
  gracePeriodDays: whole(GRACE_PERIOD_DAYS, "municipalities:errors.grace_range"),
  resignPeriodDays: whole(RESIGN_PERIOD_DAYS, "municipalities:errors.resign_range"),
  responsePeriodDays: whole(RESPONSE_PERIOD_DAYS, "municipalities:errors.response_range"),
  districts: z.string().max(5000, "forms:too_long").optional(),
});
export type MunicipalityInput = z.infer<typeof municipalitySchema>;

export const officerInviteSchema = z.object({
  intent: z.literal("invite-officer"),
  email: z.string({ required_error: "forms:required" }).trim().toLowerCase().max(254, "forms:too_long").email("forms:email_invalid"),
  name: z.string({ required_error: "forms:required" }).trim().min(2, "forms:required").max(100, "forms:too_long"),
});

export const officerRemoveSchema = z.object({ intent: z.literal("remove-officer"), officerId: z.string().min(1).max(60) });
