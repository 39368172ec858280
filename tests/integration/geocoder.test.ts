// The geocoder against a FAKE PDOK Locatieserver (tests/helpers/fake-pdok.ts): PDOK is a
// government service outside this machine. The cache is the real GeocodeCache table.
import { describe, expect, it } from "vitest";
import { parsePlaceQuery, type PlaceQuery } from "~/domain/location";
import { geocodeAddress, geocodePlace, parseCentroid, PdokGeocoder, resolvePlace } from "~/services/locations/geocoder.server";
import { db } from "~/utils/db.server";
import { FREE_PARAMETERS } from "../helpers/fake-pdok";
import { fakePdokForThisFile } from "../helpers/fake-pdok-for-file";

const pdok = fakePdokForThisFile();
const DAY = 86_400_000;

const place = (raw: string) => parsePlaceQuery(raw) as PlaceQuery;

function expectDocumentedRequest(index = 0) {
  const r = pdok.requests[index]!;
  expect(r.path).toBe("/free");
  for (const key of r.params.keys()) expect(FREE_PARAMETERS).toContain(key);
  expect(r.params.get("q")).toBeTruthy();
  expect(r.params.get("fq")).toMatch(/^type:/);
  expect(r.params.get("rows")).toBe("1");
  expect(r.params.get("fl")?.split(",")).toEqual(expect.arrayContaining(["weergavenaam", "centroide_ll", "postcode"]));
  return r.params;
}

