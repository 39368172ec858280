// The embedded engine: SQLite FTS5 in the application's own database file, no server.
//
// It talks to SQLite through its own better-sqlite3 connection rather than through
// Prisma: prepared statements are reused, calls are synchronous (no round trip through
// the driver adapter's async queue) and FTS5 functions such as bm25() can be used
// freely. Prisma stays the only writer of the product's tables; this connection writes
// only the index tables (search_doc, search_doc_body, internship_search,
// internship_title_search, search_meta), created by hand-written migrations
// (20261123002000_search, 20261202010000_search_contentless, 20261202020000_search_titles).
import path from "node:path";
import Database from "better-sqlite3";
import type { SearchDocument, SearchHit } from "./document";
import {
  emptyFacets,
  FLAG_KEYS,
  pageCountOf,
  withDistances,
  type FacetCount,
  type Facets,
  type SearchEngine,
  type SearchOptions,
  type SearchResult,
} from "./engine";
import { FacetColumns, FLAG_COLUMN, facetRowOf, type FacetRow, type SearchDocFacets, type TierSource } from "./facet-columns.server";
import { boundingBox, distanceKm, isValidCoordinates } from "~/domain/location";
import { ALLOWANCE_THRESHOLDS, effectiveSort, ftsMatchExpression, ftsTierExpressions, hasOrigin, toSearchParams, type SearchQuery } from "./query";
import { PostingCache } from "./posting-cache.server";
import { suggestSpelling, Vocabulary, type VocabularyTerm } from "./spelling";
import { documentStems, words } from "./text";

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

// Relevance (both facet modes, and like Meilisearch's "attribute" rule): internships
// with every word as typed in the title first, then those with every word as typed in
// any text column, then those found only by a stem or a compound part ("koks" finding
// "koken"); newest first within each tier. Cheaper than bm25, which reads every match's
// column sizes (80–120 ms for 70,000 matches), and easy to explain to a visitor.
const NEWEST = "d.published_at DESC, d.rowid DESC";

/** Every index write bumps this counter in search_meta, in the same transaction. */
const BUMP_VERSION = "INSERT INTO search_meta (key, value) VALUES ('version', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1";

export function databaseFileFromUrl(url: string): string {
  const file = url.replace(/^file:/, "").split("?")[0];
  return path.resolve(file);
}

type Where = { sql: string; params: (string | number)[] };
type PostingTable = "internship_search" | "internship_title_search";

/** Bytes of pending terms FTS5 holds in memory before it writes a segment (its default is 1 MB). */
const FTS_HASH_SIZE = 16 * 1024 * 1024;

/**
 * search_meta key of the definitions of search_doc's plain (not unique) indexes while a
 * rebuild runs without them (see reset and markBuilt).
 */
const DEFERRED_INDEXES = "deferred_indexes";

/**
 * A text match of at least this many internships is kept between searches (PostingCache):
 * below it FTS5 answers in well under a millisecond. 16 MB holds about 4 million rowids,
 * some 40–100 of the broadest prefixes at 200,000 internships.
 */
const POSTING_MIN_ROWIDS = 2_000;
const POSTING_BUDGET_BYTES = 16 * 1024 * 1024;

