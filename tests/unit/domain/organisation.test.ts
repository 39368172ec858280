import { describe, expect, it } from "vitest";
import { kvkNumberSchema, postcodeSchema, sbbIdSchema } from "~/domain/organisation";

describe("KvK numbers", () => {
  it.each([
    ["12345678", "12345678"],
    [" 1234 5678 ", "12345678"],
    ["12.34.56.78", "12345678"],
  ])("accepts %j as %s", (input, expected) => {
    expect(kvkNumberSchema.parse(input)).toBe(expected);
  });
  it.each(["1234567", "123456789", "1234567a", "", "KVK12345678"])("refuses %j with a clear message", (input) => {
    const result = kvkNumberSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/^(validation:kvk_invalid|forms:required)$/);
  });
});

describe("Dutch postcodes", () => {
  it.each([
    ["1012 AB", "1012 AB"],
    ["1012ab", "1012 AB"],
    [" 1102  cd ", "1102 CD"],
  ])("accepts %j as %s", (input, expected) => {
    expect(postcodeSchema.parse(input)).toBe(expected);
  });
  it.each(["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "1012 A", "AB 1012", "10123 AB"])("refuses %j", (input) => {
    expect(postcodeSchema.safeParse(input).success).toBe(false);
  });
});

describe("SBB recognition numbers", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["123456", "123456"],
    ["123 456 789", "123456789"],
  ])("accepts %j as %j", (input, expected) => {
    expect(sbbIdSchema.parse(input)).toBe(expected);
  });
  it.each(["12345", "1234567890", "12a456"])("refuses %j", (input) => {
    expect(sbbIdSchema.safeParse(input).success).toBe(false);
  });
});

describe("optional fields in a form", () => {
  it("an empty SBB field is not reported as required after Conform's empty-string handling", async () => {
    const { parseWithZod } = await import("@conform-to/zod");
    const { z } = await import("zod");
    const form = new FormData();
    form.set("name", "x");
    const result = parseWithZod(form, { schema: z.object({ name: z.string(), sbbId: sbbIdSchema }) });
    expect(result.status).toBe("success");
  });
});
