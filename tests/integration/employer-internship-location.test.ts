// The work address on the employer's forms, geocoded against a FAKE PDOK Locatieserver
// (tests/helpers/fake-pdok.ts; PDOK is a government service outside this machine).
import { describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { action as editAction } from "~/routes/employer/pact/internship-edit";
import { action as newAction } from "~/routes/employer/pact/internship-new";
import { loader as previewLoader } from "~/routes/employer/pact/internship-preview";
import { action as organisationAction, loader as organisationLoader } from "~/routes/employer/pact/organisation";
import { db } from "~/utils/db.server";
import { fakePdokForThisFile } from "../helpers/fake-pdok-for-file";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

type Reply = { data: { result: { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } }; init: { status: number } };
type OrgReply = { data: { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null }; init: { status: number } };

const pdok = fakePdokForThisFile();

function internshipForm(overrides: Record<string, string> = {}) {
  return {
    intent: "save",
    title: `Leerling-kok ${Math.random().toString(36).slice(2, 8)}`,
    description: "Je werkt mee in onze keuken en leert alle onderdelen van de bereiding.",
    qualificationId: "seed-qual-kok",
    level: "2",
    route: "BOL",
    hoursPerWeek: "36",
    monthlyAllowance: "400",
    startDate: "2027-02-01",
    durationWeeks: "20",
    locationStreet: "Jan Evertsenstraat 10",
    locationPostcode: "1056 EK",
    locationCity: "Amsterdam",
    trainerName: "Ahmed Bouzid",
    trainerEmail: "ahmed@dekeukenvanwest.test",
    learningGoals: "Mise-en-place\nHACCP\nSamenwerken in de brigade",
    ...overrides,
  };
}

/** The one-time message a redirect carries (the flash cookie is signed base64 JSON: value.signature). */
function flashOf(response: Response) {
  const cookie = response.headers.get("Set-Cookie") ?? "";
  const value = /sp_flash=([^;]+)/.exec(cookie)?.[1];
  const payload = value ? decodeURIComponent(value).replace(/\.[^.]*$/, "") : null;
  return payload ? (JSON.parse(decodeURIComponent(escape(atob(payload)))) as { type: string; key: string }) : null;
}

const outboxFor = (id: string) => db.searchOutbox.count({ where: { entityType: "internship", entityId: id } });

describe("the work address of an internship", () => {
  it("the organisation's own address takes the organisation's coordinates without asking the geocoder", async () => {
    const cookie = await cookieFor("employer");
    const form = internshipForm({ locationPostcode: "1056ek" });
    const response = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie)))) as Response;
    expect(response.status).toBe(302);
    const internship = await db.internship.findFirstOrThrow({ where: { title: form.title }, include: { organisation: true } });
    expect(internship).toMatchObject({ locationPostcode: "1056 EK", latitude: internship.organisation.latitude, longitude: internship.organisation.longitude });
    expect(internship.latitude).not.toBeNull();
    expect(pdok.requests).toHaveLength(0);
  });

  it("another address is looked up, stored with its coordinates, and reaches the search outbox", async () => {
    const cookie = await cookieFor("employer");
    const form = internshipForm({ intent: "publish", locationStreet: "Damrak 1", locationPostcode: "1012 LG" });
    const response = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie)))) as Response;
    expect(response.status).toBe(302);
    expect(flashOf(response)).toMatchObject({ type: "success", key: "employer:flash.published" });
    const internship = await db.internship.findFirstOrThrow({ where: { title: form.title } });
    expect(internship.latitude).toBeCloseTo(52.3766, 4);
    expect(internship.longitude).toBeCloseTo(4.8983, 4);
    expect(pdok.requests).toHaveLength(1);
    expect(pdok.requests[0]!.params.get("fq")).toBe("type:adres");
    expect(await outboxFor(internship.id)).toBeGreaterThan(0);
    const preview = (await previewLoader(loaderArgs(get(`/werkgever/stages/${internship.id}/voorbeeld`, cookie), { id: internship.id }))) as {
      internship: { workAddress: string };
    };
    expect(preview.internship.workAddress).toBe("Damrak 1, 1012 LG Amsterdam");
  });

  it("an address the geocoder does not know is refused next to the postcode, with everything typed kept and nothing saved", async () => {
    const cookie = await cookieFor("employer");
    const form = internshipForm({ locationStreet: "Damrak 999", locationPostcode: "1012 LG" });
    const result = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie)))) as unknown as Reply;
    expect(result.init.status).toBe(400);
    expect(result.data.result.error?.locationPostcode).toEqual(["employer:errors.address_not_found"]);
    expect(result.data.result.initialValue).toMatchObject({
      title: form.title,
      locationStreet: "Damrak 999",
      locationPostcode: "1012 LG",
      locationCity: "Amsterdam",
    });
    expect(await db.internship.count({ where: { title: form.title } })).toBe(0);
  });

  it("a postcode that is not Dutch is refused next to the field before any lookup", async () => {
    const cookie = await cookieFor("employer");
    const result = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", internshipForm({ locationPostcode: "12345" }), cookie)))) as unknown as Reply;
    expect(result.init.status).toBe(400);
    expect(result.data.result.error?.locationPostcode).toEqual(["validation:postcode_invalid"]);
    expect(result.data.result.initialValue).toMatchObject({ locationPostcode: "12345" });
    expect(pdok.requests).toHaveLength(0);
  });

  it("when the geocoder is down the internship is saved without coordinates, with a notice, and geocode-missing fills them in later", async () => {
    const cookie = await cookieFor("employer");
    const form = internshipForm({ locationStreet: "Zuidplein 36", locationPostcode: "1077 XV" });
    pdok.mode = "error";
    const response = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie)))) as Response;
    expect(response.status).toBe(302);
    expect(flashOf(response)).toMatchObject({ type: "info", key: "employer:flash.saved_location_pending" });
    const saved = await db.internship.findFirstOrThrow({ where: { title: form.title } });
    expect(saved).toMatchObject({ locationPostcode: "1077 XV", latitude: null, longitude: null });

    // Still down: the job stops without changing anything.
    const job = jobs.find((j) => j.name === "geocode-missing")!;
    expect(job.everyMs).toBe(60 * 60_000);
    expect(await job.run({ now: new Date() })).toMatchObject({ stopped: "unavailable" });
    expect((await db.internship.findUniqueOrThrow({ where: { id: saved.id } })).latitude).toBeNull();

    pdok.mode = "ok";
    const outboxBefore = await outboxFor(saved.id);
    const summary = await job.run({ now: new Date() });
    expect(summary).toMatchObject({ internships: expect.any(Number) });
    const filled = await db.internship.findUniqueOrThrow({ where: { id: saved.id } });
    expect(filled.latitude).toBeCloseTo(52.3389, 4);
    expect(filled.longitude).toBeCloseTo(4.8748, 4);
    expect(await outboxFor(saved.id)).toBeGreaterThan(outboxBefore);
  });

  it("an unchanged address keeps its coordinates on edit without a lookup", async () => {
    const cookie = await cookieFor("employer");
    const internship = await db.internship.findUniqueOrThrow({ where: { id: "seed-int-org-01-1" } });
    const form = internshipForm({
      title: internship.title,
      locationStreet: internship.locationStreet!,
      locationPostcode: internship.locationPostcode!,
      monthlyAllowance: String(internship.monthlyAllowance ?? 400),
    });
    const response = (await editAction(loaderArgs(post(`/werkgever/stages/${internship.id}`, form, cookie), { id: internship.id }))) as Response;
    expect(response.status).toBe(302);
    expect(pdok.requests).toHaveLength(0);
    expect(await db.internship.findUniqueOrThrow({ where: { id: internship.id } })).toMatchObject({
      latitude: internship.latitude,
      longitude: internship.longitude,
    });
  });

  it("one employer cannot change the location of another organisation's internship", async () => {
    const cookie = await cookieFor("otherEmployer");
    const before = await db.internship.findUniqueOrThrow({ where: { id: "seed-int-org-01-2" } });
    const form = internshipForm({ locationStreet: "Damrak 1", locationPostcode: "1012 LG" });
    expect(await statusOf(() => editAction(loaderArgs(post(`/werkgever/stages/${before.id}`, form, cookie), { id: before.id })))).toBe(404);
    const after = await db.internship.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({
      locationStreet: before.locationStreet,
      locationPostcode: before.locationPostcode,
      latitude: before.latitude,
      longitude: before.longitude,
    });
  });
});

