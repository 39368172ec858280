// Facet counting for large embedded indexes (see docs/decisions/011-search-engines.md).
//
// Above a few thousand internships the GROUP BY queries per facet get slow (0.14–2.3 s
// per search at 200,000), far too slow for search as you type. Here the facet values of every indexed
// internship are held as typed arrays (with the scratch buffers about 90 bytes per internship: 18 MB for
// 200,000), loaded from search_doc with one SELECT, and every count, the total and the
// page come from a few passes over them. Text matching stays in FTS5; this only
// receives the matching rowids. The engine's own writes change the columns in place
// (withChanges); they are read from SQLite again only after a write by another process.
import type Database from "better-sqlite3";
import { emptyFacets, FLAG_KEYS, pageCountOf, type Facets, type FlagKey } from "./engine";
import { boundingBox, type Coordinates } from "~/domain/location";
import { ALLOWANCE_THRESHOLDS, effectiveSort, hasOrigin, type SearchQuery } from "./query";

// The domain's haversine (distanceKm in ~/domain/location), written out over the arrays
// with the same operations in the same order, so every distance is the same double.
const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Every combination of the eight yes/no flags. */
const FLAG_COMBOS = 256;

const GROUPS = ["sector", "qualification", "level", "municipality", "district", "hours_band", "start_month"] as const;
const FACET_OF_GROUP = ["sector", "qualification", "level", "municipality", "district", "hours", "startMonth"] as const;
/** The allowance filter acts as an eighth group in the fail mask. */
const ALLOWANCE_BIT = 1 << GROUPS.length;
/** The search_doc column of each yes/no flag. A flag's bit in the packed flags is its place in FLAG_KEYS. */
export const FLAG_COLUMN = {
  pact: "pact",
  shortage: "shortage",
  districtInternship: "district_internship",
  fair_hospitality: "fair_hospitality",
  inclusive_employer: "inclusive_employer",
  sna: "sna",
  bbl: "bbl",
  belowCode: "below_code",
} as const satisfies Record<FlagKey, string>;
const FLAG_BIT = Object.fromEntries(FLAG_KEYS.map((f, i) => [f, 1 << i])) as Record<FlagKey, number>;
const FLAGS_SQL = `(${FLAG_KEYS.map((f, i) => `(${FLAG_COLUMN[f]} << ${i})`).join(" | ")})`;

/** Relevance tiers for text searches: 0 = every word as typed in the title, 1 = as typed in any text column, 2 = by stem or compound part only. */
export type TierSource = (tier: 0 | 1) => Int32Array;

export type CountResult = {
  total: number;
  page: number;
  facets: Facets;
  rowids: number[];
};

/**
 * One internship's facet values as search_doc holds them: what an index write through
 * this process adds to the columns in place (FacetColumns.withChanges).
 */
export type FacetRow = {
  rowid: number;
  publishedAt: number;
  /** The values of GROUPS, in that order (null where the internship has none). */
  groups: readonly (string | number | null)[];
  allowance: number;
  /** The yes/no flags as FLAGS_SQL packs them. */
  flags: number;
  lat: number | null;
  lon: number | null;
};

/** The columns of search_doc the facet columns hold, by their names in SQL. */
export type SearchDocFacets = Record<(typeof GROUPS)[number], string | number | null> &
  Record<(typeof FLAG_COLUMN)[FlagKey], number> & {
    published_at: number;
    allowance: number;
    lat: number | null;
    lon: number | null;
  };

/** The facet row of a search_doc row as written: the flags packed as FLAGS_SQL packs them. */
export function facetRowOf(rowid: number, c: SearchDocFacets): FacetRow {
  let flags = 0;
  FLAG_KEYS.forEach((f, i) => (flags |= c[FLAG_COLUMN[f]] << i));
  return { rowid, publishedAt: c.published_at, groups: GROUPS.map((g) => c[g]), allowance: c.allowance, flags, lat: c.lat, lon: c.lon };
}

/** A value's code in its group's dictionary (0 is "none"), added when new. */
function codeFor(dictionary: string[], lookup: Map<string, number>, value: string | number): number {
  const key = String(value);
  let code = lookup.get(key);
  if (code === undefined) {
    code = dictionary.length;
    dictionary.push(key);
    lookup.set(key, code);
  }
  return code;
}

const clampAllowance = (amount: number) => Math.min(65_535, Math.max(0, amount));

