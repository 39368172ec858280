// The embedded engine: SQLite FTS5 in the application's own database file, no server.
//
// It talks to SQLite through its own better-sqlite3 connection rather than through
// Prisma: prepared statements are reused, calls are synchronous (no round trip through
// the driver adapter's async queue) and FTS5 functions such as bm25() can be used
// freely. Prisma stays the only writer of the product's tables; this connection writes
// only the index tables (search_doc, internship_search, search_meta), created by the
// hand-written migration 20261123002000_search.
import path from "node:path";
import Database from "better-sqlite3";
import type { SearchDocument } from "./document";
import {
  emptyFacets,
  FLAG_KEYS,
  pageCountOf,
  type FacetCount,
  type Facets,
  type SearchEngine,
  type SearchOptions,
  type SearchResult,
} from "./engine";
import { ALLOWANCE_THRESHOLDS, ftsMatchExpression, toSearchParams, type SearchQuery } from "./query";

type Group = "sector" | "qualification" | "level" | "municipality" | "district" | "hours" | "startMonth" | "allowance";

const GROUP_COLUMN: Record<Exclude<Group, "allowance">, string> = {
  sector: "sector",
  qualification: "qualification",
  level: "level",
  municipality: "municipality",
  district: "district",
  hours: "hours_band",
  startMonth: "start_month",
};

const FLAG_COLUMN: Record<(typeof FLAG_KEYS)[number], string> = {
  pact: "pact",
  shortage: "shortage",
  districtInternship: "district_internship",
  fair_hospitality: "fair_hospitality",
  inclusive_employer: "inclusive_employer",
  sna: "sna",
};

// Column weights for bm25: a word in the title counts most, then organisation and
// qualification, then the place, then the description.
const RANK = "bm25(internship_search, 8.0, 1.0, 4.0, 4.0, 2.0)";

export function databaseFileFromUrl(url: string): string {
  const file = url.replace(/^file:/, "").split("?")[0];
  return path.resolve(file);
}

type Where = { sql: string; params: (string | number)[] };
type Match = { rowids: number[]; ranks: Float64Array | null };

