// Validation of what an organisation tells us about itself (DESIGN §3.2). Pure helpers
// for services and jobs, and Zod schemas built on them for forms; the schemas' messages
// are i18n keys ("validation:…", "forms:…"), never sentences.
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

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === "string" && (organisationKinds as readonly string[]).includes(value);
}

export function isSector(value: unknown): value is Sector {
  return typeof value === "string" && (sectors as readonly string[]).includes(value);
}

export function isShortageSector(sector: Sector): boolean {
  return shortageSectors.includes(sector);
}

/** KvK numbers are exactly eight digits; people often type spaces or dots between groups. */
export function normaliseKvkNumber(value: string): string | null {
  const compact = value.replace(/[\s.]/g, "");
  return /^\d{8}$/.test(compact) ? compact : null;
}

// PostNL never issues the letter pairs SA, SD and SS, for their historical connotations.
const UNISSUED_POSTCODE_LETTERS = ["SA", "SD", "SS"];

/** Dutch postcodes: four digits not starting with 0, then two letters; normalised to "1234 AB". */
export function normalisePostcode(value: string): string | null {
  const compact = value.trim().toUpperCase().replace(/\s+/g, "");
  if (!/^[1-9]\d{3}[A-Z]{2}$/.test(compact)) return null;
  const letters = compact.slice(4);
  if (UNISSUED_POSTCODE_LETTERS.includes(letters)) return null;
  return `${compact.slice(0, 4)} ${letters}`;
}

/**
 * SBB recognition numbers ("erkenningsnummer leerbedrijf") are numeric, but SBB
 * publishes no fixed length and it has varied over the years, so 6 to 9 digits are
 * accepted. An assumption: tighten it once SBB's register is checked against.
 */
export function normaliseSbbId(value: string): string | null {
  const compact = value.replace(/\s/g, "");
  return /^\d{6,9}$/.test(compact) ? compact : null;
}

export const kvkNumberSchema = z
  .string({ required_error: "forms:required" })
  .transform((v) => v.replace(/[\s.]/g, ""))
  .pipe(z.string().min(1, "forms:required").regex(/^\d{8}$/, "validation:kvk_invalid"));

export const postcodeSchema = z
  .string({ required_error: "forms:required" })
  .transform((v) => v.trim())
  .pipe(
    z
      .string()
      .min(1, "forms:required")
      .transform((v, ctx) => {
        const postcode = normalisePostcode(v);
        if (postcode === null) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: "validation:postcode_invalid" });
          return z.NEVER;
        }
        return postcode;
      }),
  );

/** Optional: an empty field (or Conform's undefined for it) means no SBB number. */
export const sbbIdSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/\s/g, "") || undefined : v),
  z.string().regex(/^\d{6,9}$/, "validation:sbb_invalid").optional(),
);