describe("the organisation's address", () => {
  async function submitDetails(cookie: string, overrides: Record<string, string>) {
    const page = (await organisationLoader(loaderArgs(get("/werkgever/organisatie", cookie)))) as { defaultValue: Record<string, string | undefined> };
    const form: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...page.defaultValue, ...overrides })) if (v !== undefined) form[k] = v;
    return organisationAction(loaderArgs(post("/werkgever/organisatie", form, cookie))) as Promise<Response | OrgReply>;
  }

  it("an address the geocoder does not know is refused next to the postcode and nothing changes", async () => {
    const cookie = await cookieFor("employer");
    const before = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const result = (await submitDetails(cookie, { street: "Damrak", houseNumber: "999", postcode: "1012 LG" })) as OrgReply;
    expect(result.init.status).toBe(400);
    expect(result.data.error?.postcode).toEqual(["employer:errors.address_not_found"]);
    expect(result.data.initialValue).toMatchObject({ houseNumber: "999", postcode: "1012 LG" });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ street: before.street, latitude: before.latitude });
  });

  it("a move to a known address stores the new coordinates", async () => {
    const cookie = await cookieFor("employer");
    const response = (await submitDetails(cookie, { street: "Damrak", houseNumber: "1", postcode: "1012 LG", city: "Amsterdam" })) as Response;
    expect(response.status).toBe(302);
    const after = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    expect(after.latitude).toBeCloseTo(52.3766, 4);
    expect(after.longitude).toBeCloseTo(4.8983, 4);
  });
});
