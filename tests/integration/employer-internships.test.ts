import { describe, expect, it } from "vitest";
import { action as newAction } from "~/routes/employer/pact/internship-new";
import { action as editAction, loader as editLoader } from "~/routes/employer/pact/internship-edit";
import { loader as payCheckLoader } from "~/routes/employer/pact/pay-check";
import { action as pactAction } from "~/routes/employer/pact/pact";
import { internshipFormSchema } from "~/schemas/internship";
import { publishInternship, PublishRefusedError } from "~/services/internships/internships-employer.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

type ActionResult = {
  data: {
    result: { error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null };
    payCheck: { compliant: boolean; message: { key: string; params: Record<string, number> } } | null;
  };
  init: { status: number };
};

function internshipForm(overrides: Record<string, string> = {}) {
  return {
    intent: "publish",
    title: `Leerling-kok ${Math.random().toString(36).slice(2, 8)}`,
    description: "Je werkt mee in onze keuken en leert alle onderdelen van de bereiding.",
    qualificationId: "seed-qual-kok",
    level: "2",
    route: "BOL",
    hoursPerWeek: "36",
    monthlyAllowance: "400",
    startDate: "2027-02-01",
    durationWeeks: "20",
    locationCity: "Amsterdam",
    trainerName: "Ahmed Bouzid",
    trainerEmail: "ahmed@dekeukenvanwest.test",
    learningGoals: "Mise-en-place\nHACCP\nSamenwerken in de brigade",
    ...overrides,
  };
}

async function orgId(name: string) {
  return (await db.organisation.findFirstOrThrow({ where: { name } })).id;
}

