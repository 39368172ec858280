// The search query (DESIGN §4): what a visitor asked for, parsed from the URL and written
// back to it. Every filter lives in the URL, so a search can be shared, bookmarked and
// followed as a feed. Pure: no engine, no database; both engines read this shape.
import { KEURMERK_TYPES, type KeurmerkType } from "~/domain/keurmerk";
import { DEFAULT_DISTANCE_KM, MAX_PLACE_LENGTH, parseDistance, type Coordinates, type DistanceKm } from "~/domain/location";
import { sectors } from "~/domain/organisation";
import { extractLevels, queryTerms, searchKey } from "./text";

export const HOURS_BANDS = [
  { key: "8-16", min: 8, max: 16 },
  { key: "17-24", min: 17, max: 24 },
  { key: "25-32", min: 25, max: 32 },
  { key: "33-40", min: 33, max: 40 },
] as const;
export type HoursBand = (typeof HOURS_BANDS)[number]["key"];

/**
 * "At least €… a month": the allowance filter's choices when no rules are known (a
 * benchmark corpus, an empty database). The search page offers the ones derived from
 * the rules in force (allowanceFilterThresholds in the pay-code domain).
 */
export const ALLOWANCE_THRESHOLDS: readonly number[] = [400, 500, 600, 700];
/** Any whole-euro amount up to this is a valid allowance filter in a URL. */
export const MAX_ALLOWANCE_FILTER = 10_000;

/** BOL (school-based, a monthly allowance) or BBL (work-based, an hourly wage). */
export const ROUTES = ["BOL", "BBL"] as const;
export type RouteFilter = (typeof ROUTES)[number];

/** District internships (DESIGN §4): internships in these Amsterdam districts. */
export const DISTRICT_INTERNSHIP_DISTRICTS = ["nieuw-west", "zuidoost", "noord"] as const;
export const DISTRICT_INTERNSHIP_MUNICIPALITY = "amsterdam";

export const SORTS = ["relevance", "newest", "allowance", "distance"] as const;
export type SortOrder = (typeof SORTS)[number];

export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 100;
const MAX_VALUES = 20;

/**
 * What became of the place a search was asked to be near. Anything but "found" means
 * the results are those of the search without distance, and the page says why.
 */
export type PlaceAnswer = { status: "found"; text: string; label: string } | { status: "not_found" | "unavailable" | "invalid" | "too_long"; text: string };

export type SearchQuery = {
  text: string;
  sectors: string[];
  qualifications: string[];
  levels: number[];
  municipalities: string[];
  districts: string[];
  hours: HoursBand[];
  minAllowance: number | null;
  /** Only this route; null for both. */
  route: RouteFilter | null;
  /** Leave out internships below a raised minimum during their grace period. */
  meetsCode: boolean;
  marks: KeurmerkType[];
  pact: boolean;
  startMonths: string[];
  shortage: boolean;
  districtInternship: boolean;
  /** A place or postcode as typed ("1102", "Zaandam"); "" for none. */
  near: string;
  /** Within this many km of `near` (set whenever `near` is). */
  distance: DistanceKm | null;
  /**
   * Where `near` is, from the geocoder: undefined until looked up, null when it could
   * not be found. Never in the URL. The distance filter applies only with coordinates.
   */
  origin?: Coordinates | null;
  /** What the lookup of `near` answered (with origin). Never in the URL. */
  place?: PlaceAnswer;
  sort: SortOrder;
  page: number;
};

