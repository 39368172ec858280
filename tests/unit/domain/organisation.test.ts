import { describe, expect, it } from "vitest";
import {
  applyChangeRequest,
  type ChangeRequestDecision,
  ChangeRequestTransitionError,
  changesKind,
  changesNeedReview,
  decideChangeRequest,
  describeChangeRequest,
  isOrganisationKind,
  isSector,
  isShortageSector,
  kvkNumberSchema,
  normaliseKvkNumber,
  normalisePostcode,
  normaliseSbbId,
  organisationKinds,
  type OrganisationUpdatePlan,
  planOrganisationUpdate,
  postcodeSchema,
  reviewedValuesOf,
  type RequestedChange,
  type ReviewedValues,
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

  it("the four organisation kinds are private, municipality, subsidised and contracted", () => {
    expect(organisationKinds).toEqual(["private", "municipality", "subsidised", "contracted"]);
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

describe("changes after verification", () => {
  const inForce: ReviewedValues = { name: "Zorggroep Noorderlicht", kvkNumber: "12345678", kind: "subsidised" };
  const verified = { ...inForce, verifiedAt: new Date("2025-03-01T10:00:00Z") };
  const unverified = { ...inForce, verifiedAt: null };

  it.each([
    [null, false],
    [new Date("2025-03-01T10:00:00Z"), true],
  ])("an organisation verified at %s needs review for name, KvK number and kind: %s", (verifiedAt, expected) => {
    expect(changesNeedReview({ verifiedAt })).toBe(expected);
  });

  it.each<[string, typeof verified | typeof unverified, ReviewedValues, boolean, OrganisationUpdatePlan]>([
    [
      "before verification a new kind saves directly",
      unverified,
      { ...inForce, kind: "private" },
      false,
      { direct: { kind: "private" }, request: { type: "none" } },
    ],
    ["before verification nothing changed saves nothing", unverified, inForce, false, { direct: {}, request: { type: "none" } }],
    [
      "after verification a new kind waits",
      verified,
      { ...inForce, kind: "private" },
      false,
      { direct: {}, request: { type: "submit", requested: { kind: "private" } } },
    ],
    [
      "after verification a new KvK number waits",
      verified,
      { ...inForce, kvkNumber: "87654321" },
      false,
      { direct: {}, request: { type: "submit", requested: { kvkNumber: "87654321" } } },
    ],
    [
      "after verification a new name and kind wait together",
      verified,
      { ...inForce, name: "Noorderlicht BV", kind: "private" },
      false,
      { direct: {}, request: { type: "submit", requested: { name: "Noorderlicht BV", kind: "private" } } },
    ],
    [
      "a new submission replaces the pending request",
      verified,
      { ...inForce, name: "Noorderlicht Zorg" },
      true,
      { direct: {}, request: { type: "submit", requested: { name: "Noorderlicht Zorg" } } },
    ],
    ["asking for the values in force again withdraws the pending request", verified, inForce, true, { direct: {}, request: { type: "withdraw" } }],
    ["after verification an address-only save leaves review alone", verified, inForce, false, { direct: {}, request: { type: "none" } }],
  ])("%s", (_name, organisation, submitted, pending, expected) => {
    expect(planOrganisationUpdate(organisation, submitted, pending)).toEqual(expected);
  });

  it.each<[string, RequestedChange, ReviewedValues]>([
    ["a new kind replaces the kind only", { kind: "private" }, { ...inForce, kind: "private" }],
    ["null fields stay as they are", { name: null, kvkNumber: null, kind: null }, inForce],
    [
      "all three at once",
      { name: "Noorderlicht BV", kvkNumber: "87654321", kind: "private" },
      { name: "Noorderlicht BV", kvkNumber: "87654321", kind: "private" },
    ],
  ])("applying an approved request: %s", (_name, request, expected) => {
    expect(applyChangeRequest(inForce, request)).toEqual(expected);
  });

  it("an unknown kind in a stored request is never applied", () => {
    expect(() => applyChangeRequest(inForce, { kind: "charity" })).toThrow();
  });

  it.each<[RequestedChange, boolean]>([
    [{ kind: "private" }, true],
    [{ kind: "subsidised" }, false],
    [{ name: "Noorderlicht BV" }, false],
  ])("%j changes the kind: %s", (request, expected) => {
    expect(changesKind(inForce, request)).toBe(expected);
  });

  it("describes a request as old → new for the fields it really changes", () => {
    expect(describeChangeRequest(inForce, { name: "Noorderlicht BV", kind: "subsidised", kvkNumber: null })).toEqual([
      { field: "name", from: "Zorggroep Noorderlicht", to: "Noorderlicht BV" },
    ]);
  });

  it.each<[string, ChangeRequestDecision, string | null, { next: string; reason: string | null } | string]>([
    ["pending", "approve", null, { next: "approved", reason: null }],
    ["pending", "approve", "  KvK-uittreksel klopt ", { next: "approved", reason: "KvK-uittreksel klopt" }],
    ["pending", "refuse", "Geen subsidierelatie meer aangetoond", { next: "refused", reason: "Geen subsidierelatie meer aangetoond" }],
    ["pending", "refuse", "   ", "reason_required"],
    ["pending", "refuse", null, "reason_required"],
    ["pending", "withdraw", null, { next: "withdrawn", reason: null }],
    ["approved", "refuse", "te laat", "not_pending"],
    ["refused", "approve", null, "not_pending"],
    ["withdrawn", "withdraw", null, "not_pending"],
  ])("a %s request, %s with reason %j → %j", (status, decision, reason, expected) => {
    if (typeof expected === "string") {
      expect(() => decideChangeRequest(status, decision, reason)).toThrow(expect.objectContaining({ code: expected }) as Error);
      expect(() => decideChangeRequest(status, decision, reason)).toThrow(ChangeRequestTransitionError);
    } else {
      expect(decideChangeRequest(status, decision, reason)).toEqual(expected);
    }
  });
});

describe("the reviewed values of a stored organisation", () => {
  it.each(["private", "municipality", "subsidised"])("keeps the kind %s", (kind) => {
    expect(reviewedValuesOf({ name: "Zorggroep", kvkNumber: "12345678", kind })).toEqual({ name: "Zorggroep", kvkNumber: "12345678", kind });
  });

  it("refuses a kind the domain does not know instead of defaulting to one", () => {
    expect(() => reviewedValuesOf({ name: "X", kvkNumber: "12345678", kind: "charity" })).toThrow(/unknown organisation kind/);
  });
});
