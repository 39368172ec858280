// The public internship page's work address and, when the visitor came from a search
// near a place (?bij=), its distance from that place, against this file's SQLite copy.
// Places outside the seed's geocoder cache go to a FAKE PDOK (tests/helpers/fake-pdok.ts:
// the real service is outside this machine).
import { describe, expect, it } from "vitest";
import { distanceKm, roundedDistance } from "~/domain/location";
import { loader as stageLoader } from "~/routes/public/search/stage";
import { loader as stagesLoader } from "~/routes/public/search/stages";
import { db } from "~/utils/db.server";
import { fakePdokForThisFile } from "../helpers/fake-pdok-for-file";
import { get, loaderArgs } from "../helpers/requests";

type StageData = Awaited<ReturnType<typeof stageLoader>>;
const page = (id: string, qs = "") => stageLoader(loaderArgs(get(`/stages/${id}${qs}`), { id })) as Promise<StageData>;

fakePdokForThisFile();

const located = () =>
  db.internship.findFirstOrThrow({
    where: { status: "published", latitude: { not: null }, locationPostcode: { not: null }, locationStreet: { not: null } },
    orderBy: { id: "asc" },
  });

describe("the internship page's location", () => {
  it("gives the work address with its postcode, and no distance without a place", async () => {
    const internship = await located();
    const data = await page(internship.id);
    expect(data.internship).toMatchObject({
      locationStreet: internship.locationStreet,
      locationPostcode: internship.locationPostcode,
      locationCity: internship.locationCity,
    });
    expect(data.distance).toBeNull();
    expect(data.jobPosting.jobLocation.address).toMatchObject({ streetAddress: internship.locationStreet, postalCode: internship.locationPostcode });
  });

  it("from a search near a postcode: the distance from it, the same as on the result card", async () => {
    const internship = await located();
    const centre = await db.geocodeCache.findUniqueOrThrow({ where: { query: "pc4:1102" } });
    const expected = roundedDistance(
      distanceKm({ latitude: centre.latitude!, longitude: centre.longitude! }, { latitude: internship.latitude!, longitude: internship.longitude! }),
    );
    const data = await page(internship.id, "?bij=1102");
    expect(data.distance).toEqual({ place: "1102", km: expected });
    // A postcode as typed is shown in its usual spelling.
    expect((await page(internship.id, "?bij=1082pp"))?.distance?.place).toBe("1082 PP");
  });

  it("the nearest results' pages give the distance their cards gave", async () => {
    const results = await stagesLoader(loaderArgs(get("/stages?bij=1102&afstand=10&sorteer=afstand")));
    expect(results.result.hits.length).toBeGreaterThan(0);
    for (const card of results.result.hits.slice(0, 3)) {
      expect((await page(card.id, "?bij=1102")).distance).toEqual({ place: "1102", km: card.distanceKm });
    }
  });

  it.each([["?bij=Nergenshuizen"], ["?bij=12345"], ["?bij="], [`?bij=${"a".repeat(61)}`]])("%s: no distance, the page still shows", async (qs) => {
    const internship = await located();
    const data = await page(internship.id, qs);
    expect(data.distance).toBeNull();
    expect(data.internship.id).toBe(internship.id);
  });

  it("an internship without coordinates shows no distance", async () => {
    const internship = await located();
    await db.internship.update({ where: { id: internship.id }, data: { latitude: null, longitude: null } });
    try {
      expect((await page(internship.id, "?bij=1102")).distance).toBeNull();
    } finally {
      await db.internship.update({ where: { id: internship.id }, data: { latitude: internship.latitude, longitude: internship.longitude } });
    }
  });
});