/** Positions by allowance, highest first; a counting sort over the newest-first order keeps it among equals. */
function allowanceOrderOf(allowance: Uint16Array, maxAllowance: number, newest: Int32Array): Int32Array {
  const n = allowance.length;
  const start = new Uint32Array(maxAllowance + 2);
  for (let i = 0; i < n; i++) start[maxAllowance - allowance[i] + 1]++;
  for (let a = 1; a < start.length; a++) start[a] += start[a - 1];
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = newest[k];
    order[start[maxAllowance - allowance[i]]++] = i;
  }
  return order;
}

export class FacetColumns {
  /** Scratch buffers, reused by every query (searches run one at a time on this thread). */
  private readonly list: Int32Array;
  private readonly fail: Uint8Array;
  private readonly matched: Uint8Array;
  private readonly tier: Uint8Array;
  /** km to the origin of the current distance search, per position that passed its filter. */
  private readonly distanceAt: Float64Array;
  /** cos(latitude) per position, for the haversine formula (NaN where unknown). */
  private readonly cosLatitudes: Float64Array;
  private readonly unfiltered: { total: number; facets: Facets };
  /** The highest allowance held, the size of the per-query threshold table. */
  private readonly maxAllowance: number;
  /** Positions by allowance, highest first, newest first among equals. */
  private readonly allowanceOrder: Int32Array;
  /** Per position, its place in the newest-first order (`newest`). */
  private readonly rank: Int32Array;

  private constructor(
    readonly size: number,
    /**
     * rowid → position (−1 when absent). Positions are in rowid order, the order in which
     * FTS5 returns a match, so a search reads the columns front to back instead of
     * jumping about (counting 165,000 matches at 200,000: 20 → 7–11 ms).
     */
    private readonly position: Int32Array,
    private readonly rowidAt: Int32Array,
    /** Positions newest first (published_at, then rowid, descending): the default order of results. */
    private readonly newest: Int32Array,
    private readonly dictionaries: string[][],
    private readonly lookups: Map<string, number>[],
    private readonly codes: Uint16Array[],
    private readonly allowance: Uint16Array,
    private readonly flags: Uint8Array,
    /** Coordinates per position; NaN where unknown (never within a distance). */
    private readonly latitudes: Float64Array,
    private readonly longitudes: Float64Array,
    /** published_at per position (the order's key, for placing added rows). */
    private readonly publishedAt: Float64Array,
  ) {
    this.list = new Int32Array(size);
    this.fail = new Uint8Array(size);
    this.matched = new Uint8Array(size);
    this.tier = new Uint8Array(size);
    this.distanceAt = new Float64Array(size);
    let maxAllowance = 0;
    for (let i = 0; i < size; i++) if (allowance[i] > maxAllowance) maxAllowance = allowance[i];
    this.maxAllowance = maxAllowance;
    this.allowanceOrder = allowanceOrderOf(allowance, maxAllowance, newest);
    this.rank = new Int32Array(size);
    for (let k = 0; k < size; k++) this.rank[newest[k]] = k;
    this.cosLatitudes = new Float64Array(size);
    for (let i = 0; i < size; i++) this.cosLatitudes[i] = Math.cos(rad(latitudes[i]));
    const all = new Int32Array(size);
    for (let i = 0; i < size; i++) all[i] = i;
    this.unfiltered = this.countList(all, size, 0, this.bandTable(ALLOWANCE_THRESHOLDS));
  }

