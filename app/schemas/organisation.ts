import { z } from "zod";
import { kvkNumberSchema, organisationKinds, postcodeSchema, sbbIdSchema, sectors } from "~/domain/organisation";

const text = (max: number) => z.string({ required_error: "forms:required" }).trim().min(1, "forms:required").max(max, "forms:too_long");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "forms:too_long")
    .optional()
    .transform((v) => (v ? v : undefined));

export const organisationSchema = z.object({
  organisationName: text(150),
  kvkNumber: kvkNumberSchema,
  sbbId: sbbIdSchema,
  kind: z.enum(organisationKinds, { errorMap: () => ({ message: "forms:choose_option" }) }),
  sector: z.enum(sectors, { errorMap: () => ({ message: "forms:choose_option" }) }),
  isStaffingAgency: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
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
  contactEmail: z.string({ required_error: "forms:required" }).trim().toLowerCase().email("forms:email_invalid").max(254, "forms:too_long"),
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{8,20}$/, "forms:phone_invalid")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type OrganisationInput = z.infer<typeof organisationSchema>;
