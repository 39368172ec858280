// What the public search pages, the feed, the export and the open-data API load.
import { getI18n, SUPPORTED_LOCALES, type Locale } from "~/i18n/config";
import { sectors } from "~/domain/organisation";
import type { SearchHit } from "~/search/document";
import type { SearchResult } from "~/search/engine";
import { activeFilters, emptyQuery, PAGE_SIZE, parseSearchQuery, tokenize, withoutFilter, type FilterKey, type SearchQuery } from "~/search/query";
import { foldWord } from "~/search/spelling";
import { db } from "~/utils/db.server";
import { mayPreferCorrection, prefersCorrection } from "~/search/spelling";
import { locateQuery, searchInternships, spellingSuggestion } from "./search.server";
import { distanceKm, isValidCoordinates, roundedDistance } from "~/domain/location";
import { resolvePlace } from "~/services/locations/geocoder.server";

export function queryFromUrl(url: URL): SearchQuery {
  return parseSearchQuery(url.searchParams);
}

/** The query of a URL with its place looked up (see locateQuery): for pages that search more than once. */
export async function locatedQueryFromUrl(url: URL): Promise<SearchQuery> {
  return (await locateQuery(queryFromUrl(url))).query;
}

/** Names for the facet values that are ids or slugs (qualifications, municipalities, districts). */
export async function facetLabels(locale: Locale) {
  const [qualifications, municipalities, districts] = await Promise.all([
    db.qualification.findMany({ select: { id: true, nameNl: true, nameEn: true } }),
    db.municipality.findMany({ select: { slug: true, name: true } }),
    db.district.findMany({ select: { slug: true, name: true } }),
  ]);
  return {
    qualification: Object.fromEntries(qualifications.map((q) => [q.id, locale === "en" ? q.nameEn : q.nameNl])),
    municipality: Object.fromEntries(municipalities.map((m) => [m.slug, m.name])),
    district: Object.fromEntries(districts.map((d) => [d.slug, d.name])),
  };
}

/** For a search without results: how many there would be without each filter, best first. */
export async function dropSuggestions(query: SearchQuery): Promise<{ key: FilterKey; total: number; query: SearchQuery }[]> {
  const suggestions = [];
  for (const key of activeFilters(query)) {
    const relaxed = withoutFilter(query, key);
    const { total } = await searchInternships(relaxed, { pageSize: 1, facets: false });
    if (total > 0) suggestions.push({ key, total, query: relaxed });
  }
  return suggestions.sort((a, b) => b.total - a.total);
}

/**
 * For a text search without results: the same search with misspelt words corrected,
 * offered only when it finds something with the filters as they are.
 */
export async function spellingAlternative(query: SearchQuery, result: SearchResult): Promise<{ text: string; total: number; query: SearchQuery } | null> {
  if (result.total > 0) return null;
  const text = await spellingSuggestion(query.text, result.engine);
  if (!text) return null;
  const corrected: SearchQuery = { ...query, text, page: 1 };
  const { total } = await searchInternships(corrected, { pageSize: 1, facets: false });
  return total > 0 ? { text, total, query: corrected } : null;
}

export async function searchPage(query: SearchQuery): Promise<SearchResult> {
  return searchInternships(query, { pageSize: PAGE_SIZE });
}

export type SearchPageResult = {
  result: SearchResult;
  /** Set when the results shown are those of the corrected words, not of the words typed. */
  corrected: { text: string; typed: string } | null;
};

/**
 * The results page with the typo fallback: when the words as typed find (almost)
 * nothing and the engine offers a spelling, the corrected words are searched and
 * shown instead, as long as they find more. Meilisearch forgives typos itself and
 * offers no spelling, so this only ever happens on the embedded engine.
 */