/** Up to this many documents facet counts are GROUP BY queries; above it they are counted in memory (see FacetColumns). */
const SQL_FACET_LIMIT = 5_000;

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = "embedded" as const;
  private readonly sqlite: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly cache = new Map<string, SearchResult>();
  /** Per character outside ASCII: whether the index's tokenizer keeps it inside a word. */
  private readonly tokenCharacters = new Map<number, boolean>();
  private snapshot: { version: string; columns: FacetColumns } | null = null;
  private vocabulary: { version: string; terms: Vocabulary } | null = null;
  /** The rowids of broad text matches (posting-cache.server.ts); null when switched off. */
  private readonly postings: PostingCache | null;

  constructor(
    file: string,
    private readonly options: {
      cache?: boolean;
      facetMode?: "sql" | "memory" | "auto";
      /** Matches of at least `minRowids` internships are kept, within `budgetBytes`; false keeps none. */
      postings?: { minRowids?: number; budgetBytes?: number } | false;
    } = {},
  ) {
    this.postings =
      options.postings === false
        ? null
        : new PostingCache(
            { minRowids: options.postings?.minRowids ?? POSTING_MIN_ROWIDS, budgetBytes: options.postings?.budgetBytes ?? POSTING_BUDGET_BYTES },
            (key, from) => this.readPostings(key, from),
          );
    this.sqlite = new Database(file);
    this.sqlite.pragma("journal_mode = WAL");
    this.sqlite.pragma("busy_timeout = 5000");
    this.sqlite.pragma("temp_store = MEMORY");
    this.sqlite.pragma("cache_size = -16000");
    // km between an indexed internship and the place searched near, by the domain's formula.
    this.sqlite.function("distance_km", { deterministic: true }, (lat, lon, originLat, originLon) =>
      lat === null || lon === null
        ? null
        : distanceKm({ latitude: originLat as number, longitude: originLon as number }, { latitude: lat as number, longitude: lon as number }),
    );
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
    const match = text ? ftsMatchExpression(this.indexedText(query.text)) : null;
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
    if (query.route) sql.push(`d.bbl = ${query.route === "BBL" ? 1 : 0}`);
    if (query.meetsCode) sql.push("d.below_code = 0");
    if (hasOrigin(query)) {
      // The box uses the latitude index; the exact distance decides (the edge included).
      const box = boundingBox(query.origin, query.distance);
      sql.push("d.lat BETWEEN ? AND ? AND d.lon BETWEEN ? AND ? AND distance_km(d.lat, d.lon, ?, ?) <= ?");
      params.push(box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude, query.origin.latitude, query.origin.longitude, query.distance);
    }
    return { sql: sql.length ? `WHERE ${sql.join(" AND ")}` : "", params };
  }

  /**
   * The text with every character the index's tokenizer treats as a separator made a
   * space. The index stores no word positions (detail=column), so FTS5 refuses a quoted
   * word it would cut in two; query words are letters and digits (tokenize in query.ts),
   * and SQLite's unicode61 knows the letters of an older Unicode than JavaScript, so a
   * letter it does not know would make one typed word two. Asked of FTS5 itself once per
   * character outside ASCII and remembered.
   */
  private indexedText(text: string): string {
    if (!/[^ -~]/.test(text)) return text;
    let out = "";
    for (const character of text) {
      const code = character.codePointAt(0)!;
      if (code < 0x80 || !/[\p{L}\p{N}]/u.test(character)) {
        out += character;
        continue;
      }
      let kept = this.tokenCharacters.get(code);
      if (kept === undefined) {
        if (this.tokenCharacters.size >= 10_000) this.tokenCharacters.clear();
        kept = this.isTokenCharacter(character);
        this.tokenCharacters.set(code, kept);
      }
      out += kept ? character : " ";
    }
    return out;
  }

  private isTokenCharacter(character: string): boolean {
    this.sqlite.exec(
      "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_tokenizer USING fts5(x, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1, detail = none)",
    );
    return this.sqlite.transaction(() => {
      // "a<c>b" is one word when the tokenizer keeps <c>; otherwise "a" is a word of its own.
      this.prepare("INSERT INTO temp.search_tokenizer (rowid, x) VALUES (1, ?)").run(`a${character}b`);
      const split = this.prepare("SELECT count(*) FROM temp.search_tokenizer WHERE search_tokenizer MATCH 'a'").pluck().get() as number;
      this.prepare("DELETE FROM temp.search_tokenizer WHERE rowid = 1").run();
      return split === 0;
    })();
  }

  /**
   * The index version: changes with every write to the index, here or in another process
   * (a rebuild from the command line), and with nothing else, so writes to other tables
   * (sessions, jobs) never throw away the cache or the facet columns.
   */
  private version(): string {
    return (this.prepare("SELECT value FROM search_meta WHERE key = 'version'").pluck().get() as string | undefined) ?? "0";
  }

  private cacheKey(version: string, query: SearchQuery, options: SearchOptions) {
    const origin = hasOrigin(query) ? `${query.origin.latitude},${query.origin.longitude}` : "";
    return `${version}:${options.pageSize}:${options.facets !== false}:${(options.allowanceThresholds ?? ALLOWANCE_THRESHOLDS).join("/")}:${query.sort}:${origin}:${toSearchParams(query)}`;
  }

  async search(query: SearchQuery, options: SearchOptions): Promise<SearchResult> {
    return this.searchSync(query, options);
  }

  searchSync(query: SearchQuery, options: SearchOptions): SearchResult {
    // A read transaction, so the version, the hits and the counts come from one snapshot.
    return this.sqlite.transaction(() => {
      const version = this.version();
      const key = this.options.cache === false ? null : this.cacheKey(version, query, options);
      const cached = key ? this.cache.get(key) : undefined;
      if (cached) return cached;
      const result = this.run(query, options, version);
      if (key) {
        if (this.cache.size >= 200) this.cache.delete(this.cache.keys().next().value!);
        this.cache.set(key, result);
      }
      return result;
    })();
  }

  private run(query: SearchQuery, options: SearchOptions, version: string): SearchResult {
    const { pageSize } = options;
    if (this.countsInMemory()) {
      const text = this.textMatch(this.indexedText(query.text), version);
      const counted = this.columns(version).count(
        query,
        text?.rowids ?? null,
        text?.tier ?? null,
        pageSize,
        options.allowanceThresholds ?? ALLOWANCE_THRESHOLDS,
      );
      const facets = options.facets === false ? emptyFacets() : counted.facets;
      const pageCount = pageCountOf(counted.total, pageSize);
      return { total: counted.total, page: counted.page, pageCount, hits: withDistances(this.bodies(counted.rowids), query), facets, engine: this.name };
    }
    const all = this.where(query);
    const totals = this.prepare(
      `SELECT count(*) AS total, ${FLAG_KEYS.map((f) => `coalesce(sum(d.${FLAG_COLUMN[f]}), 0) AS ${FLAG_COLUMN[f]}`).join(", ")} FROM search_doc d ${all.sql}`,
    ).get(...all.params) as Record<string, number>;
    const total = totals.total;
    const facets = options.facets === false ? emptyFacets() : this.sqlFacets(query, all, totals, options.allowanceThresholds ?? ALLOWANCE_THRESHOLDS);
    const pageCount = pageCountOf(total, pageSize);
    const page = Math.min(query.page, pageCount);
    const hits = withDistances(this.bodies(this.pageRowids(query, all, pageSize, (page - 1) * pageSize)), query);
    return { total, page, pageCount, hits, facets, engine: this.name };
  }

  /** Whether facets are counted in memory (FacetColumns) rather than by GROUP BY queries. */
  private countsInMemory(): boolean {
    return this.options.facetMode === "memory" || (this.options.facetMode !== "sql" && this.size() > SQL_FACET_LIMIT);
  }

  /** Roughly how many documents the index holds (exact unless rows were removed); each min/max is one b-tree lookup. */
  private size(): number {
    return (this.prepare("SELECT (SELECT max(rowid) FROM search_doc) - (SELECT min(rowid) FROM search_doc) + 1").pluck().get() as number | null) ?? 0;
  }

  /**
   * Rowids matching an FTS5 expression. group_concat builds one string inside SQLite,
   * which is parsed here: about twice as fast as returning 70,000 rows one by one.
   */
  private matchingRowids(expression: string, version: string, table: PostingTable = "internship_search"): Int32Array {
    const key = `${table === "internship_title_search" ? "t" : "d"}:${expression}`;
    return this.postings ? this.postings.get(version, key) : this.readPostings(key, 0);
  }

  /** The PostingReader: a key is "d:" (the whole index) or "t:" (titles) and an FTS5 expression; `from` > 0 reads only rowids from it up. */
  private readPostings(key: string, from: number): Int32Array {
    const table: PostingTable = key.startsWith("t:") ? "internship_title_search" : "internship_search";
    const expression = key.slice(2);
    const sql = `SELECT group_concat(rowid) FROM ${table} WHERE ${table} MATCH ?`;
    const list = from > 0 ? this.prepare(`${sql} AND rowid >= ?`).pluck().get(expression, from) : this.prepare(sql).pluck().get(expression);
    return parseRowids(list as string | null);
  }

  /** How the kept text matches were used (whole reads, tail reads after a write, answers kept): for tests and the benchmark. */
  get postingStats(): { whole: number; tails: number; hits: number; lists: number; bytes: number } | null {
    return this.postings ? { ...this.postings.stats, ...this.postings.size } : null;
  }

  /**
   * The internships matching the words (ftsMatchExpression) and, when the relevance
   * order asks for them, those of tier 0 (every word as typed in the title, from the
   * titles-only table: a few postings per internship) and tier 1 (every word as typed
   * in a text column). Null without words.
   */
  private textMatch(text: string, version: string): { rowids: Int32Array; tier: TierSource } | null {
    const match = ftsMatchExpression(text);
    const tiers = ftsTierExpressions(text);
    if (match === null || tiers === null) return null;
    const tier: TierSource = (t) => this.matchingRowids(tiers[t], version, t === 0 ? "internship_title_search" : "internship_search");
    return { rowids: this.matchingRowids(match, version), tier };
  }

  /**
   * "Did you mean …?" for a text search that found nothing: the text with its unknown
   * words replaced by the closest terms in the index (see spelling.ts), or null. The
   * vocabulary comes from FTS5 itself (fts5vocab) and is kept until the index changes.
   */
  spellingSuggestion(text: string): string | null {
    return this.sqlite.transaction(() => suggestSpelling(text, this.vocabularyOf(this.version())))();
  }

  private vocabularyOf(version: string): Vocabulary {
    if (this.vocabulary?.version !== version) {
      this.vocabulary = null;
      // Words as written only: a stem ("keuk") is no word to suggest. Per column, so a
      // term's count is summed over its columns: a weight for ties, not a count.
      this.sqlite.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary_col USING fts5vocab(main, internship_search, col)");
      const terms = this.prepare("SELECT term, sum(doc) AS docs FROM temp.search_vocabulary_col WHERE col != 'stems' GROUP BY term").all() as VocabularyTerm[];
      this.vocabulary = { version, terms: new Vocabulary(terms) };
      this.vocabularyLoads++;
    }
    return this.vocabulary.terms;
  }

  /**
   * Reads what the first searches would otherwise read on the request path: the facet
   * columns (a large index) and the spelling vocabulary, 0.6–1.4 s each at 200,000
   * internships. The server calls it before it listens (entry.server warmUp).
   */
  warm(): void {
    this.sqlite.transaction(() => {
      const version = this.version();
      if (this.countsInMemory()) this.columns(version);
      this.vocabularyOf(version);
    })();
  }

  /** How often the spelling vocabulary was read whole from SQLite (not changed in place): for tests. */
  get vocabularyReads(): number {
    return this.vocabularyLoads;
  }
  private vocabularyLoads = 0;

  /** How often the facet columns were read from SQLite (not changed in place): for tests and metrics. */
  get facetColumnLoads(): number {
    return this.columnLoads;
  }
  private columnLoads = 0;

  /**
   * The facet columns in memory: changed in place by this engine's own writes (write),
   * read again when the index changed in another way (another process, a reset).
   */
  private columns(version: string): FacetColumns {
    if (!this.snapshot || this.snapshot.version !== version) {
      this.snapshot = null; // let the old columns go before the new ones are built
      this.snapshot = { version, columns: FacetColumns.load(this.sqlite, parseRowids) };
      this.columnLoads++;
    }
    return this.snapshot.columns;
  }

  private pageRowids(query: SearchQuery, all: Where, limit: number, offset: number): number[] {
    const tiers = ftsTierExpressions(this.indexedText(query.text));
    const sort = effectiveSort(query);
    if (hasOrigin(query) && sort === "distance") {
      // Nearest first by whole metres, newest first among equals (as FacetColumns orders).
      return this.prepare(`SELECT d.rowid FROM search_doc d ${all.sql} ORDER BY round(distance_km(d.lat, d.lon, ?, ?) * 1000), ${NEWEST} LIMIT ? OFFSET ?`)
        .pluck()
        .all(...all.params, query.origin.latitude, query.origin.longitude, limit, offset) as number[];
    }
    if (tiers && sort === "relevance") {
      const title = "SELECT rowid FROM internship_title_search WHERE internship_title_search MATCH ?";
      const typed = "SELECT rowid FROM internship_search WHERE internship_search MATCH ?";
      return this.prepare(
        `SELECT d.rowid FROM search_doc d ${all.sql}
         ORDER BY CASE WHEN d.rowid IN (${title}) THEN 0 WHEN d.rowid IN (${typed}) THEN 1 ELSE 2 END, ${NEWEST} LIMIT ? OFFSET ?`,
      )
        .pluck()
        .all(...all.params, tiers[0], tiers[1], limit, offset) as number[];
    }
    const order = sort === "allowance" ? `d.allowance DESC, ${NEWEST}` : NEWEST;
    return this.prepare(`SELECT d.rowid FROM search_doc d ${all.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...all.params, limit, offset) as number[];
  }

  private bodies(rowids: number[]): SearchHit[] {
    const body = this.prepare("SELECT doc FROM search_doc_body WHERE rowid = ?").pluck();
    return rowids.map((rowid) => JSON.parse(body.get(rowid) as string) as SearchHit);
  }

  private sqlFacets(query: SearchQuery, all: Where, totals: Record<string, number>, thresholds: readonly number[]): Facets {
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
    // The thresholds are whole numbers (parsed and checked), so they can be written into the SQL.
    const safe = thresholds.filter((t) => Number.isInteger(t) && t > 0);
    const bands = safe.length
      ? (this.prepare(`SELECT ${safe.map((t) => `coalesce(sum(d.allowance >= ${t}), 0) AS a${t}`).join(", ")} FROM search_doc d ${allowanceWhere.sql}`).get(
          ...allowanceWhere.params,
        ) as Record<string, number>)
      : {};
    facets.allowance = safe.map((t) => ({ value: String(t), count: bands[`a${t}`] ?? 0 }));
    for (const f of FLAG_KEYS) facets.flags[f] = totals[FLAG_COLUMN[f]];
    return facets;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    const insertDoc = this.prepare(
      `INSERT INTO search_doc (id, published_at, sector, qualification, level, municipality, district, hours, hours_band, allowance,
         start_month, shortage, district_internship, pact, fair_hospitality, inclusive_employer, sna, organisation_id, bbl, below_code, lat, lon)
       VALUES (@id, @published_at, @sector, @qualification, @level, @municipality, @district, @hours, @hours_band, @allowance,
         @start_month, @shortage, @district_internship, @pact, @fair_hospitality, @inclusive_employer, @sna, @organisation_id, @bbl, @below_code, @lat, @lon)`,
    );
    const insertBody = this.prepare("INSERT INTO search_doc_body (rowid, doc) VALUES (?, ?)");
    const insertText = this.prepare(
      "INSERT INTO internship_search (rowid, title, description, organisation, qualification, place, keywords, stems) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const insertTitle = this.prepare("INSERT INTO internship_title_search (rowid, title) VALUES (?, ?)");
    this.write((removed, added, terms, inserted) => {
      // Given twice in one write (the outbox can hold two changes of one internship), a
      // document is written once, as given last.
      const latest = new Map(documents.map((d) => [d.id, d]));
      // Every old row is removed before the first new one is written: a delete from the
      // contentless FTS5 tables after an insert in the same transaction makes FTS5 write
      // its pending terms out first, a segment per delete (4–6 s for 50 internships
      // right after a rebuild at 200,000).
      for (const id of latest.keys()) {
        const replaced = this.removeOne(id, terms);
        if (replaced !== null) removed.add(replaced);
      }
      for (const d of latest.values()) {
        const row = searchDocRow(d);
        const rowid = Number(insertDoc.run(row).lastInsertRowid);
        inserted.push(rowid);
        added?.set(rowid, facetRowOf(rowid, row));
        const { keywords: _keywords, ...hit } = d;
        insertBody.run(rowid, JSON.stringify(hit satisfies SearchHit));
        insertText.run(rowid, ...textColumns(d), documentStems(d));
        insertTitle.run(rowid, d.title);
        if (terms) countTerms(terms, d, 1);
      }
    });
  }

  /**
   * One write to the index, in one transaction that bumps the version. When the facet
   * columns in memory were those of the version before it (no other process wrote in
   * between), they are changed in place rather than read again by the next search
   * (issue 15: 1.4 s on the event loop at 200,000 after every outbox batch). `added` is
   * null when there are no columns to change, so a rebuild collects nothing. Likewise the
   * spelling vocabulary (reading it whole: 0.6–1 s at 200,000): `terms` collects how the
   * documents removed and added move each term's count (countTerms), as fts5vocab counts:
   * per column a document has the term in. Asking fts5vocab for those terms instead costs
   * about 1 ms a term (it reads the term's whole doclist): 170–420 ms for 50 internships.
   * The kept text matches drop the removed rowids and read the `inserted` ones again on
   * their next use (PostingCache.written).
   */
  private write(change: (removed: Set<number>, added: Map<number, FacetRow> | null, terms: Map<string, number> | null, inserted: number[]) => void) {
    const snapshot = this.snapshot;
    const vocabulary = this.vocabulary;
    const removed = new Set<number>();
    const inserted: number[] = [];
    const written = this.sqlite.transaction(() => {
      const before = this.version();
      const added: Map<number, FacetRow> | null = snapshot !== null && snapshot.version === before ? new Map() : null;
      const terms: Map<string, number> | null = vocabulary !== null && vocabulary.version === before ? new Map() : null;
      change(removed, added, terms, inserted);
      this.prepare(BUMP_VERSION).run();
      return { before, added, terms, version: this.version() };
    })();
    this.postings?.written(written.before, written.version, removed, inserted);
    if (snapshot !== null && written.added !== null && this.snapshot === snapshot) {
      this.snapshot = { version: written.version, columns: snapshot.columns.withChanges(removed, [...written.added.values()]) };
    }
    if (vocabulary !== null && written.terms !== null && this.vocabulary === vocabulary) {
      this.vocabulary = { version: written.version, terms: vocabulary.terms.withDeltas(written.terms) };
    }
  }

  /** Removes an internship from the index; its rowid, or null when it was not there. Its terms leave `terms` when given. */
  private removeOne(id: string, terms: Map<string, number> | null): number | null {
    const rowid = this.prepare("SELECT rowid FROM search_doc WHERE id = ?").pluck().get(id) as number | undefined;
    if (rowid === undefined) return null;
    if (terms !== null) {
      const body = this.prepare("SELECT doc FROM search_doc_body WHERE rowid = ?").pluck().get(rowid) as string | undefined;
      if (body !== undefined) countTerms(terms, JSON.parse(body) as SearchHit, -1);
    }
    this.prepare("DELETE FROM internship_search WHERE rowid = ?").run(rowid);
    this.prepare("DELETE FROM internship_title_search WHERE rowid = ?").run(rowid);
    this.prepare("DELETE FROM search_doc_body WHERE rowid = ?").run(rowid);
    this.prepare("DELETE FROM search_doc WHERE rowid = ?").run(rowid);
    return rowid;
  }

  async remove(ids: string[]): Promise<void> {
    this.write((removed, _added, terms) => {
      for (const id of ids) {
        const rowid = this.removeOne(id, terms);
        if (rowid !== null) removed.add(rowid);
      }
    });
  }

  async reset(): Promise<void> {
    this.sqlite.transaction(() => {
      // search_doc's plain indexes (published_at, allowance, organisation, lat) go until
      // markBuilt makes them again: rows come in in id order, so every batch would touch
      // pages all over three of them (5 of 50 s at 200,000); made at the end, each is one
      // sort. Their definitions wait in search_meta, so a rebuild that stops halfway
      // leaves them to the next. The unique index on id stays: writes look rows up by it.
      const plain = this.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'search_doc' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
      ).all() as { name: string; sql: string }[];
      const deferred = [...new Set([...this.deferredIndexes(), ...plain.map((i) => i.sql)])];
      this.prepare("INSERT INTO search_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
        DEFERRED_INDEXES,
        JSON.stringify(deferred),
      );
      for (const { name } of plain) this.sqlite.exec(`DROP INDEX "${name.replace(/"/g, '""')}"`);
      // 'delete-all' empties a contentless FTS5 table at once. A rebuild then writes
      // FTS5's pending terms out per 16 MB rather than per 1 MB: fewer, larger segments
      // to merge (a 200,000-internship build into a new file: 144 → 98 s). The setting
      // is kept in the table; small writes never fill it.
      this.sqlite.exec(
        "INSERT INTO internship_search (internship_search) VALUES ('delete-all'); INSERT INTO internship_title_search (internship_title_search) VALUES ('delete-all'); DELETE FROM search_doc_body; DELETE FROM search_doc; DELETE FROM search_meta WHERE key = 'built_at';",
      );
      this.sqlite.exec(`INSERT INTO internship_search (internship_search, rank) VALUES ('hashsize', ${FTS_HASH_SIZE})`);
      this.prepare(BUMP_VERSION).run();
    })();
  }

  async markBuilt(at: Date): Promise<void> {
    // The indexes reset() set aside, then statistics for the planner. No FTS5 'optimize'
    // (one b-tree from all segments): at 200,000 internships it took 33 s of a 90 s
    // build, and searches were as fast without it, as FTS5's automerge keeps the
    // segments few while it writes.
    this.write(() => {
      for (const sql of this.deferredIndexes()) this.sqlite.exec(sql.replace(/^CREATE INDEX /i, "CREATE INDEX IF NOT EXISTS "));
      this.prepare("DELETE FROM search_meta WHERE key = ?").run(DEFERRED_INDEXES);
      this.sqlite.exec("ANALYZE search_doc");
      this.prepare("INSERT INTO search_meta (key, value) VALUES ('built_at', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(at.toISOString());
    });
  }

  /** The definitions of the indexes a rebuild dropped and has not made again. */
  private deferredIndexes(): string[] {
    const saved = this.prepare("SELECT value FROM search_meta WHERE key = ?").pluck().get(DEFERRED_INDEXES) as string | undefined;
    return saved ? (JSON.parse(saved) as string[]) : [];
  }

  async builtAt(): Promise<Date | null> {
    const row = this.prepare("SELECT value FROM search_meta WHERE key = 'built_at'").get() as { value: string } | undefined;
    return row ? new Date(row.value) : null;
  }

  async count(): Promise<number> {
    return (this.prepare("SELECT count(*) AS n FROM search_doc").get() as { n: number }).n;
  }
}

