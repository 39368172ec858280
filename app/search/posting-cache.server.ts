// The rowids of broad text matches, kept between searches (issue 14).
//
// A word typed halfway ("sta", "stag", "medew") matches 60,000–170,000 internships at
// national scale. FTS5 then merges the doclists of every term with that prefix on each
// search: 12–28 ms for the match alone, and the title tier once more, whatever the
// filters. Those prefixes are also the words most visitors type, as they type. So the
// engine keeps the answer of a match that found many internships, as a sorted list of
// rowids, and keeps it true through its own writes without asking the whole match again:
// a write removes rowids (dropped from every list) and adds rows with rowids from some
// point up (SQLite gives a new row the highest rowid + 1), so only that tail is asked of
// FTS5 again (`rowid >= from`, which FTS5 seeks to), on the list's next use.
//
// Small matches are not kept: they cost FTS5 well under a millisecond. The lists live
// within a byte budget, least recently used first out.

type Entry = {
  rowids: Int32Array;
  /** Rowids removed since the list was read, by writes of this engine. */
  removed: Set<number> | null;
  /** Rows from this rowid up were written since the list was read, and must be asked again. */
  from: number;
};

/** Asks FTS5 for the rowids matching a key's expression, from a rowid up (all when 0), ascending. */
export type PostingReader = (key: string, from: number) => Int32Array;

/** More removed rowids than this since a list was read, and it is read again whole. */
const MAX_PENDING_REMOVALS = 20_000;

export class PostingCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private version: string | null = null;
  /** Whole reads, tail reads and answers from the cache: for tests and the benchmark. */
  readonly stats = { whole: 0, tails: 0, hits: 0 };

  constructor(
    private readonly options: { minRowids: number; budgetBytes: number },
    private readonly read: PostingReader,
  ) {}

  /** The rowids for `key` at index `version`, ascending. */
  get(version: string, key: string): Int32Array {
    if (this.version !== version) this.clear(version);
    const entry = this.entries.get(key);
    if (entry === undefined) {
      this.stats.whole++;
      const rowids = this.read(key, 0);
      if (rowids.length >= this.options.minRowids) this.keep(key, { rowids, removed: null, from: Infinity });
      return rowids;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (entry.removed === null && entry.from === Infinity) {
      this.stats.hits++;
      return entry.rowids;
    }
    this.stats.tails++;
    const tail = Number.isFinite(entry.from) ? this.read(key, entry.from) : new Int32Array(0);
    const { rowids, removed } = entry;
    const out = new Int32Array(rowids.length + tail.length);
    let n = 0;
    for (let k = 0; k < rowids.length; k++) {
      const rowid = rowids[k];
      if (rowid < entry.from && (removed === null || !removed.has(rowid))) out[n++] = rowid;
    }
    out.set(tail, n);
    const updated = out.subarray(0, n + tail.length);
    this.bytes -= rowids.byteLength;
    this.entries.delete(key);
    if (updated.length >= this.options.minRowids) this.keep(key, { rowids: updated, removed: null, from: Infinity });
    return updated;
  }

  /**
   * After a write of this engine that took the index from `before` to `after`: every list
   * drops `removed` and asks again from the lowest `added` rowid up, on its next use. A list
   * of another version (another process wrote in between) is dropped.
   */
  written(before: string, after: string, removed: Iterable<number>, added: Iterable<number>): void {
    if (this.version !== before) return this.clear(after);
    this.version = after;
    let from = Infinity;
    for (const rowid of added) if (rowid < from) from = rowid;
    const gone = [...removed];
    for (const [key, entry] of this.entries) {
      if (gone.length > 0) {
        entry.removed ??= new Set();
        for (const rowid of gone) entry.removed.add(rowid);
        if (entry.removed.size > MAX_PENDING_REMOVALS) {
          this.bytes -= entry.rowids.byteLength;
          this.entries.delete(key);
          continue;
        }
      }
      if (from < entry.from) entry.from = from;
    }
  }

  private keep(key: string, entry: Entry) {
    if (entry.rowids.byteLength > this.options.budgetBytes) return;
    // A list is often a view of a larger buffer (parseRowids sizes it for the longest
    // possible answer, 3–4 times the rowids): keep only the rowids, so the budget is the memory.
    if (entry.rowids.byteLength !== entry.rowids.buffer.byteLength) entry.rowids = entry.rowids.slice();
    this.entries.set(key, entry);
    this.bytes += entry.rowids.byteLength;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.options.budgetBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.rowids.byteLength;
    }
  }

  private clear(version: string) {
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }

  /** How many lists are kept, and their bytes: for tests and the benchmark. */
  get size(): { lists: number; bytes: number } {
    return { lists: this.entries.size, bytes: this.bytes };
  }
}
