// The search document: one published internship as both engines index it. Built by
// this one pure function, so the embedded engine and Meilisearch can never disagree
// about what an internship looks like to search.
import { isValidCoordinates } from "~/domain/location";
import { activeMarks, type KeurmerkType } from "~/domain/keurmerk";
import { isSector, shortageSectors } from "~/domain/organisation";
import { currentPactVersion, hasGoodStanding, isSignatureStatus, liveSignatureOf, resignRequirement, type PactVersionValidity } from "~/domain/pact";
import { DISTRICT_INTERNSHIP_DISTRICTS, DISTRICT_INTERNSHIP_MUNICIPALITY, HOURS_BANDS, type HoursBand } from "./query";
import { uniqueTerms } from "./vocabulary";

export type SearchDocument = {
  id: string;
  title: string;
  description: string;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  sector: string;
  qualificationId: string | null;
  qualificationNl: string | null;
  qualificationEn: string | null;
  crebo: string | null;
  level: number;
  /** BOL: a monthly allowance; BBL: a work-based place with an hourly wage. */
  route: "BOL" | "BBL";
  municipality: string;
  municipalityName: string;
  district: string | null;
  districtName: string | null;
  city: string;
  /** Where the work is (WGS84), from the geocoder; null while unknown (then never within a distance). */
  latitude: number | null;
  longitude: number | null;
  /**
   * Set on the hits of a search near a place: km from that place to here. Computed per
   * search, never indexed.
   */
  distanceKm?: number | null;
  hoursPerWeek: number;
  hoursBand: HoursBand;
  /** Whole euros a month (BOL); null for BBL. */
  monthlyAllowance: number | null;
  /** Euro cents an hour, gross (BBL); null for BOL. */
  hourlyWageCents: number | null;
  /** What the code asks, in the rule's unit (euros a month, or cents an hour for BBL). */
  requiredByCode: number | null;
  codeRule: string | null;
  /**
   * "below_new_minimum": a rule raised after publishing asks more, and the employer must
   * raise the amount to requiredByCode by raiseBy or the internship goes offline.
   */
  payCheck: "meets_code" | "below_new_minimum";
  /** The day (YYYY-MM-DD) a flagged internship goes offline unless raised; null otherwise. */
  raiseBy: string | null;
  startDate: string;
  startMonth: string;
  durationWeeks: number;
  /** Milliseconds since the epoch, so both engines can sort on it. */
  publishedAt: number;
  shortageSector: boolean;
  districtInternship: boolean;
  pactSignatory: boolean;
  pactSignatorySince: string | null;
  marks: KeurmerkType[];
  /** When each active mark started (for "Inclusive employer 2026"). */
  markSince: Partial<Record<KeurmerkType, string>>;
  /**
   * Everyday words for its sector and qualification, from the search vocabulary
   * (SectorVocabulary, Qualification.searchTerms): "horeca", "koken", "hospitality".
   */
  keywords: string[];
};

/**
 * A document as a search returns it: without its keywords, which only the index needs
 * (they are the same few dozen words for every internship of a qualification, a third
 * of a stored document, and no page shows them).
 */
export type SearchHit = Omit<SearchDocument, "keywords">;

/** What the document builder needs from the database, as plain data. */
export type DocumentSource = {
  id: string;
  title: string;
  description: string;
  status: string;
  level: number;
  route: string | null;
  hoursPerWeek: number;
  monthlyAllowance: number | null;
  hourlyWageCents: number | null;
  startDate: Date;
  durationWeeks: number;
  locationCity: string;
  latitude: number | null;
  longitude: number | null;
  publishedAt: Date | null;
  createdAt: Date;
  payCheckRequired: number | null;
  payCheckRuleKind: string | null;
  /** Set while a raised rule finds the internship short (its grace period). */
  flaggedAt: Date | null;
  unpublishAfter: Date | null;
  organisation: {
    id: string;
    name: string;
    kind: string;
    sector: string;
    municipalityId: string;
    /**
     * Its signatures that are not superseded (the live one is the newest). An early
     * re-signer holds two: the approved one on the replaced version, which keeps its
     * standing until the deadline, and the pending one on the new version.
     */
    signatures: { status: string; pactVersionId: string; signedAt: Date; resignBy?: Date | null }[];
    /** The municipality's re-signing period (Municipality.resignPeriodDays); 60 when not given. */
    resignPeriodDays?: number;
    /** Every pact version of its municipality: which one is in force depends on `now`. */
    pactVersions: PactVersionValidity[];
    keurmerken: { type: string; status: string; validFrom: Date | null; validUntil: Date | null }[];
  };
  /** `searchTerms`: its everyday words (Qualification.searchTerms, parsed with parseTerms). */
  qualification: { id: string; nameNl: string; nameEn: string; crebo: string | null; searchTerms?: readonly string[] } | null;
  municipality: { slug: string; name: string };
  district: { slug: string; name: string } | null;
  /**
   * The everyday words of the organisation's sector (SectorVocabulary.terms, parsed with
   * parseTerms): parsed once per load, not per internship.
   */
  sectorTerms?: readonly string[];
};