describe("resolving a place for distance search", () => {
  it("a six-digit postcode is found through /free with the documented parameters, and cached", async () => {
    const result = await resolvePlace("1012lg");
    expect(result).toMatchObject({ status: "found", place: { kind: "postcode6", key: "pc6:1012LG" } });
    if (result.status !== "found") throw new Error("not found");
    expect(result.latitude).toBeCloseTo(52.3768, 3);
    expect(result.longitude).toBeCloseTo(4.898, 3);
    expect(result.label).toContain("1012LG Amsterdam");
    expect(pdok.requests).toHaveLength(1);
    const params = expectDocumentedRequest();
    expect(params.get("q")).toBe("1012LG");
    expect(params.get("fq")).toBe("type:postcode");
    const row = await db.geocodeCache.findUniqueOrThrow({ where: { query: "pc6:1012LG" } });
    expect(row).toMatchObject({ found: true, latitude: result.latitude, longitude: result.longitude });
  });

  it("a four-digit postcode area is found by the first postcode inside it", async () => {
    const result = await resolvePlace("1077");
    expect(result).toMatchObject({ status: "found", place: { kind: "postcode4" } });
    expect(expectDocumentedRequest().get("q")).toBe("1077");
  });

  it("a cache hit does not call the geocoder (the seed caches its places)", async () => {
    const result = await resolvePlace("Zaandam");
    expect(result).toMatchObject({ status: "found", label: "Zaandam, Zaanstad" });
    expect(pdok.requests).toHaveLength(0);
    await resolvePlace("1012 LG");
    await resolvePlace("1012 LG");
    expect(pdok.requests.length).toBeLessThanOrEqual(1);
  });

  it("a place PDOK does not know is not found, remembered for a day, then asked again", async () => {
    const now = new Date();
    expect(await geocodePlace(place("Nergenshuizen"), now)).toEqual({ status: "not_found" });
    expect(expectDocumentedRequest().get("fq")).toBe("type:(woonplaats OR gemeente OR wijk)");
    expect(await db.geocodeCache.findUnique({ where: { query: "place:nergenshuizen" } })).toMatchObject({ found: false });
    expect(await geocodePlace(place("Nergenshuizen"), new Date(now.getTime() + DAY / 2))).toEqual({ status: "not_found" });
    expect(pdok.requests).toHaveLength(1);
    await geocodePlace(place("Nergenshuizen"), new Date(now.getTime() + DAY + 1000));
    expect(pdok.requests).toHaveLength(2);
  });

  it("a found answer is trusted for 180 days", async () => {
    const now = new Date();
    await geocodePlace(place("Haarlem"), now); // seeded
    expect(await geocodePlace(place("Haarlem"), new Date(now.getTime() + 170 * DAY))).toMatchObject({ status: "found" });
    expect(pdok.requests).toHaveLength(0);
    expect(await geocodePlace(place("Haarlem"), new Date(now.getTime() + 181 * DAY))).toMatchObject({ status: "found" });
    expect(pdok.requests).toHaveLength(1);
  });

  it("an HTTP error is unavailable and is not cached", async () => {
    pdok.mode = "error";
    expect(await resolvePlace("1082 PP")).toMatchObject({ status: "unavailable" });
    expect(await db.geocodeCache.findUnique({ where: { query: "pc6:1082PP" } })).toBeNull();
    pdok.mode = "ok";
    expect(await resolvePlace("1082 PP")).toMatchObject({ status: "found" });
  });

  it("a geocoder that does not answer in time is unavailable, without an exception", async () => {
    pdok.mode = "hang";
    const started = Date.now();
    const result = await geocodePlace(place("Lutjebroek"), new Date(), new PdokGeocoder(pdok.url, 300));
    expect(result).toEqual({ status: "unavailable" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("an unreachable geocoder is unavailable", async () => {
    const result = await geocodePlace(place("Lutjebroek"), new Date(), new PdokGeocoder("http://127.0.0.1:9", 1_000));
    expect(result).toEqual({ status: "unavailable" });
  });

  it("GEOCODER=off asks nobody and answers unavailable", async () => {
    process.env.GEOCODER = "off";
    try {
      expect(await resolvePlace("Lutjebroek")).toMatchObject({ status: "unavailable" });
      expect(pdok.requests).toHaveLength(0);
    } finally {
      delete process.env.GEOCODER;
    }
  });

  it("what cannot be a place is a parse error and asks nobody", async () => {
    expect(await resolvePlace("12345")).toEqual({ status: "parse_error", error: "invalid" });
    expect(await resolvePlace("   ")).toEqual({ status: "empty" });
    expect(pdok.requests).toHaveLength(0);
  });
});

describe("looking up a work address", () => {
  it("an address is asked as type:adres and accepted only with the same postcode", async () => {
    const found = await geocodeAddress({ street: "Zuidplein", houseNumber: "36", postcode: "1077 XV", city: "Amsterdam" });
    expect(found).toMatchObject({ status: "found", label: "Zuidplein 36, 1077XV Amsterdam" });
    const params = expectDocumentedRequest();
    expect(params.get("fq")).toBe("type:adres");
    expect(params.get("q")).toBe("Zuidplein 36 1077XV Amsterdam");
    expect(await db.geocodeCache.findUnique({ where: { query: "adr:1077XV:36" } })).toMatchObject({ found: true });
  });

  it("a house number that does not exist at that postcode is not found", async () => {
    expect(await geocodeAddress({ street: "Zuidplein", houseNumber: "999", postcode: "1077 XV", city: "Amsterdam" })).toEqual({ status: "not_found" });
  });
});

describe("PDOK's centroid", () => {
  it.each([
    ["POINT(4.8936 52.3728)", { latitude: 52.3728, longitude: 4.8936 }],
    [" POINT( 5.2 52.37 ) ", { latitude: 52.37, longitude: 5.2 }],
    ["POINT(200 52)", null],
    ["POINT(4.89)", null],
    [null, null],
  ])("%j → %j", (value, expected) => {
    expect(parseCentroid(value)).toEqual(expected);
  });
});

describe("the geocoder's environment", () => {
  it.each([
    [{ GEOCODER: "maybe" }, "GEOCODER"],
    [{ GEOCODER_URL: "pdok" }, "GEOCODER_URL"],
  ])("%j stops the start with a message about %s", async (source, field) => {
    const { parseEnv } = await import("~/utils/env.server");
    expect(() => parseEnv({ NODE_ENV: "development", ...source } as NodeJS.ProcessEnv)).toThrowError(new RegExp(field));
  });
});
