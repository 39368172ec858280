// The Meilisearch engine, used when MEILI_HOST is set: typo tolerance and fast facets
// on a separate server, for deployments that outgrow the embedded engine. It indexes
// the same documents (app/search/document.ts) and answers the same SearchQuery.
import { Meilisearch, type Filter, type MultiSearchQuery, type Settings } from "meilisearch";
import type { SearchDocument, SearchHit } from "./document";
import { isValidCoordinates } from "~/domain/location";
import { emptyFacets, pageCountOf, withDistances, type FacetCount, type SearchEngine, type SearchOptions, type SearchResult } from "./engine";
import { ALLOWANCE_THRESHOLDS, effectiveSort, hasOrigin, meilisearchQueryText, type SearchQuery } from "./query";
import { TYPO_MIN_WORD_SIZE } from "./spelling";
import { documentStems } from "./text";

export const MEILI_INDEX = "internships";

export const MEILI_SETTINGS: Settings = {
  // Order matters: a match in the title ranks above one in the description, and a
  // match by stem or compound part only (`stems`, see app/search/text.ts) comes last.
  searchableAttributes: [
    "title",
    "organisationName",
    "qualificationNl",
    "qualificationEn",
    "crebo",
    "city",
    "districtName",
    "municipalityName",
    "description",
    "keywords",
    "stems",
  ],
  filterableAttributes: [
    "sector",
    "qualificationId",
    "level",
    "municipality",
    "district",
    "hoursBand",
    "monthlyAllowance",
    "route",
    "payCheck",
    "startMonth",
    "marks",
    "pactSignatory",
    "shortageSector",
    "districtInternship",
    "_geo",
  ],
  sortableAttributes: ["publishedAt", "monthlyAllowance", "_geo"],
  // The same thresholds as the embedded engine's spelling suggestions.
  typoTolerance: { enabled: true, minWordSizeForTypos: { ...TYPO_MIN_WORD_SIZE } },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 100_000 },
};

type Group = "sector" | "qualificationId" | "level" | "municipality" | "district" | "hoursBand" | "startMonth";
const GROUPS: Group[] = ["sector", "qualificationId", "level", "municipality", "district", "hoursBand", "startMonth"];
const FACETS = [...GROUPS, "marks", "pactSignatory", "shortageSector", "districtInternship", "route", "payCheck"];

const quote = (value: string | number) => (typeof value === "number" ? String(value) : JSON.stringify(value));

function selected(query: SearchQuery, group: Group): (string | number)[] {
  switch (group) {
    case "sector":
      return query.sectors;
    case "qualificationId":
      return query.qualifications;
    case "level":
      return query.levels;
    case "municipality":
      return query.municipalities;
    case "district":
      return query.districts;
    case "hoursBand":
      return query.hours;
    case "startMonth":
      return query.startMonths;
  }
}

/** Meilisearch's array filter form: the outer array is AND, an inner array is OR. */
export function meiliFilter(query: SearchQuery, except?: Group | "allowance"): Filter {
  const filter: (string | string[])[] = [];
  for (const group of GROUPS) {
    const values = selected(query, group);
    if (group === except || values.length === 0) continue;
    filter.push(values.map((v) => `${group} = ${quote(v)}`));
  }
  // A numeric comparison, so any threshold the rules give works without re-indexing.
  if (query.minAllowance !== null && except !== "allowance") filter.push(`monthlyAllowance >= ${Math.trunc(query.minAllowance)}`);
  if (query.route) filter.push(`route = ${quote(query.route)}`);
  if (query.meetsCode) filter.push(`payCheck = "meets_code"`);
  for (const mark of query.marks) filter.push(`marks = ${quote(mark)}`);
  if (query.pact) filter.push("pactSignatory = true");
  if (query.shortage) filter.push("shortageSector = true");
  if (query.districtInternship) filter.push("districtInternship = true");
  // Meilisearch's geo filter: metres from the place, the edge included.
  if (hasOrigin(query)) filter.push(`_geoRadius(${query.origin.latitude}, ${query.origin.longitude}, ${query.distance * 1000})`);
  return filter;
}

