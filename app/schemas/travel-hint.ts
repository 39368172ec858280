import { z } from "zod";
import { TRAVEL_HINT_TEXT_MAX, TRAVEL_HINT_TEXT_MIN, TRAVEL_HINT_THRESHOLD_MAX, TRAVEL_HINT_THRESHOLD_MIN } from "~/domain/pay-code/travel-hint";
import { id, text, wholeNumber } from "./fields";

const hintText = text(TRAVEL_HINT_TEXT_MAX, {
  min: TRAVEL_HINT_TEXT_MIN,
  tooShort: "rules:travel.errors.text_length",
  tooLong: "rules:travel.errors.text_length",
});

export const travelHintSchema = z.object({
  intent: z.literal("travel-hint"),
  municipalityId: id(),
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
  allowanceThreshold: wholeNumber({ min: TRAVEL_HINT_THRESHOLD_MIN, max: TRAVEL_HINT_THRESHOLD_MAX, message: "rules:travel.errors.threshold_range" }),
});

export type TravelHintInput = z.infer<typeof travelHintSchema>;
