import { z } from "zod";
import { kvkNumberSchema, organisationKinds, postcodeSchema, sbbIdSchema, sectors } from "~/domain/organisation";
import { SIGNATURE_REASON_MAX_LENGTH } from "~/domain/pact";
import { checkbox, choice, email, id, optionalPhone, optionalText, text } from "./fields";

export const organisationSchema = z.object({
  organisationName: text(150),
  kvkNumber: kvkNumberSchema,
  sbbId: sbbIdSchema,
  kind: choice(organisationKinds),
  sector: choice(sectors),
  isStaffingAgency: checkbox(),
  street: text(120),
  houseNumber: z
    .string({ required_error: "forms:required" })
    .trim()
    .regex(/^\d{1,5}\s?[a-zA-Z0-9-]{0,6}$/, "forms:house_number_invalid"),
  postcode: postcodeSchema,
  city: text(80),
  municipalityId: text(40),
  districtId: optionalText(40),
  contactName: text(100),
  contactEmail: email(),
  contactPhone: optionalPhone(),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;

// An officer's decision on an organisation that waits for verification.
export const ORGANISATION_DECISIONS = ["verify", "request_changes"] as const;
export const organisationDecisionSchema = z.object({
  intent: choice(ORGANISATION_DECISIONS),
  reason: optionalText(SIGNATURE_REASON_MAX_LENGTH),
});

// An owner invites a colleague.
export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email: email(),
  role: choice(["owner", "recruiter"]),
});

// An officer's answer to an organisation's request to change a reviewed field.
export const changeRequestDecisionSchema = z.object({
  changeRequestId: id(),
  intent: choice(["approve_change", "refuse_change"]),
  reason: optionalText(SIGNATURE_REASON_MAX_LENGTH),
});