  static load(sqlite: Database.Database, parseRowids: (list: string | null) => Int32Array): FacetColumns {
    const maxRowid = (sqlite.prepare("SELECT max(rowid) FROM search_doc").pluck().get() as number | null) ?? 0;
    const rowidAt = Int32Array.from(
      parseRowids(sqlite.prepare("SELECT group_concat(rowid) FROM (SELECT rowid FROM search_doc ORDER BY rowid)").pluck().get() as string | null),
    );
    const n = rowidAt.length;
    const position = new Int32Array(maxRowid + 1).fill(-1);
    for (let i = 0; i < n; i++) position[rowidAt[i]] = i;
    // Newest first from the published_at index alone.
    const newest = parseRowids(
      sqlite.prepare("SELECT group_concat(rowid) FROM (SELECT rowid FROM search_doc ORDER BY published_at DESC, rowid DESC)").pluck().get() as string | null,
    ).map((rowid) => position[rowid]);
    const dictionaries = GROUPS.map(() => [""]);
    const lookups = GROUPS.map(() => new Map<string, number>());
    const codes = GROUPS.map(() => new Uint16Array(n));
    const allowance = new Uint16Array(n);
    const flags = new Uint8Array(n);
    const latitudes = new Float64Array(n).fill(NaN);
    const longitudes = new Float64Array(n).fill(NaN);
    const publishedAt = new Float64Array(n);
    const rows = sqlite
      .prepare(`SELECT rowid, ${GROUPS.join(", ")}, allowance, ${FLAGS_SQL}, lat, lon, published_at FROM search_doc`)
      .raw()
      .iterate() as IterableIterator<(string | number | null)[]>;
    for (const row of rows) {
      const i = position[row[0] as number];
      for (let g = 0; g < GROUPS.length; g++) {
        const value = row[g + 1];
        if (value !== null) codes[g][i] = codeFor(dictionaries[g], lookups[g], value);
      }
      const amount = clampAllowance(row[GROUPS.length + 1] as number);
      allowance[i] = amount;
      flags[i] = row[GROUPS.length + 2] as number;
      const lat = row[GROUPS.length + 3];
      const lon = row[GROUPS.length + 4];
      if (lat !== null && lon !== null) {
        latitudes[i] = lat as number;
        longitudes[i] = lon as number;
      }
      publishedAt[i] = row[GROUPS.length + 5] as number;
    }
    return new FacetColumns(n, position, rowidAt, newest, dictionaries, lookups, codes, allowance, flags, latitudes, longitudes, publishedAt);
  }

  /**
   * These columns after an index write: the rows with `removed` rowids left out and
   * `added` put in their place (in rowid order, and in the newest-first order). What
   * load() would read after the same write, without reading 200,000 rows back from
   * SQLite (1.4 s) on the event loop: a pass over the arrays.
   */
  withChanges(removed: ReadonlySet<number>, added: readonly FacetRow[]): FacetColumns {
    const incoming = [...added].sort((a, b) => a.rowid - b.rowid);
    const gone = new Uint8Array(this.size);
    let goneCount = 0;
    // A rowid written again without being removed replaces its old row.
    for (const rowid of [...removed, ...incoming.map((row) => row.rowid)]) {
      const at = rowid < this.position.length ? this.position[rowid] : -1;
      if (at >= 0 && gone[at] === 0) {
        gone[at] = 1;
        goneCount++;
      }
    }
    const n = this.size - goneCount + incoming.length;
    const dictionaries = this.dictionaries.map((d) => [...d]);
    const lookups = this.lookups.map((l) => new Map(l));
    const codes = GROUPS.map(() => new Uint16Array(n));
    const rowidAt = new Int32Array(n);
    const allowance = new Uint16Array(n);
    const flags = new Uint8Array(n);
    const latitudes = new Float64Array(n);
    const longitudes = new Float64Array(n);
    const publishedAt = new Float64Array(n);
    let maxRowid = this.position.length - 1;
    for (const row of incoming) if (row.rowid > maxRowid) maxRowid = row.rowid;
    const position = new Int32Array(maxRowid + 1).fill(-1);
    /** Old position → new position (−1 when gone). */
    const moved = new Int32Array(this.size).fill(-1);
    const incomingAt = new Int32Array(incoming.length);
    let i = 0;
    let k = 0;
    for (let j = 0; j < n; j++) {
      while (i < this.size && gone[i] === 1) i++;
      const row = k < incoming.length ? incoming[k] : null;
      if (row !== null && (i >= this.size || row.rowid < this.rowidAt[i])) {
        for (let g = 0; g < GROUPS.length; g++) {
          const value = row.groups[g];
          codes[g][j] = value === null ? 0 : codeFor(dictionaries[g], lookups[g], value);
        }
        rowidAt[j] = row.rowid;
        allowance[j] = clampAllowance(row.allowance);
        flags[j] = row.flags;
        const located = row.lat !== null && row.lon !== null;
        latitudes[j] = located ? row.lat! : NaN;
        longitudes[j] = located ? row.lon! : NaN;
        publishedAt[j] = row.publishedAt;
        incomingAt[k++] = j;
      } else {
        for (let g = 0; g < GROUPS.length; g++) codes[g][j] = this.codes[g][i];
        rowidAt[j] = this.rowidAt[i];
        allowance[j] = this.allowance[i];
        flags[j] = this.flags[i];
        latitudes[j] = this.latitudes[i];
        longitudes[j] = this.longitudes[i];
        publishedAt[j] = this.publishedAt[i];
        moved[i++] = j;
      }
      position[rowidAt[j]] = j;
    }
    // The newest-first order: the old one without the rows gone, the new rows merged in.
    const later = (a: number, b: number) => publishedAt[a] > publishedAt[b] || (publishedAt[a] === publishedAt[b] && rowidAt[a] > rowidAt[b]);
    const fresh = Array.from(incomingAt).sort((a, b) => (later(a, b) ? -1 : later(b, a) ? 1 : 0));
    const newest = new Int32Array(n);
    let f = 0;
    let o = 0;
    for (let j = 0; j < n; j++) {
      while (o < this.size && moved[this.newest[o]] === -1) o++;
      const old = o < this.size ? moved[this.newest[o]] : -1;
      if (f < fresh.length && (old === -1 || later(fresh[f], old))) newest[j] = fresh[f++];
      else {
        newest[j] = old;
        o++;
      }
    }
    return new FacetColumns(n, position, rowidAt, newest, dictionaries, lookups, codes, allowance, flags, latitudes, longitudes, publishedAt);
  }

