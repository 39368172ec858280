import { describe, expect, it } from "vitest";
import { districtChange, parseDistrictLines, slugify } from "../../../app/domain/municipality";
import { municipalitySchema } from "../../../app/schemas/municipality";

describe("districts typed one per line", () => {
  it.each([
    { name: "trims and drops blank lines", text: " Centrum \n\n  Noord\r\nNieuw-West  ", ok: ["centrum:Centrum", "noord:Noord", "nieuw-west:Nieuw-West"] },
    { name: "folds inner spaces", text: "Nieuw   West", ok: ["nieuw-west:Nieuw West"] },
    { name: "accents in the slug are dropped", text: "Zuidoost\nBuitenveldert-Zuïd", ok: ["zuidoost:Zuidoost", "buitenveldert-zuid:Buitenveldert-Zuïd"] },
    { name: "nothing typed is no districts", text: "", ok: [] },
  ])("$name", ({ text, ok }) => {
    const parsed = parseDistrictLines(text);
    expect(parsed.ok && parsed.districts.map((d) => `${d.slug}:${d.name}`)).toEqual(ok);
  });

  it.each([
    { name: "the same district twice in two spellings", text: "Nieuw-West\nNieuw West", error: "duplicate", detail: "Nieuw West" },
    { name: "a line of punctuation only", text: "Centrum\n---", error: "duplicate", detail: "---" },
    { name: "a name over 60 characters", text: "x".repeat(61), error: "too_long", detail: "x".repeat(61) },
    { name: "more than 50", text: Array.from({ length: 51 }, (_, i) => `Wijk ${i}`).join("\n"), error: "too_many" },
  ])("refuses $name", ({ text, error, detail }) => {
    const parsed = parseDistrictLines(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect([parsed.error, parsed.detail ?? undefined]).toEqual([error, detail]);
  });

  it("slugifies like the URL filters expect", () => {
    expect(slugify("Den Haag – Centrum")).toBe("den-haag-centrum");
  });
});

describe("from stored districts to typed ones", () => {
  const stored = [
    { id: "1", slug: "centrum", name: "Centrum" },
    { id: "2", slug: "nieuw-west", name: "Nieuw-West" },
    { id: "3", slug: "weesp", name: "Weesp" },
  ];
  it("adds, renames by slug and removes", () => {
    const change = districtChange(stored, [
      { slug: "centrum", name: "Centrum" },
      { slug: "nieuw-west", name: "Nieuw West" },
      { slug: "noord", name: "Noord" },
    ]);
    expect(change).toEqual({ add: [{ slug: "noord", name: "Noord" }], rename: [{ id: "2", name: "Nieuw West" }], remove: [{ id: "3", name: "Weesp" }] });
  });
  it("changes nothing when the same list is typed", () => {
    expect(
      districtChange(
        stored,
        stored.map(({ slug, name }) => ({ slug, name })),
      ),
    ).toEqual({ add: [], rename: [], remove: [] });
  });
});

describe("the municipality form", () => {
  const valid = {
    intent: "municipality",
    name: "Utrecht",
    slug: "utrecht",
    fullTimeHours: "36",
    gracePeriodDays: "30",
    resignPeriodDays: "60",
    responsePeriodDays: "10",
  };
  it.each([
    [{ slug: "Utrecht " }, null],
    [{ slug: "utr echt" }, "slug:municipalities:errors.slug_format"],
    [{ slug: "1utrecht" }, "slug:municipalities:errors.slug_format"],
    [{ fullTimeHours: "19" }, "fullTimeHours:municipalities:errors.full_time_range"],
    [{ fullTimeHours: "41" }, "fullTimeHours:municipalities:errors.full_time_range"],
    [{ fullTimeHours: "36,5" }, "fullTimeHours:municipalities:errors.full_time_range"],
    [{ gracePeriodDays: "366" }, "gracePeriodDays:municipalities:errors.grace_range"],
    [{ gracePeriodDays: "0" }, null],
    [{ resignPeriodDays: "6" }, "resignPeriodDays:municipalities:errors.resign_range"],
    [{ responsePeriodDays: "0" }, "responsePeriodDays:municipalities:errors.response_range"],
    [{ responsePeriodDays: "61" }, "responsePeriodDays:municipalities:errors.response_range"],
    [{ name: "U" }, "name:municipalities:errors.name_length"],
  ] as [Record<string, string>, string | null][])("%o → %s", (over, expected) => {
    const result = municipalitySchema.safeParse({ ...valid, ...over });
    expect(result.success ? null : `${result.error.issues[0].path.join(".")}:${result.error.issues[0].message}`).toBe(expected);
  });
});