function toCounts(distribution: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * The document as Meilisearch indexes it: with its stems as a searchable field and, when
 * its coordinates are known, Meilisearch's geo field (left out otherwise: never near).
 */
export type MeilisearchDocument = SearchDocument & { stems: string; _geo?: { lat: number; lng: number }; _geoDistance?: number };

/** A hit as both engines return it: without the fields only the index needs. */
const asHit = ({ stems: _stems, keywords: _keywords, _geo, _geoDistance, ...hit }: MeilisearchDocument): SearchHit => hit;

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  private readonly client: Meilisearch;
  private prepared: Promise<void> | null = null;

  constructor(host: string, apiKey?: string, { timeout = 2000 }: { timeout?: number } = {}) {
    this.client = new Meilisearch({ host, apiKey, timeout, defaultWaitOptions: { timeout: 30_000, interval: 50 } });
  }

  private get index() {
    return this.client.index<SearchDocument>(MEILI_INDEX);
  }

  /** Creates the index when missing and applies the settings, once per process. */
  private prepare(): Promise<void> {
    this.prepared ??= (async () => {
      const created = await this.client.createIndex(MEILI_INDEX, { primaryKey: "id" }).waitTask();
      if (created.status === "failed" && created.error?.code !== "index_already_exists") {
        throw new Error(`Meilisearch could not create the index: ${created.error?.message}`);
      }
      await this.confirm(this.index.updateSettings(MEILI_SETTINGS).waitTask());
    })().catch((error) => {
      this.prepared = null;
      throw error;
    });
    return this.prepared;
  }

  /** A task counts as done only when Meilisearch reports it succeeded. */
  private async confirm(task: Promise<{ status: string; error?: { message: string } | null }>) {
    const done = await task;
    if (done.status !== "succeeded") throw new Error(`Meilisearch task ${done.status}: ${done.error?.message ?? "no detail"}`);
  }

  async search(query: SearchQuery, options: SearchOptions): Promise<SearchResult> {
    const order = effectiveSort(query);
    const sort =
      order === "newest"
        ? ["publishedAt:desc"]
        : order === "allowance"
          ? ["monthlyAllowance:desc", "publishedAt:desc"]
          : order === "distance" && hasOrigin(query)
            ? [`_geoPoint(${query.origin.latitude}, ${query.origin.longitude}):asc`, "publishedAt:desc"]
            : undefined;
    // Stems and compound parts instead of the words as typed, without stop words; every
    // word must match (Meilisearch's default "last" strategy would drop words).
    const q = meilisearchQueryText(query.text);
    const main: MultiSearchQuery = {
      indexUid: MEILI_INDEX,
      q,
      matchingStrategy: "all",
      filter: meiliFilter(query),
      page: query.page,
      hitsPerPage: options.pageSize,
      ...(sort ? { sort } : {}),
      ...(options.facets === false ? {} : { facets: FACETS }),
    };
    // A group the visitor already narrowed gets its counts from a query without that
    // group's own filter (disjunctive facets), all in one multi-search round trip.
    const narrowed = options.facets === false ? [] : GROUPS.filter((g) => selected(query, g).length > 0);
    // Per allowance threshold, how many meet it without the allowance filter itself.
    const thresholds = options.facets === false ? [] : (options.allowanceThresholds ?? ALLOWANCE_THRESHOLDS);
    const withoutAllowance = meiliFilter(query, "allowance");
    const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, MeilisearchDocument>({
      queries: [
        main,
        ...narrowed.map((g) => ({
          indexUid: MEILI_INDEX,
          q,
          matchingStrategy: "all" as const,
          filter: meiliFilter(query, g),
          hitsPerPage: 0,
          page: 1,
          facets: [g],
        })),
        ...thresholds.map((t) => ({
          indexUid: MEILI_INDEX,
          q,
          matchingStrategy: "all" as const,
          filter: [...(withoutAllowance as string[]), `monthlyAllowance >= ${Math.trunc(t)}`],
          hitsPerPage: 0,
          page: 1,
        })),
      ],
    });
    const [first, ...rest] = results;
    const others = rest.slice(0, narrowed.length);
    const thresholdResults = rest.slice(narrowed.length);
    const total = first.totalHits ?? first.estimatedTotalHits ?? 0;
    const pageCount = pageCountOf(total, options.pageSize);
    // Past the last page: answer with the last page, as the embedded engine does.
    if (query.page > pageCount && total > 0) return this.search({ ...query, page: pageCount }, options);
    const facets = emptyFacets();
    if (options.facets !== false) {
      const distribution = { ...first.facetDistribution };
      narrowed.forEach((g, i) => {
        distribution[g] = others[i]?.facetDistribution?.[g] ?? {};
      });
      facets.sector = toCounts(distribution.sector);
      facets.qualification = toCounts(distribution.qualificationId);
      facets.level = toCounts(distribution.level);
      facets.municipality = toCounts(distribution.municipality);
      facets.district = toCounts(distribution.district);
      facets.hours = toCounts(distribution.hoursBand);
      facets.startMonth = toCounts(distribution.startMonth).sort((a, b) => a.value.localeCompare(b.value));
      facets.allowance = thresholds.map((t, i) => ({
        value: String(t),
        count: thresholdResults[i]?.totalHits ?? thresholdResults[i]?.estimatedTotalHits ?? 0,
      }));
      facets.flags = {
        pact: distribution.pactSignatory?.true ?? 0,
        shortage: distribution.shortageSector?.true ?? 0,
        districtInternship: distribution.districtInternship?.true ?? 0,
        fair_hospitality: distribution.marks?.fair_hospitality ?? 0,
        inclusive_employer: distribution.marks?.inclusive_employer ?? 0,
        sna: distribution.marks?.sna ?? 0,
        bbl: distribution.route?.BBL ?? 0,
        belowCode: distribution.payCheck?.below_new_minimum ?? 0,
      };
    }
    return {
      total,
      page: Math.min(query.page, pageCount),
      pageCount,
      hits: withDistances((first.hits as MeilisearchDocument[]).map(asHit), query),
      facets,
      engine: this.name,
    };
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.prepare();
    const indexed: MeilisearchDocument[] = documents.map((d) => ({
      ...d,
      stems: documentStems(d),
      ...(isValidCoordinates(d) ? { _geo: { lat: d.latitude, lng: d.longitude } } : {}),
    }));
    await this.confirm(this.client.index<MeilisearchDocument>(MEILI_INDEX).addDocuments(indexed, { primaryKey: "id" }).waitTask());
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.prepare();
    await this.confirm(this.index.deleteDocuments(ids).waitTask());
  }

  async reset(): Promise<void> {
    this.prepared = null;
    await this.prepare();
    await this.confirm(this.index.deleteAllDocuments().waitTask());
  }

  async markBuilt(): Promise<void> {
    // Meilisearch keeps its own record of tasks; nothing to store.
  }

  async count(): Promise<number> {
    await this.prepare();
    return (await this.index.getStats()).numberOfDocuments;
  }
}
