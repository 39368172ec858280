import { describe, expect, it } from "vitest";
import { PostingCache } from "~/search/posting-cache.server";

// PostingCache against a model index: rows (rowid → the keys it matches) that the reader
// asks as FTS5 would, ascending from a rowid up. Each step either asks the cache (and its
// answer must be the model's answer at that moment) or writes the model: through the
// engine (the cache is told what was removed and inserted) or from elsewhere (it is not,
// only the version moves).

type Step = { get: string; expect?: "whole" | "tail" | "hit" } | { write: { remove?: number[]; insert?: [number, string[]][] }; foreign?: boolean };

class ModelIndex {
  readonly rows = new Map<number, string[]>();
  version = 0;
  reads: { key: string; from: number }[] = [];
  constructor(rows: [number, string[]][]) {
    for (const [rowid, keys] of rows) this.rows.set(rowid, keys);
  }
  read = (key: string, from: number): Int32Array => {
    this.reads.push({ key, from });
    return this.answer(key, from);
  };
  answer(key: string, from = 0): Int32Array {
    const rowids = [...this.rows].filter(([rowid, keys]) => rowid >= from && keys.includes(key)).map(([rowid]) => rowid);
    return Int32Array.from(rowids.sort((a, b) => a - b));
  }
}

function run(rows: [number, string[]][], steps: Step[], options = { minRowids: 2, budgetBytes: 1024 }) {
  const model = new ModelIndex(rows);
  const cache = new PostingCache(options, model.read);
  for (const [n, step] of steps.entries()) {
    if ("get" in step) {
      const before = { ...cache.stats };
      const got = cache.get(String(model.version), step.get);
      expect([...got], `step ${n}: get ${step.get}`).toEqual([...model.answer(step.get)]);
      if (step.expect === "whole") expect(cache.stats.whole, `step ${n}: a whole read`).toBe(before.whole + 1);
      if (step.expect === "tail") expect(cache.stats.tails, `step ${n}: a tail read`).toBe(before.tails + 1);
      if (step.expect === "hit") expect(cache.stats.hits, `step ${n}: from the cache`).toBe(before.hits + 1);
    } else {
      const removed = step.write.remove ?? [];
      const inserted = step.write.insert ?? [];
      for (const rowid of removed) model.rows.delete(rowid);
      for (const [rowid, keys] of inserted) model.rows.set(rowid, keys);
      const before = String(model.version);
      model.version++;
      if (!step.foreign)
        cache.written(
          before,
          String(model.version),
          removed,
          inserted.map(([rowid]) => rowid),
        );
    }
  }
  return { cache, model };
}

const rows: [number, string[]][] = [
  [1, ["sta", "kok"]],
  [2, ["sta"]],
  [3, ["sta", "kok"]],
  [4, ["kok"]],
  [5, ["sta"]],
];