/** A document's text in internship_search's columns but the stems: title, description, organisation, qualification, place, keywords. */
function textColumns(d: SearchHit & { keywords?: string[] }): [string, string, string, string, string, string] {
  return [
    d.title,
    d.description,
    d.organisationName,
    [d.qualificationNl, d.qualificationEn, d.crebo].filter(Boolean).join(" "),
    [d.city, d.districtName, d.municipalityName].filter(Boolean).join(" "),
    (d.keywords ?? []).join(" "),
  ];
}

/**
 * Moves the counts in `terms` by `sign` for one document: one per column that holds the
 * term, as the vocabulary counts them. A stored hit has no keywords: its qualification's
 * words, which others of that qualification share, so their counts stay a little high
 * after a removal, which only weighs ties.
 */
function countTerms(terms: Map<string, number>, d: SearchHit & { keywords?: string[] }, sign: 1 | -1) {
  for (const text of textColumns(d)) for (const term of words(text)) terms.set(term, (terms.get(term) ?? 0) + sign);
}

/** A document's row in search_doc, by column name. */
function searchDocRow(d: SearchDocument): SearchDocFacets & { id: string; hours: number; organisation_id: string } {
  const located = isValidCoordinates(d);
  return {
    id: d.id,
    published_at: d.publishedAt,
    sector: d.sector,
    qualification: d.qualificationId,
    level: d.level,
    municipality: d.municipality,
    district: d.district,
    hours: d.hoursPerWeek,
    hours_band: d.hoursBand,
    // A BBL place has no monthly allowance: 0 keeps it out of "at least €…" and last when sorting by it.
    allowance: d.monthlyAllowance ?? 0,
    start_month: d.startMonth,
    shortage: d.shortageSector ? 1 : 0,
    district_internship: d.districtInternship ? 1 : 0,
    pact: d.pactSignatory ? 1 : 0,
    fair_hospitality: d.marks.includes("fair_hospitality") ? 1 : 0,
    inclusive_employer: d.marks.includes("inclusive_employer") ? 1 : 0,
    sna: d.marks.includes("sna") ? 1 : 0,
    organisation_id: d.organisationId,
    bbl: d.route === "BBL" ? 1 : 0,
    below_code: d.payCheck === "below_new_minimum" ? 1 : 0,
    lat: located ? d.latitude : null,
    lon: located ? d.longitude : null,
  };
}

/** Parses the result of group_concat(rowid): "3,17,42" → [3, 17, 42]. */
function parseRowids(list: string | null): Int32Array {
  if (!list) return new Int32Array(0);
  const out = new Int32Array((list.length >> 1) + 1);
  let n = 0;
  let value = 0;
  for (let k = 0; k < list.length; k++) {
    const c = list.charCodeAt(k);
    if (c === 44) {
      out[n++] = value;
      value = 0;
    } else value = value * 10 + (c - 48);
  }
  out[n++] = value;
  return out.subarray(0, n);
}

function sortCounts(counts: FacetCount[]): FacetCount[] {
  return counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