export async function searchPageWithFallback(query: SearchQuery, { literal }: { literal: boolean }): Promise<SearchPageResult> {
  const result = await searchPage(query);
  if (literal || !query.text || !mayPreferCorrection(result.total)) return { result, corrected: null };
  const text = await spellingSuggestion(query.text, result.engine);
  if (!text || text === query.text) return { result, corrected: null };
  const corrected = await searchPage({ ...query, text });
  if (!prefersCorrection(result.total, corrected.total)) return { result, corrected: null };
  return { result: corrected, corrected: { text, typed: query.text } };
}

/** The filters a visitor set, counted per value ("Filters (3)"); the words are not a filter. */
export function filterCount(query: SearchQuery): number {
  return activeFilters(query)
    .filter((key) => key !== "text")
    .reduce((n, key) => {
      const v = query[key];
      return n + (Array.isArray(v) ? v.length : 1);
    }, 0);
}

// The words of each sector's name in both languages ("Zorg en welzijn" → zorg, welzijn),
// without the short and the generic ones, for "all internships in this sector".
const GENERIC_WORDS = new Set(["and", "sector", "industries", "services"]);
let sectorWordsCache: Map<string, string[]> | null = null;
function sectorNameWords(): Map<string, string[]> {
  if (!sectorWordsCache) {
    sectorWordsCache = new Map(
      sectors.map((sector) => {
        const words = SUPPORTED_LOCALES.flatMap((locale) => tokenize(getI18n(locale).t(`common:sector.${sector}`)).map(foldWord));
        return [sector, [...new Set(words)].filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w))];
      }),
    );
  }
  return sectorWordsCache;
}

/** Does a typed word name this sector word: the same word, or a compound starting with it ("zorgmedewerker")? */
function namesWord(typed: string, word: string): boolean {
  return typed === word || (word.length >= 4 && typed.startsWith(word)) || (typed.length >= 4 && word.startsWith(typed));
}

/**
 * For a search without results: the broader sector, as a link to all its internships
 * with their count. The sectors the search was narrowed to, and the sectors whose name
 * (or everyday words, from the vocabulary) the words contain.
 */
export async function broaderSectors(query: SearchQuery): Promise<{ sector: string; total: number; query: SearchQuery }[]> {
  const found = new Set<string>(query.sectors);
  const typed = tokenize(query.text).map(foldWord);
  if (typed.length) {
    const vocabulary = await db.sectorVocabulary.findMany({ select: { sector: true, terms: true } }).catch(() => []);
    const words = sectorNameWords();
    for (const sector of sectors) {
      const everyday = vocabulary
        .filter((v) => v.sector === sector)
        .flatMap((v) => v.terms.split(","))
        .flatMap((term) => tokenize(term).map(foldWord))
        .filter((w) => w.length >= 3);
      const candidates = [...(words.get(sector) ?? []), ...everyday];
      if (typed.some((t) => candidates.some((w) => namesWord(t, w)))) found.add(sector);
    }
  }
  const out = [];
  for (const sector of [...found].slice(0, 3)) {
    const broader: SearchQuery = { ...emptyQuery(), sectors: [sector] };
    const { total } = await searchInternships(broader, { pageSize: 1, facets: false });
    if (total > 0) out.push({ sector, total, query: broader });
  }
  return out;
}

/** Every result of a search (for the CSV export), up to a limit. */
export async function allResults(query: SearchQuery, limit = 10_000): Promise<SearchHit[]> {
  const { hits } = await searchInternships({ ...query, page: 1 }, { pageSize: limit, facets: false });
  return hits;
}

/**
 * How far an internship's work address is from the place a search was near (`?bij=` on
 * the link from the results): the place as normalised ("1102 AB") and the rounded km.
 * Null without a place, when the place cannot be found, or the address has no coordinates.
 */
export async function distanceFromPlace(raw: string | null, point: { latitude: number | null; longitude: number | null }, now = new Date()) {
  if (!raw || !isValidCoordinates(point)) return null;
  const answer = await resolvePlace(raw, now);
  if (!("place" in answer) || answer.status !== "found") return null;
  return { place: answer.place.text, km: roundedDistance(distanceKm(answer, point)) };
}
