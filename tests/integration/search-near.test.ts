// Distance search through the routes: the page, the API, the CSV and the feed, against
// this file's SQLite copy. Places the seed already knows come from the geocoder cache
// the seed fills; others go to a FAKE PDOK Locatieserver (tests/helpers/fake-pdok.ts:
// the real service is outside this machine), which checks each request against the
// documented API.
import { beforeAll, describe, expect, it } from "vitest";
import { distanceKm } from "~/domain/location";
import { loader as apiLoader } from "~/routes/api/search/stages";
import { loader as csvLoader } from "~/routes/public/search/export-csv";
import { loader as feedLoader } from "~/routes/public/search/feed";
import { loader as stagesLoader } from "~/routes/public/search/stages";
import { db } from "~/utils/db.server";
import { fakePdokForThisFile } from "../helpers/fake-pdok-for-file";
import { get, loaderArgs } from "../helpers/requests";

type StagesData = Awaited<ReturnType<typeof stagesLoader>>;
const stages = (qs: string, headers: Record<string, string> = {}) => stagesLoader(loaderArgs(get(`/stages?${qs}`, undefined, headers))) as Promise<StagesData>;
const api = async (qs: string) => (await (apiLoader(loaderArgs(get(`/api/v1/stages?${qs}`))) as Promise<Response>)).json();

const pdok = fakePdokForThisFile();
let published: { id: string; latitude: number | null; longitude: number | null }[] = [];

beforeAll(async () => {
  published = await db.internship.findMany({ where: { status: "published" }, select: { id: true, latitude: true, longitude: true } });
});

async function centreOf(key: string) {
  const row = await db.geocodeCache.findUniqueOrThrow({ where: { query: key } });
  return { latitude: row.latitude!, longitude: row.longitude! };
}
const within = (centre: { latitude: number; longitude: number }, km: number) =>
  published.filter((p) => p.latitude !== null && distanceKm(centre, { latitude: p.latitude, longitude: p.longitude! }) <= km).map((p) => p.id);

