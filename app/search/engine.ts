// One interface, two engines (DESIGN §4): the embedded SQLite FTS5 engine (default)
// and Meilisearch (when MEILI_HOST is set). The search page, the feed, the CSV export
// and the open-data API only ever see this interface.
import type { KeurmerkType } from "~/domain/keurmerk";
import { distanceKm, isValidCoordinates } from "~/domain/location";
import type { SearchDocument, SearchHit } from "./document";
import { hasOrigin, type PlaceAnswer, type SearchQuery } from "./query";

export type { PlaceAnswer };

export type FacetCount = { value: string; count: number };

/**
 * Yes/no properties counted among the results. "bbl": a work-based place (the BOL count
 * is the total minus this); "belowCode": below a raised minimum during the grace period.
 */
export type FlagKey = "pact" | "shortage" | "districtInternship" | KeurmerkType | "bbl" | "belowCode";
export const FLAG_KEYS: FlagKey[] = ["pact", "shortage", "districtInternship", "fair_hospitality", "inclusive_employer", "sna", "bbl", "belowCode"];

/**
 * Counts next to each filter value. For a group the visitor can pick several values
 * of (sector, level, …) the counts ignore that group's own selection, so they say what
 * ticking one more value would add. For a yes/no filter the count is how many of the
 * current results have it.
 */
export type Facets = {
  sector: FacetCount[];
  qualification: FacetCount[];
  level: FacetCount[];
  municipality: FacetCount[];
  district: FacetCount[];
  hours: FacetCount[];
  startMonth: FacetCount[];
  /** Per threshold offered ("400", "425", …): how many meet it, ignoring the allowance filter itself. */
  allowance: FacetCount[];
  flags: Record<FlagKey, number>;
};

export type SearchResult = {
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
  facets: Facets;
  engine: EngineName;
  /** For a search near a place: whether the place was found (set by the search service). */
  place?: PlaceAnswer;
};

export type EngineName = "embedded" | "meilisearch";

export type SearchOptions = {
  pageSize: number;
  facets?: boolean;
  /** The allowance filter's choices to count, ascending (default ALLOWANCE_THRESHOLDS). */
  allowanceThresholds?: readonly number[];
};

export interface SearchEngine {
  readonly name: EngineName;
  search(query: SearchQuery, options: SearchOptions): Promise<SearchResult>;
  /** Adds or replaces documents; resolves only once the engine has stored them. */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by internship id; unknown ids are fine. */
  remove(ids: string[]): Promise<void>;
  /** Empties the index and prepares it (settings, tables) for a rebuild. */
  reset(): Promise<void>;
  /** Records that a full rebuild finished. */
  markBuilt(at: Date): Promise<void>;
  /** Number of documents in the index. */
  count(): Promise<number>;
}

export function emptyFacets(): Facets {
  return {
    sector: [],
    qualification: [],
    level: [],
    municipality: [],
    district: [],
    hours: [],
    startMonth: [],
    allowance: [],
    flags: { pact: 0, shortage: 0, districtInternship: 0, fair_hospitality: 0, inclusive_employer: 0, sna: 0, bbl: 0, belowCode: 0 },
  };
}

export function pageCountOf(total: number, pageSize: number) {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The hits of a search near a place, each with its distance from that place (both engines). */
export function withDistances(hits: SearchHit[], query: SearchQuery): SearchHit[] {
  if (!hasOrigin(query)) return hits;
  const origin = query.origin;
  return hits.map((d) => ({ ...d, distanceKm: isValidCoordinates(d) ? distanceKm(origin, d) : null }));
}