  /**
   * Total, every facet count (a group's own selection left out of its counts, see
   * Facets) and the rowids of the requested page. `textRowids` are the rowids that
   * match the words (null when there are none); `tiers` gives the rowids of the first
   * two relevance tiers and is only called when sorting by relevance needs it.
   */
  count(
    query: SearchQuery,
    textRowids: Int32Array | null,
    tiers: TierSource | null,
    pageSize: number,
    thresholds: readonly number[] = ALLOWANCE_THRESHOLDS,
  ): CountResult {
    let required = 0;
    let forbidden = 0;
    for (const mark of query.marks) required |= FLAG_BIT[mark];
    if (query.pact) required |= FLAG_BIT.pact;
    if (query.shortage) required |= FLAG_BIT.shortage;
    if (query.districtInternship) required |= FLAG_BIT.districtInternship;
    if (query.route === "BBL") required |= FLAG_BIT.bbl;
    if (query.route === "BOL") forbidden |= FLAG_BIT.bbl;
    if (query.meetsCode) forbidden |= FLAG_BIT.belowCode;
    const defaultThresholds = thresholds === ALLOWANCE_THRESHOLDS;
    const bands = this.bandTable(thresholds);
    const selections = [query.sectors, query.qualifications, query.levels, query.municipalities, query.districts, query.hours, query.startMonths] as (
      string | number
    )[][];
    const min = query.minAllowance ?? 0;
    const near = hasOrigin(query) ? query : null;
    const filtered = near !== null || required !== 0 || forbidden !== 0 || min > 0 || selections.some((s) => s.length > 0);

    let counted: { total: number; facets: Facets };
    if (textRowids === null && !filtered && defaultThresholds) {
      counted = this.unfiltered;
      this.matched.fill(1);
    } else {
      // The candidates: positions that match the words (or all) and have every required yes/no flag.
      let len = 0;
      const list = this.list;
      const flags = this.flags;
      if (textRowids === null) {
        for (let i = 0; i < this.size; i++) if ((flags[i] & required) === required && (flags[i] & forbidden) === 0) list[len++] = i;
      } else {
        for (let k = 0; k < textRowids.length; k++) {
          const rowid = textRowids[k];
          const i = rowid < this.position.length ? this.position[rowid] : -1;
          if (i >= 0 && (flags[i] & required) === required && (flags[i] & forbidden) === 0) list[len++] = i;
        }
      }
      if (near !== null) len = this.withinDistance(list, len, near.origin, near.distance);
      // Per candidate, a bit for every group whose selection it fails.
      const fail = this.fail;
      for (let k = 0; k < len; k++) fail[list[k]] = 0;
      let failMask = 0;
      selections.forEach((values, g) => {
        if (values.length === 0) return;
        const bit = 1 << g;
        failMask |= bit;
        const accept = new Uint8Array(this.dictionaries[g].length);
        for (const v of values) {
          const code = this.lookups[g].get(String(v));
          if (code !== undefined) accept[code] = 1;
        }
        const codes = this.codes[g];
        for (let k = 0; k < len; k++) {
          const i = list[k];
          if (accept[codes[i]] === 0) fail[i] |= bit;
        }
      });
      if (min > 0) {
        failMask |= ALLOWANCE_BIT;
        for (let k = 0; k < len; k++) {
          const i = list[k];
          if (this.allowance[i] < min) fail[i] |= ALLOWANCE_BIT;
        }
      }
      this.matched.fill(0);
      counted = this.countList(list, len, failMask, bands);
    }

    const { total } = counted;
    const pageCount = pageCountOf(total, pageSize);
    const page = Math.min(query.page, pageCount);
    const offset = (page - 1) * pageSize;
    let positions: number[];
    const sort = effectiveSort(query);
    if (hasOrigin(query) && sort === "distance") positions = this.distancePage(total, offset, pageSize);
    else if (tiers && sort === "relevance") positions = this.relevancePage(tiers, offset, pageSize, total);
    else positions = this.orderedPage(sort === "allowance" ? this.allowanceOrder : null, offset, pageSize);
    return {
      total,
      page,
      facets: counted.facets,
      rowids: positions.map((i) => this.rowidAt[i]),
    };
  }