/** The filters that can be dropped one at a time (for "remove this filter" links). */
export const FILTER_KEYS = [
  "text",
  "sectors",
  "qualifications",
  "levels",
  "municipalities",
  "districts",
  "hours",
  "minAllowance",
  "route",
  "meetsCode",
  "marks",
  "pact",
  "startMonths",
  "shortage",
  "districtInternship",
  "near",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

// URL parameter names: Dutch, like the paths (DESIGN §6).
export const PARAM = {
  text: "q",
  sectors: "sector",
  qualifications: "opleiding",
  levels: "niveau",
  municipalities: "gemeente",
  districts: "stadsdeel",
  hours: "uren",
  minAllowance: "vergoeding",
  route: "leerweg",
  meetsCode: "volgens-code",
  marks: "keurmerk",
  pact: "pact",
  startMonths: "start",
  shortage: "tekortsector",
  districtInternship: "stadsdeelstage",
  near: "bij",
  distance: "afstand",
  sort: "sorteer",
  page: "pagina",
} as const satisfies Record<FilterKey | "distance" | "sort" | "page", string>;

export const SORT_PARAM: Record<SortOrder, string> = { relevance: "relevantie", newest: "nieuw", allowance: "vergoeding", distance: "afstand" };

/** The order a search has when none is chosen: best match with words, newest without. */
export function defaultSort(text: string): SortOrder {
  return text ? "relevance" : "newest";
}

/** The orders a search can be given: best match only when there are words to match. */
export function sortsFor(query: SearchQuery): SortOrder[] {
  return SORTS.filter((s) => (s !== "relevance" || query.text) && (s !== "distance" || hasOrigin(query)));
}

/** True when the search has a place with coordinates: the distance filter and order apply. */
export function hasOrigin(query: SearchQuery): query is SearchQuery & { origin: Coordinates; distance: DistanceKm } {
  return !!query.near && !!query.origin && query.distance !== null;
}

/**
 * The URL value of an order for this search; the default is empty, so a form sent with
 * new words gets the default for them and only a chosen order goes into the URL.
 */
export function sortParamValue(query: SearchQuery, sort: SortOrder): string {
  return sort === defaultSort(query.text) ? "" : SORT_PARAM[sort];
}

export const emptyQuery = (): SearchQuery => ({
  text: "",
  sectors: [],
  qualifications: [],
  levels: [],
  municipalities: [],
  districts: [],
  hours: [],
  minAllowance: null,
  route: null,
  meetsCode: false,
  marks: [],
  pact: false,
  startMonths: [],
  shortage: false,
  districtInternship: false,
  near: "",
  distance: null,
  sort: "newest",
  page: 1,
});

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const TRUE = new Set(["1", "true", "ja", "yes", "on"]);

function values(params: URLSearchParams, name: string, valid: (v: string) => boolean): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(name)) {
    for (const part of raw.split(",")) {
      const v = part.trim();
      if (v && valid(v) && !out.includes(v)) out.push(v);
    }
  }
  return out.slice(0, MAX_VALUES).sort();
}

/** Reads a query from URL parameters. Unknown or malformed values are dropped, never an error. */
export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  // "niveau 2 kok" is the level filter and the word "kok": the level leaves the text and
  // is written back as niveau=2, so the URL round trip is stable and the filter shows.
  const typed = extractLevels((params.get(PARAM.text) ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH));
  const text = typed.text;
  const allowance = Number(params.get(PARAM.minAllowance));
  const sortParam = params.get(PARAM.sort);
  const sort = (Object.entries(SORT_PARAM).find(([, v]) => v === sortParam)?.[0] as SortOrder | undefined) ?? defaultSort(text);
  const page = Math.floor(Number(params.get(PARAM.page)));
  const near = (params.get(PARAM.near) ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_PLACE_LENGTH);
  return {
    text,
    sectors: values(params, PARAM.sectors, (v) => (sectors as readonly string[]).includes(v)),
    qualifications: values(params, PARAM.qualifications, (v) => ID.test(v)),
    levels: [...new Set([...values(params, PARAM.levels, (v) => /^[1-4]$/.test(v)).map(Number), ...typed.levels])].sort((a, b) => a - b),
    municipalities: values(params, PARAM.municipalities, (v) => SLUG.test(v)),
    districts: values(params, PARAM.districts, (v) => SLUG.test(v)),
    hours: values(params, PARAM.hours, (v) => HOURS_BANDS.some((b) => b.key === v)) as HoursBand[],
    // Any whole amount: the thresholds offered follow the rules in force, and a link made
    // before a rule changed must keep working.
    minAllowance: Number.isInteger(allowance) && allowance >= 1 && allowance <= MAX_ALLOWANCE_FILTER ? allowance : null,
    route: (ROUTES as readonly string[]).includes(params.get(PARAM.route) ?? "") ? (params.get(PARAM.route) as RouteFilter) : null,
    meetsCode: TRUE.has(params.get(PARAM.meetsCode) ?? ""),
    marks: values(params, PARAM.marks, (v) => (KEURMERK_TYPES as readonly string[]).includes(v)) as KeurmerkType[],
    pact: TRUE.has(params.get(PARAM.pact) ?? ""),
    startMonths: values(params, PARAM.startMonths, (v) => MONTH.test(v)),
    shortage: TRUE.has(params.get(PARAM.shortage) ?? ""),
    districtInternship: TRUE.has(params.get(PARAM.districtInternship) ?? ""),
    near,
    distance: near ? (parseDistance(params.get(PARAM.distance)) ?? DEFAULT_DISTANCE_KM) : null,
    // Sorting by relevance without words means nothing; newest is what a visitor expects.
    // Sorting by distance without a place likewise (and, once looked up, without
    // coordinates for it: see effectiveSort).
    sort: (sort === "relevance" && !text) || (sort === "distance" && !near) ? defaultSort(text) : sort,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  };
}

