import { z } from "zod";
import { TRAVEL_HINT_TEXT_MAX, TRAVEL_HINT_TEXT_MIN, TRAVEL_HINT_THRESHOLD_MAX, TRAVEL_HINT_THRESHOLD_MIN } from "~/domain/pay-code/travel-hint";

const hintText = z
  .string({ required_error: "forms:required" })
  .trim()
  .min(TRAVEL_HINT_TEXT_MIN, "rules:travel.errors.text_length")
  .max(TRAVEL_HINT_TEXT_MAX, "rules:travel.errors.text_length");

export const travelHintSchema = z.object({
  intent: z.literal("travel-hint"),
  municipalityId: z.string().min(1).max(60),
  textNl: hintText,
  textEn: hintText,
  url: z
    .string({ required_error: "forms:required" })
    .trim()
    .max(500, "rules:travel.errors.url_https")
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === "https:" && u.hostname.includes(".") && !u.username && !u.password;
      } catch {
        return false;
      }
    }, "rules:travel.errors.url_https"),
  allowanceThreshold: z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z
      .number({ required_error: "forms:required", invalid_type_error: "rules:travel.errors.threshold_range" })
      .int("rules:travel.errors.threshold_range")
      .min(TRAVEL_HINT_THRESHOLD_MIN, "rules:travel.errors.threshold_range")
      .max(TRAVEL_HINT_THRESHOLD_MAX, "rules:travel.errors.threshold_range"),
  ),
});

export type TravelHintInput = z.infer<typeof travelHintSchema>;
