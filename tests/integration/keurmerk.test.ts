import { describe, expect, it } from "vitest";
import { action as applyAction, loader as employerLoader } from "~/routes/employer/keurmerken/keurmerken";
import { action as decideAction, loader as awardLoader } from "~/routes/municipality/oversight/keurmerk-award";
import { loader as evidenceLoader } from "~/routes/municipality/oversight/keurmerk-evidence";
import { action as grantAction } from "~/routes/municipality/oversight/keurmerken";
import { activeMarksByOrganisation } from "~/services/keurmerk/keurmerk.server";
import { db } from "~/utils/db.server";
import { BASE, cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]);

function multipart(path: string, fields: Record<string, string>, cookie: string, file?: File) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (file) body.append("evidenceFile", file);
  return new Request(BASE + path, { method: "POST", body, headers: { Cookie: cookie, Origin: BASE } });
}

const valid = { permanentShare: "65", caoWages: "on", zeroHoursPhasedOutBy: "2026-06-30", evidenceText: "18 van de 26 medewerkers vast." };
const org = (name: string) => db.organisation.findFirstOrThrow({ where: { name } });
type Reply = { data: { error?: Record<string, string[] | null> }; init: { status?: number } | null };

describe("applying for Fair Hospitality", () => {
  it("an employer cannot apply for another organisation: ?org= of another organisation applies to its own", async () => {
    const cookie = await cookieFor("employer");
    const keuken = await org("De Keuken van West");
    const other = await org("Hotel Oosterdok");
    const status = await statusOf(() => applyAction({ request: multipart(`/werkgever/keurmerken?org=${other.id}`, valid, cookie), params: {}, context: {} }));
    expect(status).toBe(302);
    expect(await db.keurmerkAward.count({ where: { organisationId: other.id } })).toBe(0);
    expect(await db.keurmerkAward.findFirst({ where: { organisationId: keuken.id, type: "fair_hospitality" } })).toMatchObject({
      status: "applied",
      permanentShare: 65,
      caoWages: true,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "keurmerk.apply", organisationId: keuken.id } });
    expect(audit.actorId).not.toBeNull();
  });

  it("applying twice while the first waits is refused", async () => {
    const cookie = await cookieFor("employer");
    const keuken = await org("De Keuken van West");
    const before = await db.keurmerkAward.count({ where: { organisationId: keuken.id } });
    const result = (await applyAction({ request: multipart("/werkgever/keurmerken", valid, cookie), params: {}, context: {} })) as unknown as Reply;
    expect(result.init?.status).toBe(409);
    expect(await db.keurmerkAward.count({ where: { organisationId: keuken.id } })).toBe(before);
  });

  it("a recruiter may not apply (the owner decides), and a care organisation is not eligible", async () => {
    expect(
      await statusOf(async () => applyAction({ request: multipart("/werkgever/keurmerken", valid, await cookieFor("recruiter")), params: {}, context: {} })),
    ).toBe(403);
    const result = (await applyAction({
      request: multipart("/werkgever/keurmerken", valid, await cookieFor("otherEmployer")),
      params: {},
      context: {},
    })) as unknown as Reply;
    expect(result.init?.status).toBe(409);
    expect(result.data.error?.[""]).toEqual(["keurmerk:errors.not_hospitality"]);
  });

  it("checks the evidence file's size and type next to the field, keeping the other fields", async () => {
    const cookie = await cookieFor("pendingEmployer"); // Lunchroom Weesper Zoet, hospitality
    const big = new File([PDF, new Uint8Array(5 * 1024 * 1024)], "groot.pdf", { type: "application/pdf" });
    const tooBig = (await applyAction({ request: multipart("/werkgever/keurmerken", valid, cookie, big), params: {}, context: {} })) as unknown as Reply & {
      data: { initialValue?: Record<string, unknown> };
    };
    expect(tooBig.data.error?.evidenceFile).toEqual(["keurmerk:errors.file_too_large"]);
    expect(tooBig.data.initialValue?.permanentShare).toBe("65");
    const word = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], "plan.doc", { type: "application/msword" });
    const wrong = (await applyAction({ request: multipart("/werkgever/keurmerken", valid, cookie, word), params: {}, context: {} })) as unknown as Reply;
    expect(wrong.data.error?.evidenceFile).toEqual(["keurmerk:errors.file_type"]);
    const fake = new File([new TextEncoder().encode("<html>")], "nep.pdf", { type: "application/pdf" });
    const faked = (await applyAction({ request: multipart("/werkgever/keurmerken", valid, cookie, fake), params: {}, context: {} })) as unknown as Reply;
    expect(faked.data.error?.evidenceFile).toEqual(["keurmerk:errors.file_type"]);
    const none = (await applyAction({
      request: multipart("/werkgever/keurmerken", { ...valid, evidenceText: "" }, cookie),
      params: {},
      context: {},
    })) as unknown as Reply;
    expect(none.data.error?.evidenceText).toEqual(["keurmerk:errors.evidence_required"]);
    const noCao = (await applyAction({
      request: multipart("/werkgever/keurmerken", { ...valid, caoWages: "" }, cookie),
      params: {},
      context: {},
    })) as unknown as Reply;
    expect(noCao.data.error?.caoWages).toEqual(["keurmerk:errors.cao_required"]);
    expect(await db.keurmerkAward.count({ where: { organisation: { name: "Lunchroom Weesper Zoet" } } })).toBe(0);
    const pdf = new File([PDF], "bewijs.pdf", { type: "application/pdf" });
    expect(await statusOf(() => applyAction({ request: multipart("/werkgever/keurmerken", valid, cookie, pdf), params: {}, context: {} }))).toBe(302);
  });
});

