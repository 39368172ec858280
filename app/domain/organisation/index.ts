// Validation of what an organisation tells us about itself (DESIGN §3.2). Pure helpers
// for services and jobs, and Zod schemas built on them for forms; the schemas' messages
// are i18n keys ("validation:…", "forms:…"), never sentences.
import { z } from "zod";

// "contracted": a company working for the municipality under contract. It signs the pact
// like any company, and pays its work-based (BBL) learners the municipal living wage.
export const organisationKinds = ["private", "municipality", "subsidised", "contracted"] as const;
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
  .pipe(
    z
      .string()
      .min(1, "forms:required")
      .regex(/^\d{8}$/, "validation:kvk_invalid"),
  );

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
  z
    .string()
    .regex(/^\d{6,9}$/, "validation:sbb_invalid")
    .optional(),
);

// ───────────── Changes after verification (DESIGN §3.2) ─────────────
// Name, KvK number and kind decide who the organisation is and which pay minimum binds
// it, so once an officer has verified the organisation (at least once: a later
// suspension does not reopen them) a change of any of them waits for an officer. Until
// approved, the old values stay in force everywhere.

export const reviewedFields = ["name", "kvkNumber", "kind"] as const;
export type ReviewedField = (typeof reviewedFields)[number];
export type ReviewedValues = { name: string; kvkNumber: string; kind: OrganisationKind };

/** The reviewed values of a stored organisation; a kind the domain does not know is a data error, never a default. */
export function reviewedValuesOf(organisation: { name: string; kvkNumber: string; kind: string }): ReviewedValues {
  if (!isOrganisationKind(organisation.kind)) throw new Error(`unknown organisation kind ${organisation.kind}`);
  return { name: organisation.name, kvkNumber: organisation.kvkNumber, kind: organisation.kind };
}
/** What a change request holds: null (or absent) means "unchanged". */
export type RequestedChange = { name?: string | null; kvkNumber?: string | null; kind?: string | null };

export const changeRequestStatuses = ["pending", "approved", "refused", "withdrawn"] as const;
export type ChangeRequestStatus = (typeof changeRequestStatuses)[number];

/** Verified at least once: `verifiedAt` is set on the first verification and never cleared. */
export function changesNeedReview(organisation: { verifiedAt: Date | null }): boolean {
  return organisation.verifiedAt !== null;
}

/** The reviewed fields whose submitted value differs from the value in force. */
export function reviewedDifferences(current: ReviewedValues, submitted: ReviewedValues): Partial<ReviewedValues> {
  const changed: Partial<ReviewedValues> = {};
  if (submitted.name !== current.name) changed.name = submitted.name;
  if (submitted.kvkNumber !== current.kvkNumber) changed.kvkNumber = submitted.kvkNumber;
  if (submitted.kind !== current.kind) changed.kind = submitted.kind;
  return changed;
}

export type OrganisationUpdatePlan = {
  /** Reviewed fields written to the organisation at once (only before verification). */
  direct: Partial<ReviewedValues>;
  /**
   * "submit": create the one pending request, or replace what it asks, with `requested`.
   * "withdraw": the form states the values in force again (it is filled with the pending
   * values), so the pending request has nothing left to ask. "none": nothing to review.
   */
  request: { type: "none" } | { type: "submit"; requested: Partial<ReviewedValues> } | { type: "withdraw" };
};

/**
 * Which of the submitted name, KvK number and kind save directly and which wait for an
 * officer. Before the first verification everything saves directly; after it, every
 * difference goes into the single pending request, which a new submission replaces.
 */
export function planOrganisationUpdate(
  organisation: ReviewedValues & { verifiedAt: Date | null },
  submitted: ReviewedValues,
  hasPendingRequest: boolean,
): OrganisationUpdatePlan {
  const differences = reviewedDifferences(organisation, submitted);
  if (!changesNeedReview(organisation)) return { direct: differences, request: hasPendingRequest ? { type: "withdraw" } : { type: "none" } };
  if (Object.keys(differences).length > 0) return { direct: {}, request: { type: "submit", requested: differences } };
  return { direct: {}, request: hasPendingRequest ? { type: "withdraw" } : { type: "none" } };
}

/** The values in force once a request is approved: requested fields replace, the rest stay. */
export function applyChangeRequest(current: ReviewedValues, request: RequestedChange): ReviewedValues {
  const kind = request.kind ?? current.kind;
  if (!isOrganisationKind(kind)) throw new Error(`unknown organisation kind ${kind}`);
  return { name: request.name ?? current.name, kvkNumber: request.kvkNumber ?? current.kvkNumber, kind };
}

/** The fields a request really changes, as old → new, for the officer and the audit log. */
export function describeChangeRequest(current: ReviewedValues, request: RequestedChange): { field: ReviewedField; from: string; to: string }[] {
  const next = applyChangeRequest(current, request);
  return reviewedFields.filter((f) => next[f] !== current[f]).map((field) => ({ field, from: current[field], to: next[field] }));
}

/** Whether the approval changes the organisation's kind, and so the pay minimum of its internships. */
export function changesKind(current: ReviewedValues, request: RequestedChange): boolean {
  return applyChangeRequest(current, request).kind !== current.kind;
}

export type ChangeRequestDecision = "approve" | "refuse" | "withdraw";

export class ChangeRequestTransitionError extends Error {
  constructor(readonly code: "not_pending" | "reason_required") {
    super(code);
  }
}

/** Only a pending request can be decided; a refusal needs a reason, the employer's withdrawal none. */
export function decideChangeRequest(
  status: string,
  decision: ChangeRequestDecision,
  reason?: string | null,
): { next: ChangeRequestStatus; reason: string | null } {
  if (status !== "pending") throw new ChangeRequestTransitionError("not_pending");
  const trimmed = reason?.trim() || null;
  if (decision === "refuse" && !trimmed) throw new ChangeRequestTransitionError("reason_required");
  const next: ChangeRequestStatus = decision === "approve" ? "approved" : decision === "refuse" ? "refused" : "withdrawn";
  return { next, reason: decision === "withdraw" ? null : trimmed };
}

export {
  ORGANISATION_VERIFICATION_ACTIONS,
  SIGNATURE_DECISIONS_FOR_VERIFICATION,
  transitionVerification,
  VERIFICATION_STATUSES,
  verificationAfterSignature,
  verificationReasonRequired,
  VerificationTransitionError,
} from "./verification";
export type { OrganisationVerificationAction, VerificationStatus } from "./verification";