describe("searching near a postcode", () => {
  it("keeps to the distance, counts within it, shows each distance and sorts nearest first", async () => {
    const centre = await centreOf("pc4:1102");
    const expected = within(centre, 10);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(published.length);
    const data = await stages("bij=1102&afstand=10&sorteer=afstand");
    expect(data.query.place).toMatchObject({ status: "found" });
    expect(data.result.total).toBe(expected.length);
    expect(data.result.facets.sector.reduce((n, f) => n + f.count, 0)).toBe(expected.length);
    const distances = data.result.hits.map((h) => h.distanceKm!);
    expect(distances.every((d) => typeof d === "number" && d <= 10)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // The links keep the place and the distance; the order is one to choose.
    expect(data.feedHref).toBe("/stages.atom?bij=1102&afstand=10&sorteer=afstand");
    expect(data.apiHref).toBe("/api/v1/stages?bij=1102&afstand=10&sorteer=afstand");
    // Nothing was asked of PDOK: the seed's answer for 1102 is in the cache.
    expect(pdok.requests).toHaveLength(0);
  });

  it("widens with the distance and defaults to 10 km", async () => {
    const totals = [];
    for (const km of [5, 10, 20, 50]) totals.push((await stages(`bij=1102&afstand=${km}`)).result.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(totals[0]).toBeLessThan(totals[3]);
    const implicit = await stages("bij=1102");
    expect(implicit.query.distance).toBe(10);
    expect(implicit.result.total).toBe(totals[1]);
    // A distance that is not offered falls back to the default.
    expect((await stages("bij=1102&afstand=7")).query.distance).toBe(10);
  });

  it("combines with the other filters", async () => {
    const near = await stages("bij=1102&afstand=20");
    const care = await stages("bij=1102&afstand=20&sector=care");
    const careEverywhere = await stages("sector=care");
    expect(care.result.total).toBe(near.result.facets.sector.find((f) => f.value === "care")?.count ?? 0);
    expect(care.result.total).toBeLessThanOrEqual(careEverywhere.result.total);
  });

  it("looks a new place up at PDOK once, with the documented parameters, then from the cache", async () => {
    pdok.reset();
    const first = await stages("bij=1082pp&afstand=5");
    expect(first.query.near).toBe("1082pp");
    expect(first.query.place).toMatchObject({ status: "found", text: "1082 PP" });
    expect(pdok.requests).toHaveLength(1);
    const [request] = pdok.requests;
    expect(request.path).toBe("/free");
    expect(request.params.get("q")).toBeTruthy();
    for (const key of request.params.keys()) expect(["q", "fq", "fl", "rows", "start", "sort", "df", "bq", "lat", "lon", "wt", "indent"]).toContain(key);
    await stages("bij=1082+PP&afstand=10");
    expect(pdok.requests).toHaveLength(1);
  });
});

describe("a place that cannot be used", () => {
  it.each([
    ["bij=Nergenshuizen", "not_found"],
    ["bij=12345", "invalid"],
    [`bij=${"a".repeat(60)}x`, "not_found"],
  ])("%s: says so and shows the search without distance", async (qs, status) => {
    const data = await stages(qs);
    expect(data.query.place?.status).toBe(status);
    expect(data.result.total).toBe(published.length);
    expect(data.result.hits.every((h) => h.distanceKm === null)).toBe(true);
    // What was typed stays in the field.
    expect(data.query.near).toBe(new URLSearchParams(qs).get("bij")!.slice(0, 60));
  });

  it("PDOK down: unavailable, the search without distance, and nothing cached", async () => {
    pdok.reset();
    pdok.mode = "error";
    const data = await stages("bij=Zunderdorp");
    expect(data.query.place?.status).toBe("unavailable");
    expect(data.result.total).toBe(published.length);
    expect(await db.geocodeCache.findUnique({ where: { query: "place:zunderdorp" } })).toBeNull();
    pdok.mode = "ok";
  });

  it("sorting by distance without a place found falls back to newest first", async () => {
    const data = await stages("bij=Nergenshuizen&sorteer=afstand");
    const dates = data.result.hits.map((h) => h.startDate);
    expect(data.result.hits).toHaveLength(20);
    expect(dates.length).toBe(20);
    const newest = await stages("");
    expect(data.result.hits.map((h) => h.id)).toEqual(newest.result.hits.map((h) => h.id));
  });
});

describe("the API, the CSV and the feed near a place", () => {
  it("the API filters, gives each distance and says what became of the place", async () => {
    const centre = await centreOf("pc4:1102");
    const body = await api("bij=1102&afstand=5&sorteer=afstand");
    expect(body.place).toEqual({ query: "1102", status: "found", label: expect.any(String) });
    expect(body.total).toBe(within(centre, 5).length);
    for (const item of body.items) {
      expect(item.distanceKm).toBeLessThanOrEqual(5);
      expect(typeof item.latitude).toBe("number");
    }
    expect(body.items.map((i: { distanceKm: number }) => i.distanceKm)).toEqual(
      [...body.items.map((i: { distanceKm: number }) => i.distanceKm)].sort((a: number, b: number) => a - b),
    );
    const unknown = await api("bij=Nergenshuizen");
    expect(unknown.place).toEqual({ query: "Nergenshuizen", status: "not_found", label: null });
    expect(unknown.total).toBe(published.length);
    expect((await api("")).place).toBeUndefined();
  });

  it("the CSV has the distance column and only the internships within it", async () => {
    const centre = await centreOf("pc4:1102");
    const csv = await (await (csvLoader(loaderArgs(get("/stages.csv?bij=1102&afstand=5"))) as Promise<Response>)).text();
    const [header, ...rows] = csv.trim().split("\r\n");
    expect(header.split(",")).toContain("distanceKm");
    expect(rows).toHaveLength(within(centre, 5).length);
  });

  it("the feed has only the internships within the distance", async () => {
    const centre = await centreOf("pc4:1102");
    const atom = await (await (feedLoader(loaderArgs(get("/stages.atom?bij=1102&afstand=5"))) as Promise<Response>)).text();
    const ids = [...atom.matchAll(/<id>[^<]*\/stages\/([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(new Set(ids)).toEqual(new Set(within(centre, 5).slice(0, 50)));
  });
});