describe("officers decide on keurmerken", () => {
  it("an officer awards Fair Hospitality for a period; the mark is active and search is told through the outbox", async () => {
    const cookie = await cookieFor("officer");
    const award = await db.keurmerkAward.findUniqueOrThrow({ where: { id: "seed-keurmerk-sloterplas-fh" } });
    const outboxBefore = await db.searchOutbox.count({ where: { entityType: "organisation", entityId: award.organisationId } });
    const form = { intent: "award", validFrom: "2026-11-01", validUntil: "2027-11-01" };
    expect(await statusOf(() => decideAction({ request: post(`/gemeente/keurmerken/${award.id}`, form, cookie), params: { id: award.id }, context: {} }))).toBe(
      302,
    );
    const marks = await activeMarksByOrganisation([award.organisationId], new Date("2027-01-01T00:00:00Z"));
    expect(marks.get(award.organisationId)?.map((m) => m.type)).toEqual(["fair_hospitality"]);
    expect((await activeMarksByOrganisation([award.organisationId], new Date("2027-11-01T00:00:00Z"))).get(award.organisationId)).toEqual([]);
    expect(await db.searchOutbox.count({ where: { entityType: "organisation", entityId: award.organisationId } })).toBe(outboxBefore + 1);
    // Deciding again is refused.
    expect(await statusOf(() => decideAction({ request: post(`/gemeente/keurmerken/${award.id}`, form, cookie), params: { id: award.id }, context: {} }))).toBe(
      409,
    );
  });

  it("refusing needs a reason", async () => {
    const cookie = await cookieFor("officer");
    const keuken = await org("De Keuken van West");
    const award = await db.keurmerkAward.create({ data: { organisationId: keuken.id, type: "fair_hospitality", status: "applied", evidenceText: "x" } });
    const run = (form: Record<string, string>) =>
      decideAction({ request: post(`/gemeente/keurmerken/${award.id}`, form, cookie), params: { id: award.id }, context: {} });
    expect(await statusOf(() => run({ intent: "refuse", reason: "" }))).toBe(400);
    expect(await statusOf(() => run({ intent: "refuse", reason: "Geen bewijs van cao-lonen." }))).toBe(302);
    expect(await db.keurmerkAward.findUniqueOrThrow({ where: { id: award.id } })).toMatchObject({ status: "refused", reason: "Geen bewijs van cao-lonen." });
  });

  it("an officer of Almere cannot read, decide on or download an Amsterdam application", async () => {
    const almere = await cookieFor("officerAlmere");
    const award = await db.keurmerkAward.findFirstOrThrow({ where: { organisation: { name: "Lunchroom Weesper Zoet" } } });
    expect(await statusOf(() => awardLoader(loaderArgs(get(`/gemeente/keurmerken/${award.id}`, almere), { id: award.id })))).toBe(404);
    expect(await statusOf(() => evidenceLoader(loaderArgs(get(`/gemeente/keurmerken/${award.id}/bewijs`, almere), { id: award.id })))).toBe(404);
    const form = { intent: "award", validFrom: "2026-11-01", validUntil: "2027-11-01" };
    expect(await statusOf(() => decideAction({ request: post(`/gemeente/keurmerken/${award.id}`, form, almere), params: { id: award.id }, context: {} }))).toBe(
      404,
    );
    expect((await db.keurmerkAward.findUniqueOrThrow({ where: { id: award.id } })).status).toBe("applied");
    const own = await evidenceLoader(loaderArgs(get(`/gemeente/keurmerken/${award.id}/bewijs`, await cookieFor("officer")), { id: award.id }));
    expect(own.headers.get("Content-Disposition")).toBe('attachment; filename="bewijs.pdf"');
    expect(new Uint8Array(await own.arrayBuffer()).slice(0, 4)).toEqual(PDF.slice(0, 4));
  });

  it("grants the yearly Inclusive employer award once per year, and records SNA only for staffing agencies", async () => {
    const cookie = await cookieFor("officer");
    const datalab = await org("Datalab Zuidoost");
    const werkstart = await org("Uitzendbureau Werkstart");
    const run = (form: Record<string, string>) => grantAction({ request: post("/gemeente/keurmerken", form, cookie), params: {}, context: {} });
    expect(await statusOf(() => run({ intent: "inclusive", organisationId: datalab.id, year: "2026" }))).toBe(302);
    expect(await statusOf(() => run({ intent: "inclusive", organisationId: datalab.id, year: "2026" }))).toBe(302);
    expect(await db.keurmerkAward.count({ where: { organisationId: datalab.id, type: "inclusive_employer" } })).toBe(1);
    expect(await statusOf(() => run({ intent: "sna", organisationId: datalab.id, registryNumber: "SNA-1" }))).toBe(400);
    expect(await statusOf(() => run({ intent: "sna", organisationId: werkstart.id, registryNumber: "S" }))).toBe(400);
    expect(await statusOf(() => run({ intent: "sna", organisationId: werkstart.id, registryNumber: "SNA-2026-00001" }))).toBe(302);
    const sna = await db.keurmerkAward.findMany({ where: { organisationId: werkstart.id, type: "sna" }, orderBy: { createdAt: "asc" } });
    expect(sna.map((a) => [a.status, a.registryNumber])).toEqual([
      ["revoked", "SNA-2025-04417"],
      ["awarded", "SNA-2026-00001"],
    ]);
    const almereOrg = await org("Strandpaviljoen Almere Haven");
    expect(await statusOf(() => run({ intent: "inclusive", organisationId: almereOrg.id, year: "2026" }))).toBe(400);
  });

  it("the employer sees its own marks, with expired ones marked as expired", async () => {
    const result = (await employerLoader(loaderArgs(get("/werkgever/keurmerken", await cookieFor("employer"))))) as {
      organisation: { name: string };
      awards: { type: string; status: string }[];
      fairHospitality: string;
    };
    expect(result.organisation.name).toBe("De Keuken van West");
    expect(result.fairHospitality).toBe("pending");
  });
});

describe("marks that end by date", () => {
  it("vanish at read time, and the hourly job tells search about them", async () => {
    const { enqueueMarkChanges } = await import("~/services/keurmerk/keurmerk.server");
    const vijzel = await org("Café De Vijzel");
    const end = new Date("2027-03-01T00:00:00Z");
    expect((await activeMarksByOrganisation([vijzel.id], new Date(end.getTime() - 1))).get(vijzel.id)?.map((m) => m.type)).toEqual(["fair_hospitality"]);
    expect((await activeMarksByOrganisation([vijzel.id], end)).get(vijzel.id)).toEqual([]);
    const before = await db.searchOutbox.count({ where: { entityId: vijzel.id } });
    expect(await enqueueMarkChanges(new Date(end.getTime() + 30 * 60_000), 2 * 3_600_000)).toEqual({ organisations: 1 });
    expect(await db.searchOutbox.count({ where: { entityId: vijzel.id } })).toBe(before + 1);
    expect(await enqueueMarkChanges(new Date(end.getTime() + 5 * 3_600_000), 2 * 3_600_000)).toEqual({ organisations: 0 });
  });
});
