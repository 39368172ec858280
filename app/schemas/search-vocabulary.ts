import { z } from "zod";
import { sectors } from "~/domain/organisation";
import { isValidTerm, MAX_TERMS, splitTerms, uniqueTerms } from "~/search/vocabulary";

// The admin's forms for the search vocabulary: one per sector, one per qualification.
// Messages are i18n keys. The value is the words, de-duplicated, as the service stores them.

const terms = z
  .string()
  .max(5_000, "vocabulary:errors.too_long")
  .default("")
  .superRefine((value, ctx) => {
    const entries = splitTerms(value);
    if (entries.some((t) => !isValidTerm(t))) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "vocabulary:errors.term_invalid" });
    if (uniqueTerms(entries).length > MAX_TERMS) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "vocabulary:errors.too_many" });
  })
  .transform((value) => uniqueTerms(splitTerms(value)));

export const sectorTermsSchema = z.object({
  intent: z.literal("sector"),
  sector: z.enum(sectors),
  terms,
});

export const qualificationTermsSchema = z.object({
  intent: z.literal("qualification"),
  qualificationId: z.string().min(1).max(60),
  terms,
});