  /**
   * Keeps the candidates within `radiusKm` of the origin (in place, in order; returns how
   * many): a box on the coordinates first, the exact distance only inside it, kept in
   * distanceAt for the nearest-first order.
   */
  private withinDistance(list: Int32Array, len: number, origin: Coordinates, radiusKm: number): number {
    const box = boundingBox(origin, radiusKm);
    const { minLatitude, maxLatitude, minLongitude, maxLongitude } = box;
    const lat = this.latitudes;
    const lon = this.longitudes;
    const cosLat = this.cosLatitudes;
    const distanceAt = this.distanceAt;
    const originLatitude = origin.latitude;
    const originLongitude = origin.longitude;
    const cosOrigin = Math.cos(rad(originLatitude));
    let kept = 0;
    for (let k = 0; k < len; k++) {
      const i = list[k];
      const la = lat[i];
      const lo = lon[i];
      // NaN (unknown coordinates) fails every comparison, so it is never within.
      if (!(la >= minLatitude && la <= maxLatitude && lo >= minLongitude && lo <= maxLongitude)) continue;
      const dLat = rad(la - originLatitude);
      const dLon = rad(lo - originLongitude);
      const h = Math.sin(dLat / 2) ** 2 + cosOrigin * cosLat[i] * Math.sin(dLon / 2) ** 2;
      const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
      if (km <= radiusKm) {
        distanceAt[i] = km;
        list[kept++] = i;
      }
    }
    return kept;
  }

  /**
   * Nearest first by whole metres, newest first among equals (like the SQL order). One
   * key per result, metres × 2^22 + its place in the newest-first order, sorted as numbers: exact in a double for
   * distances below 2^31 m and up to 4 million positions. The distances are those the
   * filter computed (every match passed it). Only the first offset + pageSize keys are
   * put in order (kept sorted while scanning), unless that is a large share of them.
   */
  private distancePage(total: number, offset: number, pageSize: number): number[] {
    const want = Math.min(total, offset + pageSize);
    const matched = this.matched;
    const distanceAt = this.distanceAt;
    let sorted: Float64Array;
    if (want * 16 < total) {
      sorted = new Float64Array(want);
      let n = 0;
      for (let i = 0, seen = 0; i < this.size && seen < total; i++) {
        if (matched[i] !== 1) continue;
        seen++;
        const key = Math.round(distanceAt[i] * 1000) * 4_194_304 + this.rank[i];
        if (n === want && key >= sorted[want - 1]) continue;
        let at = n < want ? n++ : want - 1;
        while (at > 0 && sorted[at - 1] > key) {
          sorted[at] = sorted[at - 1];
          at--;
        }
        sorted[at] = key;
      }
    } else {
      const keys = new Float64Array(total);
      let n = 0;
      for (let i = 0; i < this.size && n < total; i++) if (matched[i] === 1) keys[n++] = Math.round(distanceAt[i] * 1000) * 4_194_304 + this.rank[i];
      sorted = keys.subarray(0, n).sort();
    }
    const out: number[] = [];
    for (let k = offset; k < Math.min(sorted.length, want); k++) out.push(this.newest[sorted[k] % 4_194_304]);
    return out;
  }

  /**
   * Per allowance amount, how many of the thresholds it meets: built per query, since the
   * thresholds follow the rules in force, in one pass over the amounts (not the rows).
   */
  private bandTable(thresholds: readonly number[]): { thresholds: readonly number[]; of: Uint8Array } {
    const of = new Uint8Array(this.maxAllowance + 1);
    let b = 0;
    for (let amount = 0; amount <= this.maxAllowance; amount++) {
      while (b < thresholds.length && amount >= thresholds[b]) b++;
      of[amount] = b;
    }
    return { thresholds, of };
  }