describe("publishing internships", () => {
  it("an approved signatory publishes a compliant internship, and the check is stored with it", async () => {
    const cookie = await cookieFor("employer");
    const form = internshipForm();
    const outboxBefore = await db.searchOutbox.count({ where: { entityType: "internship" } });
    const response = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie)))) as Response;
    expect(response.status).toBe(302);
    const internship = await db.internship.findFirstOrThrow({ where: { title: form.title } });
    expect(internship.status).toBe("published");
    expect(internship.organisationId).toBe(await orgId("De Keuken van West"));
    expect(internship).toMatchObject({ payCheckCompliant: true, payCheckRuleKind: "pact", payCheckVersion: 1, payCheckRequired: 400 });
    expect(internship.payCheckRuleId).toBeTruthy();
    expect(internship.payCheckAt).toBeInstanceOf(Date);
    expect(await db.searchOutbox.count({ where: { entityType: "internship", entityId: internship.id } })).toBeGreaterThan(0);
    expect(await db.searchOutbox.count({ where: { entityType: "internship" } })).toBeGreaterThan(outboxBefore);
  });

  it("refuses €350 for 36 hours with the exact shortfall next to the allowance, keeps the values, and stores nothing", async () => {
    const cookie = await cookieFor("employer");
    const form = internshipForm({ monthlyAllowance: "350" });
    const result = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie)))) as unknown as ActionResult;
    expect(result.init.status).toBe(400);
    expect(result.data.result.error?.monthlyAllowance).toEqual(["employer:errors.pay_short"]);
    expect(result.data.result.initialValue).toMatchObject({ title: form.title, monthlyAllowance: "350", hoursPerWeek: "36" });
    expect(result.data.payCheck).toEqual({
      compliant: false,
      message: { key: "paycode:short.pact", params: expect.objectContaining({ allowance: 350, hours: 36, required: 400, shortfall: 50 }) },
    });
    expect(await db.internship.count({ where: { title: form.title } })).toBe(0);
  });

  it("a subsidised institution is held to the municipal code (€500), part time pro rata", async () => {
    const cookie = await cookieFor("otherEmployer");
    const result = (await newAction(
      loaderArgs(post("/werkgever/stages/nieuw", internshipForm({ hoursPerWeek: "24", monthlyAllowance: "333" }), cookie)),
    )) as unknown as ActionResult;
    expect(result.init.status).toBe(400);
    expect(result.data.payCheck?.message.key).toBe("paycode:short.municipal_code_part_time");
    expect(result.data.payCheck?.message.params).toMatchObject({ required: 334, shortfall: 1 });
  });

  it("cannot be bypassed by posting the form directly with an extra pay field (no age or level tiers)", async () => {
    const cookie = await cookieFor("employer");
    const form = internshipForm({ monthlyAllowanceUnder18: "200" });
    const result = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie)))) as unknown as ActionResult;
    expect(result.init.status).toBe(400);
    expect(result.data.result.error?.[""]).toEqual(["validation:pay_fields_unknown"]);
    expect(await db.internship.count({ where: { title: form.title } })).toBe(0);
    expect(internshipFormSchema.safeParse({ ...form, ageTier: "16-18" }).success).toBe(false);
  });

  it("cannot be bypassed with free text in the amount", async () => {
    const cookie = await cookieFor("employer");
    const result = (await newAction(
      loaderArgs(post("/werkgever/stages/nieuw", internshipForm({ monthlyAllowance: "400-500" }), cookie)),
    )) as unknown as ActionResult;
    expect(result.init.status).toBe(400);
    expect(result.data.result.error?.monthlyAllowance).toEqual(["validation:allowance_whole_euros"]);
  });

  it("the service itself refuses to publish a non-compliant draft, whatever the screen did", async () => {
    const draft = await db.internship.findFirstOrThrow({ where: { organisationId: await orgId("De Keuken van West"), status: "draft" } });
    await db.internship.update({ where: { id: draft.id }, data: { monthlyAllowance: 100, hoursPerWeek: 36 } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "werkgever@dekeukenvanwest.test" } });
    await expect(publishInternship(user.id, draft.organisationId, draft.id, new Date())).rejects.toBeInstanceOf(PublishRefusedError);
    expect((await db.internship.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });

  it("an employer without an approved signature cannot publish, even with a compliant amount", async () => {
    const cookie = await cookieFor("pendingEmployer");
    const form = internshipForm({ monthlyAllowance: "500" });
    const result = (await newAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie)))) as unknown as ActionResult;
    expect(result.init.status).toBe(400);
    expect(result.data.result.error?.[""]).toEqual(["employer:errors.no_signature"]);
    expect(await db.internship.count({ where: { title: form.title } })).toBe(0);
    const draft = await db.internship.findFirstOrThrow({ where: { organisationId: await orgId("Lunchroom Weesper Zoet") } });
    const user = await db.user.findUniqueOrThrow({ where: { email: "werkgever@weesperzoet.test" } });
    await expect(publishInternship(user.id, draft.organisationId, draft.id, new Date())).rejects.toMatchObject({ reason: "no_signature" });
  });

  it("an employer cannot read, change or publish another organisation's internship", async () => {
    const cookie = await cookieFor("employer");
    const other = await db.internship.findFirstOrThrow({ where: { organisationId: await orgId("Zorggroep Noorderlicht") } });
    const otherOrg = other.organisationId;
    expect(await statusOf(() => editLoader(loaderArgs(get(`/werkgever/stages/${other.id}`, cookie), { id: other.id })))).toBe(404);
    expect(await statusOf(() => editLoader(loaderArgs(get(`/werkgever/stages/${other.id}?org=${otherOrg}`, cookie), { id: other.id })))).toBe(404);
    const publish = post(`/werkgever/stages/${other.id}?org=${otherOrg}`, internshipForm({ monthlyAllowance: "900" }), cookie);
    expect(await statusOf(() => editAction(loaderArgs(publish, { id: other.id })))).toBe(404);
    const close = post(`/werkgever/stages/${other.id}`, { intent: "close" }, cookie);
    expect(await statusOf(() => editAction(loaderArgs(close, { id: other.id })))).toBe(404);
    const after = await db.internship.findUniqueOrThrow({ where: { id: other.id } });
    expect(after.status).toBe(other.status);
    expect(after.monthlyAllowance).toBe(other.monthlyAllowance);
  });

  it("unpublishing and closing are recorded with an outbox row", async () => {
    const cookie = await cookieFor("recruiter");
    const own = await db.internship.findFirstOrThrow({ where: { organisationId: await orgId("De Keuken van West"), status: "published" } });
    const response = (await editAction(loaderArgs(post(`/werkgever/stages/${own.id}`, { intent: "unpublish" }, cookie), { id: own.id }))) as Response;
    expect(response.status).toBe(302);
    expect((await db.internship.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("unpublished");
    await editAction(loaderArgs(post(`/werkgever/stages/${own.id}`, { intent: "close" }, cookie), { id: own.id }));
    expect((await db.internship.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("closed");
    expect(await db.auditLog.count({ where: { entityId: own.id, action: { in: ["internship.unpublish", "internship.close"] } } })).toBe(2);
  });

  it("the live pay check answers with the same message as the submit", async () => {
    const cookie = await cookieFor("employer");
    const response = (await payCheckLoader(loaderArgs(get("/werkgever/stages/vergoedingscheck?hoursPerWeek=20&monthlyAllowance=200", cookie)))) as Response;
    const body = (await response.json()) as ActionResult["data"];
    expect(body.payCheck).toMatchObject({ compliant: false, message: { key: "paycode:short.pact_part_time", params: { required: 223, shortfall: 23 } } });
  });
});

describe("signing the pact", () => {
  it("a recruiter cannot sign the pact", async () => {
    const cookie = await cookieFor("recruiter");
    const version = await db.pactVersion.findFirstOrThrow({ where: { municipality: { slug: "amsterdam" } }, include: { commitments: true } });
    const request = post(
      "/werkgever/stagepact",
      { intent: "sign", pactVersionId: version.id, signerName: "Youssef", signerRole: "Recruiter", commitment: version.commitments.map((c) => c.id) },
      cookie,
    );
    expect(await statusOf(() => pactAction(loaderArgs(request)))).toBe(403);
  });

  it("an owner must tick every commitment; the signature is pending until an officer decides", async () => {
    const cookie = await cookieFor("employer");
    const organisationId = await orgId("De Keuken van West");
    // An approved signatory cannot sign again while its signature counts.
    const version = await db.pactVersion.findFirstOrThrow({ where: { municipality: { slug: "amsterdam" } }, include: { commitments: true } });
    const all = version.commitments.map((c) => c.id);
    const again = (await pactAction(
      loaderArgs(
        post("/werkgever/stagepact", { intent: "sign", pactVersionId: version.id, signerName: "Sanne", signerRole: "Eigenaar", commitment: all }, cookie),
      ),
    )) as unknown as { data: { error: Record<string, string[]> }; init: { status: number } };
    expect(again.init.status).toBe(400);
    expect(again.data.error[""]).toEqual(["employer:pact.errors.cannot_sign"]);
    expect(await db.pactSignature.count({ where: { organisationId } })).toBe(1);
  });
});
