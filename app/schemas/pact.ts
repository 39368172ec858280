import { z } from "zod";
import { OFFICER_ACTIONS, SIGNATURE_REASON_MAX_LENGTH } from "~/domain/pact";
import { choice, dateString, id, optionalText, text } from "./fields";

// Forms about the Stagepact: signing, officers' decisions on a signature, new versions.
// Messages are i18n keys. Pay rules are in ./pay-rules, the organisation's forms in ./organisation.

const name = (max: number) => text(max);

export const signPactSchema = z.object({
  intent: z.literal("sign"),
  pactVersionId: id(),
  signerName: name(100),
  signerRole: name(100),
  // One checkbox per commitment; the service checks that every one is ticked.
  commitment: z.array(z.string().max(60)).max(50).default([]),
});

export const resubmitSchema = z.object({ intent: z.literal("resubmit") });

export const signatureDecisionSchema = z.object({
  intent: choice(OFFICER_ACTIONS),
  signatureId: id(),
  reason: optionalText(SIGNATURE_REASON_MAX_LENGTH),
});

const validFrom = dateString("rules:errors.date_invalid");

export const pactVersionSchema = z
  .object({
    municipalityId: id("forms:choose_option"),
    titleNl: name(150),
    titleEn: name(150),
    textNl: name(20_000),
    textEn: name(20_000),
    // One commitment per line, in the same order in both languages.
    commitmentsNl: name(10_000),
    commitmentsEn: name(10_000),
    validFrom,
  })
  .superRefine((v, ctx) => {
    const nl = splitLines(v.commitmentsNl);
    const en = splitLines(v.commitmentsEn);
    if (nl.length !== en.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["commitmentsEn"], message: "rules:errors.commitments_mismatch" });
    if (nl.length > 30) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["commitmentsNl"], message: "rules:errors.commitments_too_many" });
  });

export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