  /** One pass over the candidates: counts for every group, the allowance thresholds and the yes/no filters. */
  private countList(list: Int32Array, len: number, failMask: number, bandTable: { thresholds: readonly number[]; of: Uint8Array }) {
    const groups = GROUPS.length;
    const counts = this.dictionaries.map((d) => new Uint32Array(d.length));
    const bandOf = bandTable.of;
    const bands = new Uint32Array(bandTable.thresholds.length + 1);
    const flagCombos = new Uint32Array(FLAG_COMBOS);
    const fail = this.fail;
    const matched = this.matched;
    const codes = this.codes;
    let total = 0;
    for (let k = 0; k < len; k++) {
      const i = list[k];
      const m = failMask === 0 ? 0 : fail[i];
      if (m === 0) {
        total++;
        matched[i] = 1;
        for (let g = 0; g < groups; g++) counts[g][codes[g][i]]++;
        bands[bandOf[this.allowance[i]]]++;
        flagCombos[this.flags[i]]++;
      } else if ((m & (m - 1)) === 0) {
        // Fails exactly one group: it counts for that group's values (what ticking one more would add).
        if (m === ALLOWANCE_BIT) bands[bandOf[this.allowance[i]]]++;
        else {
          const g = 31 - Math.clz32(m);
          counts[g][codes[g][i]]++;
        }
      }
    }
    const facets = emptyFacets();
    const values = (g: number) => {
      const out: { value: string; count: number }[] = [];
      const dictionary = this.dictionaries[g];
      for (let code = 1; code < dictionary.length; code++) if (counts[g][code] > 0) out.push({ value: dictionary[code], count: counts[g][code] });
      return out.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    };
    GROUPS.forEach((_, g) => {
      facets[FACET_OF_GROUP[g]] = values(g);
    });
    facets.startMonth.sort((a, b) => a.value.localeCompare(b.value));
    // bands[b] = how many meet exactly b thresholds; a threshold's count is everyone above it.
    facets.allowance = bandTable.thresholds.map((t, k) => {
      let sum = 0;
      for (let b = k + 1; b < bands.length; b++) sum += bands[b];
      return { value: String(t), count: sum };
    });
    for (const key of FLAG_KEYS) {
      let sum = 0;
      for (let combo = 0; combo < FLAG_COMBOS; combo++) if (combo & FLAG_BIT[key]) sum += flagCombos[combo];
      facets.flags[key] = sum;
    }
    return { total, facets };
  }

  /** The page in newest-first order or in the given order. */
  private orderedPage(order: Int32Array | null, offset: number, pageSize: number): number[] {
    const out: number[] = [];
    let seen = 0;
    for (let k = 0; k < this.size && out.length < pageSize; k++) {
      const i = order === null ? this.newest[k] : order[k];
      if (this.matched[i] === 1 && seen++ >= offset) out.push(i);
    }
    return out;
  }

  /**
   * Relevance: every word as typed in the title first, then as typed in any text
   * column, then the rest; newest first within each tier. The second tier is only
   * looked up when the page reaches past the first.
   */
  private relevancePage(tiers: TierSource, offset: number, pageSize: number, total: number): number[] {
    const tier = this.tier;
    const marked: Int32Array[] = [];
    const mark = (t: 0 | 1) => {
      const rowids = tiers(t);
      let inTier = 0;
      for (let k = 0; k < rowids.length; k++) {
        const rowid = rowids[k];
        const i = rowid < this.position.length ? this.position[rowid] : -1;
        if (i >= 0 && this.matched[i] === 1 && tier[i] === 0) {
          tier[i] = t + 1;
          inTier++;
        }
      }
      marked.push(rowids);
      return inTier;
    };
    const sizes = [mark(0), 0, 0];
    if (offset + pageSize > sizes[0]) sizes[1] = mark(1);
    sizes[2] = total - sizes[0] - sizes[1];
    const out: number[] = [];
    let skip = offset;
    for (let t = 0; t < 3 && out.length < pageSize; t++) {
      if (skip >= sizes[t]) {
        skip -= sizes[t];
        continue;
      }
      const want = t === 2 ? 0 : t + 1;
      for (let k = 0; k < this.size && out.length < pageSize; k++) {
        const i = this.newest[k];
        if (this.matched[i] === 1 && tier[i] === want) {
          if (skip > 0) skip--;
          else out.push(i);
        }
      }
    }
    // Leave the scratch tier marks clean for the next query.
    for (const rowids of marked)
      for (let k = 0; k < rowids.length; k++) {
        const rowid = rowids[k];
        const i = rowid < this.position.length ? this.position[rowid] : -1;
        if (i >= 0) tier[i] = 0;
      }
    return out;
  }
}