/** Up to this many documents facet counts are GROUP BY queries; above it they are counted in memory (see FacetColumns). */
const SQL_FACET_LIMIT = 20_000;

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded" as const;
  private readonly sqlite: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly cache = new Map<string, SearchResult>();
  private writes = 0;
  private snapshot: { version: string; columns: FacetColumns } | null = null;

  constructor(
    file: string,
    private readonly options: { cache?: boolean; facetMode?: "sql" | "memory" | "auto" } = {},
  ) {
    this.sqlite = new Database(file);
    this.sqlite.pragma("journal_mode = WAL");
    this.sqlite.pragma("busy_timeout = 5000");
    this.sqlite.pragma("temp_store = MEMORY");
    this.sqlite.pragma("cache_size = -32000");
  }

  close() {
    this.sqlite.close();
  }

  private prepare(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** The WHERE clause for a query; `except` leaves one group out (for its own counts). */
  private where(query: SearchQuery, except?: Group, { text = true }: { text?: boolean } = {}): Where {
    const sql: string[] = [];
    const params: (string | number)[] = [];
    const match = text ? ftsMatchExpression(query.text) : null;
    if (match) {
      sql.push("d.rowid IN (SELECT rowid FROM internship_search WHERE internship_search MATCH ?)");
      params.push(match);
    }
    const inList = (group: Exclude<Group, "allowance">, list: (string | number)[]) => {
      if (group === except || list.length === 0) return;
      sql.push(`d.${GROUP_COLUMN[group]} IN (${list.map(() => "?").join(",")})`);
      params.push(...list);
    };
    inList("sector", query.sectors);
    inList("qualification", query.qualifications);
    inList("level", query.levels);
    inList("municipality", query.municipalities);
    inList("district", query.districts);
    inList("hours", query.hours);
    inList("startMonth", query.startMonths);
    if (query.minAllowance !== null && except !== "allowance") {
      sql.push("d.allowance >= ?");
      params.push(query.minAllowance);
    }
    for (const mark of query.marks) sql.push(`d.${FLAG_COLUMN[mark]} = 1`);
    if (query.pact) sql.push("d.pact = 1");
    if (query.shortage) sql.push("d.shortage = 1");
    if (query.districtInternship) sql.push("d.district_internship = 1");
    return { sql: sql.length ? `WHERE ${sql.join(" AND ")}` : "", params };
  }

  private cacheKey(query: SearchQuery, options: SearchOptions) {
    const version = this.sqlite.pragma("data_version", { simple: true });
    return `${version}:${this.writes}:${options.pageSize}:${options.facets !== false}:${query.sort}:${toSearchParams(query)}`;
  }

  async search(query: SearchQuery, options: SearchOptions): Promise<SearchResult> {
    return this.searchSync(query, options);
  }

  searchSync(query: SearchQuery, options: SearchOptions): SearchResult {
    const key = this.options.cache === false ? null : this.cacheKey(query, options);
    const cached = key ? this.cache.get(key) : undefined;
    if (cached) return cached;
    // A read transaction, so the hits and the counts come from one snapshot.
    const result = this.sqlite.transaction(() => this.run(query, options))();
    if (key) {
      if (this.cache.size >= 200) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, result);
    }
    return result;
  }

  private run(query: SearchQuery, options: SearchOptions): SearchResult {
    const memory = this.options.facetMode === "memory" || (this.options.facetMode !== "sql" && this.size() > SQL_FACET_LIMIT);
    let total: number;
    let facets: Facets;
    if (memory) {
      const pageSize = options.pageSize;
      const counted = this.columns().count(query, this.matching(query), { pageSize });
      const body = this.prepare("SELECT doc FROM search_doc_body WHERE rowid = ?").pluck();
      const hits = counted.rowids.map((rowid) => JSON.parse(body.get(rowid) as string) as SearchDocument);
      const pageCount = pageCountOf(counted.total, pageSize);
      return { total: counted.total, page: counted.page, pageCount, hits, facets: counted.facets, engine: this.name };
    } else {
      const all = this.where(query);
      const totals = this.prepare(
        `SELECT count(*) AS total, ${FLAG_KEYS.map((f) => `coalesce(sum(d.${FLAG_COLUMN[f]}), 0) AS ${FLAG_COLUMN[f]}`).join(", ")} FROM search_doc d ${all.sql}`,
      ).get(...all.params) as Record<string, number>;
      total = totals.total;
      facets = options.facets === false ? emptyFacets() : this.sqlFacets(query, all, totals);
    }
    const pageCount = pageCountOf(total, options.pageSize);
    const page = Math.min(query.page, pageCount);
    const hits = this.hits(query, options.pageSize, (page - 1) * options.pageSize);
    return { total, page, pageCount, hits, facets: options.facets === false ? emptyFacets() : facets, engine: this.name };
  }

  private size(): number {
    return (this.prepare("SELECT max(rowid) - min(rowid) + 1 AS n FROM search_doc").get() as { n: number | null }).n ?? 0;
  }

  /** Rowids matching the words (with their bm25 rank when sorting by relevance); null when there are no words. */
  private matching(query: SearchQuery): Match | null {
    const match = ftsMatchExpression(query.text);
    if (!match) return null;
    if (query.sort !== "relevance") {
      return { rowids: this.prepare("SELECT rowid FROM internship_search WHERE internship_search MATCH ?").pluck().all(match) as number[], ranks: null };
    }
    const rows = this.prepare(`SELECT rowid, ${RANK} FROM internship_search WHERE internship_search MATCH ?`).raw().all(match) as [number, number][];
    const rowids = new Array<number>(rows.length);
    const ranks = new Float64Array(rows.length);
    rows.forEach(([rowid, rank], k) => {
      rowids[k] = rowid;
      ranks[k] = rank;
    });
    return { rowids, ranks };
  }

  /** The facet columns in memory, reloaded whenever the index changed (here or in another process). */
  private columns(): FacetColumns {
    const version = `${this.sqlite.pragma("data_version", { simple: true })}:${this.writes}`;
    if (!this.snapshot || this.snapshot.version !== version) {
      this.snapshot = { version, columns: FacetColumns.load(this.sqlite) };
    }
    return this.snapshot.columns;
  }

  private hits(query: SearchQuery, limit: number, offset: number): SearchDocument[] {
    const match = ftsMatchExpression(query.text);
    let rowids: number[];
    if (match && query.sort === "relevance") {
      const rest = this.where(query, undefined, { text: false });
      const and = rest.sql ? `AND ${rest.sql.slice("WHERE ".length)}` : "";
      rowids = this.prepare(
        `SELECT d.rowid FROM internship_search JOIN search_doc d ON d.rowid = internship_search.rowid
         WHERE internship_search MATCH ? ${and} ORDER BY ${RANK}, d.published_at DESC LIMIT ? OFFSET ?`,
      )
        .pluck()
        .all(match, ...rest.params, limit, offset) as number[];
    } else {
      const all = this.where(query);
      const order = query.sort === "allowance" ? "d.allowance DESC, d.published_at DESC" : "d.published_at DESC, d.rowid DESC";
      rowids = this.prepare(`SELECT d.rowid FROM search_doc d ${all.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .pluck()
        .all(...all.params, limit, offset) as number[];
    }
    const body = this.prepare("SELECT doc FROM search_doc_body WHERE rowid = ?").pluck();
    return rowids.map((rowid) => JSON.parse(body.get(rowid) as string) as SearchDocument);
  }

  private sqlFacets(query: SearchQuery, all: Where, totals: Record<string, number>): Facets {
    const facets = emptyFacets();
    const counts = (group: Exclude<Group, "allowance">, selected: boolean): FacetCount[] => {
      const where = selected ? this.where(query, group) : all;
      const column = GROUP_COLUMN[group];
      const rows = this.prepare(
        `SELECT d.${column} AS value, count(*) AS count FROM search_doc d ${where.sql} GROUP BY d.${column} HAVING d.${column} IS NOT NULL`,
      ).all(...where.params) as { value: string | number; count: number }[];
      return sortCounts(rows.map((r) => ({ value: String(r.value), count: r.count })));
    };
    facets.sector = counts("sector", query.sectors.length > 0);
    facets.qualification = counts("qualification", query.qualifications.length > 0);
    facets.level = counts("level", query.levels.length > 0);
    facets.municipality = counts("municipality", query.municipalities.length > 0);
    facets.district = counts("district", query.districts.length > 0);
    facets.hours = counts("hours", query.hours.length > 0);
    facets.startMonth = counts("startMonth", query.startMonths.length > 0).sort((a, b) => a.value.localeCompare(b.value));
    const allowanceWhere = query.minAllowance !== null ? this.where(query, "allowance") : all;
    const bands = this.prepare(
      `SELECT ${ALLOWANCE_THRESHOLDS.map((t) => `coalesce(sum(d.allowance >= ${t}), 0) AS a${t}`).join(", ")} FROM search_doc d ${allowanceWhere.sql}`,
    ).get(...allowanceWhere.params) as Record<string, number>;
    facets.allowance = ALLOWANCE_THRESHOLDS.map((t) => ({ value: String(t), count: bands[`a${t}`] }));
    for (const f of FLAG_KEYS) facets.flags[f] = totals[FLAG_COLUMN[f]];
    return facets;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    const insertDoc = this.prepare(
      `INSERT INTO search_doc (id, published_at, sector, qualification, level, municipality, district, hours, hours_band, allowance,
         start_month, shortage, district_internship, pact, fair_hospitality, inclusive_employer, sna, organisation_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertBody = this.prepare("INSERT INTO search_doc_body (rowid, doc) VALUES (?, ?)");
    const insertText = this.prepare(
      "INSERT INTO internship_search (rowid, title, description, organisation, qualification, place) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.sqlite.transaction(() => {
      for (const d of documents) {
        this.removeOne(d.id);
        const { lastInsertRowid } = insertDoc.run(
          d.id,
          d.publishedAt,
          d.sector,
          d.qualificationId,
          d.level,
          d.municipality,
          d.district,
          d.hoursPerWeek,
          d.hoursBand,
          d.monthlyAllowance,
          d.startMonth,
          d.shortageSector ? 1 : 0,
          d.districtInternship ? 1 : 0,
          d.pactSignatory ? 1 : 0,
          d.marks.includes("fair_hospitality") ? 1 : 0,
          d.marks.includes("inclusive_employer") ? 1 : 0,
          d.marks.includes("sna") ? 1 : 0,
          d.organisationId,
        );
        insertBody.run(lastInsertRowid, JSON.stringify(d));
        insertText.run(
          lastInsertRowid,
          d.title,
          d.description,
          d.organisationName,
          [d.qualificationNl, d.qualificationEn, d.crebo].filter(Boolean).join(" "),
          [d.city, d.districtName, d.municipalityName].filter(Boolean).join(" "),
        );
      }
    })();
    this.writes++;
  }

  private removeOne(id: string) {
    const rowid = this.prepare("SELECT rowid FROM search_doc WHERE id = ?").pluck().get(id) as number | undefined;
    if (rowid === undefined) return;
    this.prepare("DELETE FROM internship_search WHERE rowid = ?").run(rowid);
    this.prepare("DELETE FROM search_doc_body WHERE rowid = ?").run(rowid);
    this.prepare("DELETE FROM search_doc WHERE rowid = ?").run(rowid);
  }

  async remove(ids: string[]): Promise<void> {
    this.sqlite.transaction(() => {
      for (const id of ids) this.removeOne(id);
    })();
    this.writes++;
  }

  async reset(): Promise<void> {
    this.sqlite.transaction(() => {
      this.sqlite.exec(
        "DELETE FROM internship_search; DELETE FROM search_doc_body; DELETE FROM search_doc; DELETE FROM search_meta WHERE key = 'built_at';",
      );
    })();
    this.writes++;
  }

  async markBuilt(at: Date): Promise<void> {
    this.prepare("INSERT INTO search_meta (key, value) VALUES ('built_at', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
      at.toISOString(),
    );
    // Merge the FTS b-trees once after a bulk load: smaller index, faster queries.
    this.sqlite.exec("INSERT INTO internship_search(internship_search) VALUES ('optimize'); ANALYZE search_doc;");
    this.writes++;
  }

  async builtAt(): Promise<Date | null> {
    const row = this.prepare("SELECT value FROM search_meta WHERE key = 'built_at'").get() as { value: string } | undefined;
    return row ? new Date(row.value) : null;
  }

  async count(): Promise<number> {
    return (this.prepare("SELECT count(*) AS n FROM search_doc").get() as { n: number }).n;
  }
}

function sortCounts(counts: FacetCount[]): FacetCount[] {
  return counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

const MEMORY_GROUPS = ["sector", "qualification", "level", "municipality", "district", "hours", "startMonth"] as const;
const FLAG_BITS: Record<(typeof FLAG_KEYS)[number], number> = {
  pact: 1,
  shortage: 2,
  districtInternship: 4,
  fair_hospitality: 8,
  inclusive_employer: 16,
  sna: 32,
};

/**
 * The facet columns of every document as typed arrays (a few MB for 200,000
 * internships). Counting every facet in one pass over these takes a few
 * milliseconds where one GROUP BY per facet over 200,000 rows takes 10–40 ms each
 * (measured with scripts/bench-search.ts), so large indexes count here. The rows come
 * from search_doc with one SELECT; text matching stays in FTS5.
 */
class FacetColumns {
  private constructor(
    private readonly position: Int32Array,
    private readonly rowidAt: Int32Array,
    private readonly dictionaries: string[][],
    private readonly codes: Uint16Array[],
    private readonly allowance: Uint16Array,
    private readonly flags: Uint8Array,
    /** Positions newest first, and by allowance (highest first, then newest): the two orders besides relevance. */
    private readonly newestOrder: Int32Array,
    private readonly allowanceOrder: Int32Array,
  ) {}

  static load(sqlite: Database.Database): FacetColumns {
    const n = (sqlite.prepare("SELECT count(*) FROM search_doc").pluck().get() as number) ?? 0;
    const maxRowid = (sqlite.prepare("SELECT coalesce(max(rowid), 0) FROM search_doc").pluck().get() as number) ?? 0;
    const position = new Int32Array(maxRowid + 1).fill(-1);
    const dictionaries = MEMORY_GROUPS.map(() => [""]);
    const lookup = MEMORY_GROUPS.map(() => new Map<string, number>());
    const codes = MEMORY_GROUPS.map(() => new Uint16Array(n));
    const allowance = new Uint16Array(n);
    const flags = new Uint8Array(n);
    const rowidAt = new Int32Array(n);
    const published = new Float64Array(n);
    const rows = sqlite
      .prepare(
        `SELECT rowid, sector, qualification, level, municipality, district, hours_band, start_month, allowance,
           pact, shortage, district_internship, fair_hospitality, inclusive_employer, sna, published_at FROM search_doc`,
      )
      .raw()
      .iterate() as IterableIterator<(string | number | null)[]>;
    let i = 0;
    for (const row of rows) {
      if (i >= n) break;
      position[row[0] as number] = i;
      rowidAt[i] = row[0] as number;
      published[i] = row[15] as number;
      for (let g = 0; g < MEMORY_GROUPS.length; g++) {
        const value = row[g + 1];
        if (value === null) continue;
        const key = String(value);
        let code = lookup[g].get(key);
        if (code === undefined) {
          code = dictionaries[g].length;
          dictionaries[g].push(key);
          lookup[g].set(key, code);
        }
        codes[g][i] = code;
      }
      allowance[i] = row[8] as number;
      flags[i] = (row[9] ? 1 : 0) | (row[10] ? 2 : 0) | (row[11] ? 4 : 0) | (row[12] ? 8 : 0) | (row[13] ? 16 : 0) | (row[14] ? 32 : 0);
      i++;
    }
    const byNewest = (a: number, b: number) => published[b] - published[a] || rowidAt[b] - rowidAt[a];
    const newestOrder = Int32Array.from({ length: i }, (_, k) => k).sort(byNewest);
    const allowanceOrder = Int32Array.from({ length: i }, (_, k) => k).sort((a, b) => allowance[b] - allowance[a] || byNewest(a, b));
    return new FacetColumns(position, rowidAt, dictionaries, codes, allowance, flags, newestOrder, allowanceOrder);
  }

  /** Total, every facet count (disjunctive within a group, see Facets) and the rowids of the page, in one pass. */
  count(query: SearchQuery, match: Match | null, { pageSize }: { pageSize: number }): { total: number; page: number; facets: Facets; rowids: number[] } {
    const rowids = match?.rowids ?? null;
    const matched = new Uint8Array(this.flags.length);
    const selections: (string | number)[][] = [
      query.sectors,
      query.qualifications,
      query.levels,
      query.municipalities,
      query.districts,
      query.hours,
      query.startMonths,
    ];
    const groups = MEMORY_GROUPS.length;
    // Per group: which codes are selected (null = no filter on this group).
    const selected = selections.map((values, g) => {
      if (values.length === 0) return null;
      const mask = new Uint8Array(this.dictionaries[g].length);
      for (const v of values) {
        const code = this.dictionaries[g].indexOf(String(v));
        if (code > 0) mask[code] = 1;
      }
      return mask;
    });
    let required = 0;
    for (const mark of query.marks) required |= FLAG_BITS[mark];
    if (query.pact) required |= FLAG_BITS.pact;
    if (query.shortage) required |= FLAG_BITS.shortage;
    if (query.districtInternship) required |= FLAG_BITS.districtInternship;
    const min = query.minAllowance ?? 0;
    const ALLOWANCE = groups; // the allowance filter acts as one more group

    const counts = this.dictionaries.map((d) => new Uint32Array(d.length));
    const bands = new Uint32Array(ALLOWANCE_THRESHOLDS.length);
    const flagSums = new Uint32Array(6);
    let total = 0;

    const visit = (i: number) => {
      if ((this.flags[i] & required) !== required) return;
      let fails = 0;
      let failed = -1;
      for (let g = 0; g < groups; g++) {
        const mask = selected[g];
        if (mask !== null && mask[this.codes[g][i]] !== 1) {
          failed = g;
          if (++fails > 1) return;
        }
      }
      if (this.allowance[i] < min) {
        failed = ALLOWANCE;
        if (++fails > 1) return;
      }
      if (fails === 0) {
        total++;
        matched[i] = 1;
        for (let g = 0; g < groups; g++) counts[g][this.codes[g][i]]++;
        const f = this.flags[i];
        for (let b = 0; b < 6; b++) if (f & (1 << b)) flagSums[b]++;
      } else if (failed !== ALLOWANCE) {
        counts[failed][this.codes[failed][i]]++;
        return;
      }
      for (let t = 0; t < ALLOWANCE_THRESHOLDS.length; t++) if (this.allowance[i] >= ALLOWANCE_THRESHOLDS[t]) bands[t]++;
    };
    if (rowids === null) {
      for (let i = 0; i < this.flags.length; i++) visit(i);
    } else {
      for (const rowid of rowids) {
        const i = rowid < this.position.length ? this.position[rowid] : -1;
        if (i >= 0) visit(i);
      }
    }

    const pageCount = pageCountOf(total, pageSize);
    const page = Math.min(query.page, pageCount);
    const offset = (page - 1) * pageSize;
    const pagePositions: number[] = [];
    if (match?.ranks) {
      // Relevance: the matched positions ordered by bm25 (lower is better), then newest.
      const ranked: { i: number; rank: number }[] = [];
      match.rowids.forEach((rowid, k) => {
        const i = rowid < this.position.length ? this.position[rowid] : -1;
        if (i >= 0 && matched[i]) ranked.push({ i, rank: match.ranks![k] });
      });
      ranked.sort((a, b) => a.rank - b.rank || this.newestRank(a.i, b.i));
      for (const { i } of ranked.slice(offset, offset + pageSize)) pagePositions.push(i);
    } else {
      const order = query.sort === "allowance" ? this.allowanceOrder : this.newestOrder;
      let seen = 0;
      for (let k = 0; k < order.length && pagePositions.length < pageSize; k++) {
        if (matched[order[k]] && seen++ >= offset) pagePositions.push(order[k]);
      }
    }

    const facets = emptyFacets();
    const list = (g: number) =>
      sortCounts(
        this.dictionaries[g]
          .map((value, code) => ({ value, count: counts[g][code] }))
          .filter((c, code) => code > 0 && c.count > 0),
      );
    facets.sector = list(0);
    facets.qualification = list(1);
    facets.level = list(2);
    facets.municipality = list(3);
    facets.district = list(4);
    facets.hours = list(5);
    facets.startMonth = list(6).sort((a, b) => a.value.localeCompare(b.value));
    facets.allowance = ALLOWANCE_THRESHOLDS.map((t, k) => ({ value: String(t), count: bands[k] }));
    FLAG_KEYS.forEach((key) => {
      facets.flags[key] = flagSums[Math.log2(FLAG_BITS[key])];
    });
    return { total, page, facets, rowids: pagePositions.map((i) => this.rowidAt[i]) };
  }

  private newestRank(a: number, b: number) {
    return this.rowidAt[b] - this.rowidAt[a];
  }
}
