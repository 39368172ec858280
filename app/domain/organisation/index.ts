import { z } from "zod";

export const organisationKinds = ["private", "municipality", "subsidised"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const sectors = [
  "hospitality",
  "care",
  "technology",
  "education",
  "retail",
  "logistics",
  "construction",
  "creative",
  "government",
  "business_services",
] as const;
export type Sector = (typeof sectors)[number];

/** Sectors with a shortage of workers, offered as a search filter (DESIGN §4). */
export const shortageSectors: readonly Sector[] = ["technology", "care", "education"];

/** KvK numbers are exactly eight digits; people often type spaces or dots between groups. */
export const kvkNumberSchema = z
  .string({ required_error: "forms:required" })
  .transform((v) => v.replace(/[\s.]/g, ""))
  .pipe(z.string().min(1, "forms:required").regex(/^\d{8}$/, "validation:kvk_invalid"));

/**
 * Dutch postcodes: four digits (not starting with 0) and two letters; the letter
 * pairs SA, SD and SS are never issued. Normalised to "1234 AB".
 */
export const postcodeSchema = z
  .string({ required_error: "forms:required" })
  .transform((v) => v.trim().toUpperCase().replace(/\s+/g, ""))
  .pipe(
    z
      .string()
      .min(1, "forms:required")
      .regex(/^[1-9]\d{3}[A-Z]{2}$/, "validation:postcode_invalid")
      .refine((v) => !["SA", "SD", "SS"].includes(v.slice(4)), "validation:postcode_invalid")
      .transform((v) => `${v.slice(0, 4)} ${v.slice(4)}`),
  );

/**
 * SBB recognition numbers ("erkenningsnummer leerbedrijf") are numeric; their length
 * has varied over the years, so 6 to 9 digits are accepted. Optional: empty means none.
 */
export const sbbIdSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/\s/g, "") || undefined : v),
  z.string().regex(/^\d{6,9}$/, "validation:sbb_invalid").optional(),
);
