// What the public search pages, the feed, the export and the open-data API load.
import { comparisonMessage, type PayMessage } from "~/domain/pay-code";
import type { Locale } from "~/i18n/config";
import type { SearchDocument } from "~/search/document";
import type { SearchResult } from "~/search/engine";
import { activeFilters, PAGE_SIZE, parseSearchQuery, withoutFilter, type FilterKey, type SearchQuery } from "~/search/query";
import { db } from "~/utils/db.server";
import { getPublishedInternship } from "./internships-public.server";
import { checkOrganisationPay } from "./pay-rules.server";
import { searchInternships, spellingSuggestion } from "./search.server";

export function queryFromUrl(url: URL): SearchQuery {
  return parseSearchQuery(url.searchParams);
}

/** Names for the facet values that are ids or slugs (qualifications, municipalities, districts). */
export async function facetLabels(locale: Locale) {
  const [qualifications, municipalities, districts] = await Promise.all([
    db.qualification.findMany({ select: { id: true, nameNl: true, nameEn: true } }),
    db.municipality.findMany({ select: { slug: true, name: true } }),
    db.district.findMany({ select: { slug: true, name: true, municipality: { select: { name: true } } } }),
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

/** Every result of a search (for the CSV export), up to a limit. */
export async function allResults(query: SearchQuery, limit = 10_000): Promise<SearchDocument[]> {
  const { hits } = await searchInternships({ ...query, page: 1 }, { pageSize: limit, facets: false });
  return hits;
}

/** A published internship with what its page shows: badges, the allowance against the code. */
export async function getInternshipPage(id: string, now = new Date()) {
  const internship = await getPublishedInternship(id, now);
  if (!internship) return null;
  const pay = await checkOrganisationPay(
    db,
    { kind: internship.organisation.kind, municipalityId: internship.municipalityId },
    { hoursPerWeek: internship.hoursPerWeek, monthlyAllowance: internship.monthlyAllowance },
    now,
  );
  const comparison: PayMessage | null = pay.status === "checked" ? comparisonMessage(pay) : null;
  return { internship, comparison };
}