/** The canonical URL parameters of a query: defaults left out, values in a fixed order. */
export function toSearchParams(query: SearchQuery, { page = true }: { page?: boolean } = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (query.text) p.set(PARAM.text, query.text);
  for (const v of query.sectors) p.append(PARAM.sectors, v);
  for (const v of query.qualifications) p.append(PARAM.qualifications, v);
  for (const v of query.levels) p.append(PARAM.levels, String(v));
  for (const v of query.municipalities) p.append(PARAM.municipalities, v);
  for (const v of query.districts) p.append(PARAM.districts, v);
  for (const v of query.hours) p.append(PARAM.hours, v);
  if (query.minAllowance !== null) p.set(PARAM.minAllowance, String(query.minAllowance));
  if (query.route !== null) p.set(PARAM.route, query.route);
  if (query.meetsCode) p.set(PARAM.meetsCode, "1");
  for (const v of query.marks) p.append(PARAM.marks, v);
  if (query.pact) p.set(PARAM.pact, "1");
  for (const v of query.startMonths) p.append(PARAM.startMonths, v);
  if (query.shortage) p.set(PARAM.shortage, "1");
  if (query.districtInternship) p.set(PARAM.districtInternship, "1");
  if (query.near) {
    p.set(PARAM.near, query.near);
    if (query.distance !== null) p.set(PARAM.distance, String(query.distance));
  }
  const sort = sortParamValue(query, query.sort);
  if (sort) p.set(PARAM.sort, sort);
  if (page && query.page > 1) p.set(PARAM.page, String(query.page));
  return p;
}

export function searchHref(path: string, query: SearchQuery, options?: { page?: boolean }): string {
  const s = toSearchParams(query, options).toString();
  return s ? `${path}?${s}` : path;
}

/**
 * The order the engines apply: sorting by distance needs coordinates for the place, so
 * a place that could not be found falls back to the default order.
 */
export function effectiveSort(query: SearchQuery): SortOrder {
  return query.sort === "distance" && !hasOrigin(query) ? defaultSort(query.text) : query.sort;
}

/** Which filters are set, in the order they appear on the page. */
export function activeFilters(query: SearchQuery): FilterKey[] {
  return FILTER_KEYS.filter((key) => {
    const v = query[key];
    return Array.isArray(v) ? v.length > 0 : typeof v === "boolean" ? v : v !== null && v !== "";
  });
}

