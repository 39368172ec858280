import { z } from "zod";
import { FULL_TIME_HOURS, GRACE_PERIOD_DAYS, MUNICIPALITY_SLUG, RESIGN_PERIOD_DAYS, RESPONSE_PERIOD_DAYS } from "~/domain/municipality";
import { email, id, text, wholeNumber } from "./fields";

// The admin's municipality form. Messages are i18n keys (namespace "municipalities").
const whole = (range: { min: number; max: number }, message: string) => wholeNumber({ ...range, message });

export const municipalitySchema = z.object({
  intent: z.literal("municipality"),
  name: text(80, { min: 2, tooShort: "municipalities:errors.name_length", tooLong: "municipalities:errors.name_length" }),
  slug: z.string({ required_error: "forms:required" }).trim().toLowerCase().regex(MUNICIPALITY_SLUG, "municipalities:errors.slug_format"),
  fullTimeHours: whole(FULL_TIME_HOURS, "municipalities:errors.full_time_range"),
  gracePeriodDays: whole(GRACE_PERIOD_DAYS, "municipalities:errors.grace_range"),
  resignPeriodDays: whole(RESIGN_PERIOD_DAYS, "municipalities:errors.resign_range"),
  responsePeriodDays: whole(RESPONSE_PERIOD_DAYS, "municipalities:errors.response_range"),
  districts: z.string().max(5000, "forms:too_long").optional(),
});
export type MunicipalityInput = z.infer<typeof municipalitySchema>;

export const officerInviteSchema = z.object({
  intent: z.literal("invite-officer"),
  email: email(),
  name: text(100, { min: 2 }),
});

export const officerRemoveSchema = z.object({ intent: z.literal("remove-officer"), officerId: id() });
