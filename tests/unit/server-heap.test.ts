import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_HEAP_MB, serverHeapMb } from "../../server/spawn.js";

describe("the production server's heap budget (SERVER_HEAP_MB, ADR 037)", () => {
  it.each([
    ["unset", undefined, DEFAULT_SERVER_HEAP_MB],
    ["empty", "", DEFAULT_SERVER_HEAP_MB],
    ["the smallest allowed", "64", 64],
    ["a larger installation's", "512", 512],
  ])("takes %s", (_name, raw, mb) => {
    expect(serverHeapMb({ SERVER_HEAP_MB: raw })).toBe(mb);
  });

  it.each([
    ["below the minimum", "63"],
    ["not a number", "lots"],
    ["a fraction", "128.5"],
    ["with a unit", "192MB"],
    ["negative", "-192"],
  ])("refuses a value %s, naming the variable", (_name, raw) => {
    expect(() => serverHeapMb({ SERVER_HEAP_MB: raw })).toThrowError(/SERVER_HEAP_MB must be a whole number of megabytes, at least 64/);
  });
});