describe("PostingCache", () => {
  const cases: { name: string; steps: Step[] }[] = [
    {
      name: "a repeated match is answered from the kept list",
      steps: [
        { get: "sta", expect: "whole" },
        { get: "sta", expect: "hit" },
      ],
    },
    {
      name: "a removed row leaves the kept list without asking FTS5 again",
      steps: [{ get: "sta", expect: "whole" }, { write: { remove: [3] } }, { get: "sta", expect: "tail" }, { get: "sta", expect: "hit" }],
    },
    {
      name: "an inserted row is found by reading the tail from its rowid",
      steps: [{ get: "sta", expect: "whole" }, { write: { insert: [[6, ["sta"]]] } }, { get: "sta", expect: "tail" }],
    },
    {
      name: "an update (removed, then inserted under a new rowid) moves the row",
      steps: [{ get: "kok", expect: "whole" }, { write: { remove: [1], insert: [[6, ["sta"]]] } }, { get: "kok", expect: "tail" }, { get: "sta" }],
    },
    {
      name: "a rowid given again after its row was removed (SQLite reuses the highest) is read again",
      steps: [
        { get: "sta", expect: "whole" },
        { write: { remove: [5] } },
        { write: { insert: [[5, ["kok"]]] } },
        { get: "sta", expect: "tail" },
        { get: "kok", expect: "whole" },
        { write: { remove: [5], insert: [[5, ["sta"]]] } },
        { get: "kok", expect: "tail" },
        { get: "sta", expect: "tail" },
      ],
    },
    {
      name: "removals and inserts of several writes add up",
      steps: [
        { get: "sta", expect: "whole" },
        { write: { remove: [1], insert: [[6, ["sta"]]] } },
        { write: { remove: [6, 2], insert: [[7, ["sta", "kok"]]] } },
        { write: { insert: [[8, ["kok"]]] } },
        { get: "sta", expect: "tail" },
        { get: "kok", expect: "whole" },
      ],
    },
    {
      name: "a write from another process (the version moved without this cache's write) drops every list",
      steps: [
        { get: "sta", expect: "whole" },
        { write: { remove: [2] }, foreign: true },
        { get: "sta", expect: "whole" },
      ],
    },
    {
      name: "after another process wrote, this engine's next write does not make stale lists current",
      steps: [
        { get: "sta", expect: "whole" },
        { write: { insert: [[6, ["sta"]]] }, foreign: true },
        { write: { remove: [1] } },
        { get: "sta", expect: "whole" },
      ],
    },
    {
      name: "a match below the threshold is asked every time",
      steps: [
        { get: "none", expect: "whole" },
        { get: "none", expect: "whole" },
      ],
    },
    {
      name: "a list that shrinks below the threshold is no longer kept",
      steps: [{ get: "kok", expect: "whole" }, { write: { remove: [1, 3] } }, { get: "kok", expect: "tail" }, { get: "kok", expect: "whole" }],
    },
  ];
  it.each(cases)("$name", ({ steps }) => {
    run(rows, steps);
  });

  it("asks only the rows from the lowest inserted rowid up on a tail read", () => {
    const { model } = run(rows, [
      { get: "sta" },
      {
        write: {
          remove: [2],
          insert: [
            [6, ["sta"]],
            [7, []],
          ],
        },
      },
      { get: "sta" },
    ]);
    expect(model.reads).toEqual([
      { key: "sta", from: 0 },
      { key: "sta", from: 6 },
    ]);
  });

  it("keeps the most recently used lists within its byte budget", () => {
    // Three rowids are 12 bytes; a budget of 24 bytes holds two such lists.
    const many: [number, string[]][] = [1, 2, 3].map((rowid) => [rowid, ["a", "b", "c"]]);
    const { cache } = run(
      many,
      [
        { get: "a", expect: "whole" },
        { get: "b", expect: "whole" },
        { get: "a", expect: "hit" },
        { get: "c", expect: "whole" },
        { get: "a", expect: "hit" },
        { get: "b", expect: "whole" },
      ],
      { minRowids: 1, budgetBytes: 24 },
    );
    expect(cache.size).toEqual({ lists: 2, bytes: 24 });
  });

  it("keeps only the rowids of an answer that is a view of a larger buffer, so its budget is its memory", () => {
    const cache = new PostingCache({ minRowids: 1, budgetBytes: 1024 }, () => Int32Array.from([4, 7, 9, 0, 0, 0, 0, 0]).subarray(0, 3));
    cache.get("1", "a");
    const kept = cache.get("1", "a");
    expect([...kept]).toEqual([4, 7, 9]);
    expect(kept.buffer.byteLength).toBe(12);
    expect(cache.size).toEqual({ lists: 1, bytes: 12 });
  });

  it("keeps every answer equal to the index's through a long run of random writes", () => {
    // A fixed pseudo-random sequence (so a failure can be replayed): rows match some of
    // four keys, writes remove, update and insert as the engine does (new rows get the
    // highest rowid + 1, so a removed highest rowid is given again).
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const keys = ["a", "b", "c", "d"];
    const pick = () => keys.filter(() => random() < 0.5);
    const start: [number, string[]][] = Array.from({ length: 40 }, (_, i) => [i + 1, pick()]);
    const live = new Set(start.map(([rowid]) => rowid));
    const steps: Step[] = [];
    for (let n = 0; n < 400; n++) {
      if (random() < 0.6) {
        steps.push({ get: keys[Math.floor(random() * keys.length)] });
        continue;
      }
      const remove = [...live].filter(() => random() < 0.05);
      for (const rowid of remove) live.delete(rowid);
      const insert: [number, string[]][] = [];
      const count = Math.floor(random() * 3);
      for (let k = 0; k < count; k++) {
        const rowid = Math.max(0, ...live) + 1;
        live.add(rowid);
        insert.push([rowid, pick()]);
      }
      steps.push({ write: { remove, insert }, foreign: random() < 0.05 });
    }
    const { cache } = run(start, steps, { minRowids: 3, budgetBytes: 200 });
    expect(cache.stats.tails).toBeGreaterThan(20);
    expect(cache.stats.hits).toBeGreaterThan(20);
  });
});