/**
 * The signature that gives the organisation its good standing at `now`, or null: by the
 * one rule (hasGoodStanding), with the re-signing deadline as stored or, until the job
 * stores it, as computed (resignRequirement), like the signatory list and publishing.
 * A suspended or revoked live signature takes the standing whatever else there is.
 */
function standingSignature(organisation: DocumentSource["organisation"], now: Date) {
  // The internships of one organisation share its object (createSourceLoader), so a
  // rebuild decides the standing once per organisation, not once per internship.
  const known = standingMemo.get(organisation);
  if (known?.at === now.getTime()) return known.signature;
  const signature = decideStanding(organisation, now);
  standingMemo.set(organisation, { at: now.getTime(), signature });
  return signature;
}

type StandingSignature = DocumentSource["organisation"]["signatures"][number] | null;
const standingMemo = new WeakMap<DocumentSource["organisation"], { at: number; signature: StandingSignature }>();

function decideStanding(organisation: DocumentSource["organisation"], now: Date): StandingSignature {
  const live = liveSignatureOf(organisation.signatures);
  if (live === null || live.status === "suspended" || live.status === "revoked") return null;
  const current = currentPactVersion(organisation.pactVersions, organisation.municipalityId, now);
  for (const s of organisation.signatures) {
    if (s.status !== "approved" || !isSignatureStatus(s.status)) continue;
    const requirement = resignRequirement(
      { status: s.status, pactVersionId: s.pactVersionId, resignBy: s.resignBy ?? null },
      organisation.pactVersions,
      organisation.municipalityId,
      organisation.resignPeriodDays ?? 60,
      now,
    );
    const resignBy = requirement.required ? requirement.resignBy : null;
    if (hasGoodStanding({ status: s.status, pactVersionId: s.pactVersionId, resignBy }, current, now)) return s;
  }
  return null;
}

export function hoursBandOf(hours: number): HoursBand {
  return (HOURS_BANDS.find((b) => hours >= b.min && hours <= b.max) ?? HOURS_BANDS[HOURS_BANDS.length - 1]).key;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The document for one internship, or null when it must not be findable. Only
 * published internships are ever indexed; marks are those active at `now` (the
 * keurmerk-search-sync job re-indexes when a mark starts or ends), and so is the pact
 * badge: only while the organisation is in good standing (pact-version-search-sync
 * re-indexes when a new version comes into force).
 */
export function buildSearchDocument(source: DocumentSource, now: Date): SearchDocument | null {
  if (source.status !== "published") return null;
  const organisation = source.organisation;
  const standing = standingSignature(organisation, now);
  const inGoodStanding = standing !== null;
  const marks = activeMarks(source.organisation.keurmerken, now);
  const sector = source.organisation.sector;
  const districtSlug = source.district?.slug ?? null;
  return {
    id: source.id,
    title: source.title,
    description: source.description,
    organisationId: source.organisation.id,
    organisationName: source.organisation.name,
    organisationKind: source.organisation.kind,
    sector,
    qualificationId: source.qualification?.id ?? null,
    qualificationNl: source.qualification?.nameNl ?? null,
    qualificationEn: source.qualification?.nameEn ?? null,
    crebo: source.qualification?.crebo ?? null,
    level: source.level,
    route: source.route === "BBL" ? "BBL" : "BOL",
    municipality: source.municipality.slug,
    municipalityName: source.municipality.name,
    district: districtSlug,
    districtName: source.district?.name ?? null,
    city: source.locationCity,
    ...(isValidCoordinates(source) ? { latitude: source.latitude, longitude: source.longitude } : { latitude: null, longitude: null }),
    hoursPerWeek: source.hoursPerWeek,
    hoursBand: hoursBandOf(source.hoursPerWeek),
    monthlyAllowance: source.route === "BBL" ? null : source.monthlyAllowance,
    hourlyWageCents: source.route === "BBL" ? source.hourlyWageCents : null,
    requiredByCode: source.payCheckRequired,
    codeRule: source.payCheckRuleKind,
    payCheck: source.flaggedAt ? "below_new_minimum" : "meets_code",
    raiseBy: source.flaggedAt && source.unpublishAfter ? day(source.unpublishAfter) : null,
    startDate: day(source.startDate),
    startMonth: day(source.startDate).slice(0, 7),
    durationWeeks: source.durationWeeks,
    publishedAt: (source.publishedAt ?? source.createdAt).getTime(),
    shortageSector: isSector(sector) && shortageSectors.includes(sector),
    districtInternship:
      source.municipality.slug === DISTRICT_INTERNSHIP_MUNICIPALITY &&
      districtSlug !== null &&
      (DISTRICT_INTERNSHIP_DISTRICTS as readonly string[]).includes(districtSlug),
    pactSignatory: inGoodStanding,
    pactSignatorySince: standing ? day(standing.signedAt) : null,
    marks: marks.map((m) => m.type),
    markSince: Object.fromEntries(marks.map((m) => [m.type, day(m.validFrom)])),
    // Sector words first: both are short lists, and duplicates between them are dropped.
    keywords: uniqueTerms([...(source.sectorTerms ?? []), ...(source.qualification?.searchTerms ?? [])]),
  };
}
