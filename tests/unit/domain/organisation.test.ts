import { describe, expect, it } from "vitest";
import {
  isOrganisationKind,
  isSector,
  isShortageSector,
  kvkNumberSchema,
  normaliseKvkNumber,
  normalisePostcode,
  normaliseSbbId,
  organisationKinds,
  postcodeSchema,
  sbbIdSchema,
  sectors,
  shortageSectors,
  type Sector,
} from "../../../app/domain/organisation";

describe("KvK numbers", () => {
  it.each([
    ["12345678", "12345678"],
    [" 1234 5678 ", "12345678"],
    ["12.34.56.78", "12345678"],
    ["01234567", "01234567"],
  ])("%j is accepted as %s", (input, expected) => {
    expect(kvkNumberSchema.parse(input)).toBe(expected);
    expect(normaliseKvkNumber(input)).toBe(expected);
  });

  it.each([
    ["1234567", "validation:kvk_invalid"],
    ["123456789", "validation:kvk_invalid"],
    ["1234567a", "validation:kvk_invalid"],
    ["KVK12345678", "validation:kvk_invalid"],
    ["1234-5678", "validation:kvk_invalid"],
    ["", "forms:required"],
    ["   ", "forms:required"],
  ])("%j is refused with the message key %s", (input, key) => {
    const result = kvkNumberSchema.safeParse(input);
    expect(result.error?.issues[0].message).toBe(key);
    expect(normaliseKvkNumber(input)).toBeNull();
  });

  it("a missing KvK number is reported as required", () => {
    expect(kvkNumberSchema.safeParse(undefined).error?.issues[0].message).toBe("forms:required");
  });
});

describe("Dutch postcodes", () => {
  it.each([
    ["1012 AB", "1012 AB"],
    ["1012ab", "1012 AB"],
    [" 1102  cd ", "1102 CD"],
    ["9999 ZZ", "9999 ZZ"],
    ["1012 SB", "1012 SB"],
  ])("%j is accepted as %s", (input, expected) => {
    expect(postcodeSchema.parse(input)).toBe(expected);
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each([
    ["0123 AB", "the first digit is 0"],
    ["1012 SS", "SS is never issued"],
    ["1012 SA", "SA is never issued"],
    ["1012 sd", "SD is never issued, in any case"],
    ["101 AB", "three digits"],
    ["10123 AB", "five digits"],
    ["1012 A", "one letter"],
    ["1012 ABC", "three letters"],
    ["AB 1012", "letters first"],
    ["1012-AB", "a dash between"],
  ])("%j is refused: %s", (input) => {
    expect(postcodeSchema.safeParse(input).error?.issues[0].message).toBe("validation:postcode_invalid");
    expect(normalisePostcode(input)).toBeNull();
  });

  it("an empty postcode is reported as required, not as invalid", () => {
    expect(postcodeSchema.safeParse(" ").error?.issues[0].message).toBe("forms:required");
  });
});

describe("SBB recognition numbers", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["   ", undefined],
    ["123456", "123456"],
    ["123 456 789", "123456789"],
  ])("%j is accepted as %j", (input, expected) => {
    expect(sbbIdSchema.parse(input)).toBe(expected);
  });

  it.each(["12345", "1234567890", "12a456", "SBB-123456"])("%j is refused with the message key validation:sbb_invalid", (input) => {
    expect(sbbIdSchema.safeParse(input).error?.issues[0].message).toBe("validation:sbb_invalid");
    expect(normaliseSbbId(input)).toBeNull();
  });

  it.each([
    ["123456", "123456"],
    ["1234 5678", "12345678"],
  ])("the pure helper reads %j as %s", (input, expected) => {
    expect(normaliseSbbId(input)).toBe(expected);
  });

  it("an empty SBB field is not reported as required after Conform's empty-string handling", async () => {
    const { parseWithZod } = await import("@conform-to/zod");
    const { z } = await import("zod");
    const form = new FormData();
    form.set("name", "x");
    const result = parseWithZod(form, { schema: z.object({ name: z.string(), sbbId: sbbIdSchema }) });
    expect(result.status).toBe("success");
  });
});

describe("organisation kinds and sectors", () => {
  it.each([
    ["private", true],
    ["municipality", true],
    ["subsidised", true],
    ["Private", false],
    ["government", false],
    [undefined, false],
  ])("%j is an organisation kind: %s", (value, expected) => {
    expect(isOrganisationKind(value)).toBe(expected);
  });

  it("the three organisation kinds are private, municipality and subsidised", () => {
    expect(organisationKinds).toEqual(["private", "municipality", "subsidised"]);
  });

  it.each(sectors.map((s) => [s] as const))("%s is a sector", (sector) => {
    expect(isSector(sector)).toBe(true);
  });

  it.each(["", "finance", "Care", 3])("%j is not a sector", (value) => {
    expect(isSector(value)).toBe(false);
  });

  it.each<[Sector, boolean]>([
    ["technology", true],
    ["care", true],
    ["education", true],
    ["hospitality", false],
    ["government", false],
  ])("%s is a shortage sector: %s", (sector, expected) => {
    expect(isShortageSector(sector)).toBe(expected);
  });

  it("every shortage sector is a known sector", () => {
    expect(shortageSectors.every((s) => isSector(s))).toBe(true);
  });
});