/** The same query without one filter, back on page 1. */
export function withoutFilter(query: SearchQuery, key: FilterKey): SearchQuery {
  const empty = emptyQuery();
  const next = { ...query, [key]: empty[key], page: 1 } as SearchQuery;
  if (key === "text" && next.sort === "relevance") next.sort = "newest";
  if (key === "near") {
    next.distance = null;
    next.origin = undefined;
    next.place = undefined;
    if (next.sort === "distance") next.sort = defaultSort(next.text);
  }
  return next;
}

/**
 * The FTS5 MATCH expression for what the visitor typed (see app/search/text.ts). Every
 * word that narrows the search (stop words do not) must occur: as typed, as a word or
 * the start of one in the text columns ("verp" finds "verpleegkundige"); or by one of
 * its stems in any column ("koks" finds "kok" and "koken"); or, for a compound,
 * by all of its parts ("zorgmedewerker" finds "medewerker in de zorg"). Words are
 * quoted, so FTS5 operators and punctuation in the input can never cause a syntax
 * error. Returns null when nothing searchable is left.
 */
export function ftsMatchExpression(text: string): string | null {
  const terms = ftsTerms(text);
  if (terms.length === 0) return null;
  return terms.map((t) => `(${t.typed} OR ${t.other})`).join(" AND ");
}

/**
 * ftsMatchExpression word by word: `typed` is the word as typed in a text column,
 * `other` the rest of what finds it (its stems in any column, or all of a compound's
 * parts), and `title` the word as typed for the titles-only table internship_title_search.
 */
type FtsTerm = { typed: string; other: string; title: string };

function ftsTerms(text: string): FtsTerm[] {
  return queryTerms(text).map((term) => {
    const parts = term.parts.length ? ` OR (${term.parts.map((p) => `(${wordExpression(p)})`).join(" AND ")})` : "";
    return { typed: typedColumns(`"${term.word}"*`), other: `${anyStem(term.stems)}${parts}`, title: `"${term.word}"*` };
  });
}

const typedColumns = (phrase: string) => `(- {stems} : ${phrase})`;
// Any column: the stems column holds only the stems that are not one of the document's
// own words, which the text columns hold ("kok" in a title is not repeated as a stem).
const anyStem = (stems: string[]) => `(${stems.map((s) => `"${s}"`).join(" OR ")})`;
const wordExpression = (t: { word: string; stems: string[] }) => `${typedColumns(`"${t.word}"*`)} OR ${anyStem(t.stems)}`;

/**
 * The relevance tiers above "found by stem or compound part only": 0 = every word as
 * typed in the title (an expression for internship_title_search, whose one column is the
 * title: far fewer postings to read than the title column of internship_search), 1 =
 * every word as typed in any text column (for internship_search). Null without words.
 */
export function ftsTierExpressions(text: string): [string, string] | null {
  const terms = ftsTerms(text);
  if (terms.length === 0) return null;
  return [terms.map((t) => t.title).join(" AND "), terms.map((t) => t.typed).join(" AND ")];
}

/**
 * The text sent to Meilisearch, which has no OR in a query: one stem per word that
 * narrows the search (stop words are left out), which the document's stems field holds
 * for each of its words; for a compound its parts' stems. Meilisearch matches only the
 * last query word as the start of a word, so that one is a stem the typed word starts
 * with ("koks" → kok, finding kok, koks and koken), or the word as typed when no stem
 * is ("verpleeg", whose stem "verpleg" would miss "verpleegkundige").
 */
export function meilisearchQueryText(text: string): string {
  const terms = queryTerms(text);
  return terms
    .flatMap((t, i) => {
      if (t.parts.length) return t.parts.map((p) => searchKey(p.word));
      if (i < terms.length - 1) return [searchKey(t.word)];
      const prefixes = t.stems.filter((s) => t.word.startsWith(s)).sort((a, b) => a.length - b.length);
      return [prefixes[0] ?? t.word];
    })
    .filter((w, i, all) => all.indexOf(w) === i)
    .join(" ");
}

/** Lower-case words of letters and digits (any script); everything else separates words. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w, i, all) => all.indexOf(w) === i);
}
