import { describe, expect, it } from "vitest";
import { action as decideAction, loader as detailLoader } from "~/routes/municipality/verification/organisation";
import { loader as queueLoader } from "~/routes/municipality/verification/queue";
import { loader as pactLoader } from "~/routes/employer/pact/pact";
import { organisationMayPublishById } from "~/services/pact/pact.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

async function weesperZoet() {
  const organisation = await db.organisation.findFirstOrThrow({ where: { name: "Lunchroom Weesper Zoet" } });
  const signature = await db.pactSignature.findFirstOrThrow({ where: { organisationId: organisation.id } });
  return { organisation, signature };
}

describe("officers verify organisations and signatures", () => {
  it("the queue lists pending organisations of the officer's own municipality only", async () => {
    const amsterdam = (await queueLoader(loaderArgs(get("/gemeente/verificatie", await cookieFor("officer"))))) as { queue: { name: string }[] };
    expect(amsterdam.queue.map((o) => o.name)).toContain("Lunchroom Weesper Zoet");
    const almere = (await queueLoader(loaderArgs(get("/gemeente/verificatie", await cookieFor("officerAlmere"))))) as { queue: { name: string }[] };
    expect(almere.queue.map((o) => o.name)).not.toContain("Lunchroom Weesper Zoet");
  });

  it("an officer of Almere cannot see or decide on an Amsterdam organisation", async () => {
    const { organisation, signature } = await weesperZoet();
    const cookie = await cookieFor("officerAlmere");
    expect(await statusOf(() => detailLoader(loaderArgs(get(`/gemeente/verificatie/${organisation.id}`, cookie), { id: organisation.id })))).toBe(404);
    const request = post(`/gemeente/verificatie/${organisation.id}`, { intent: "approve", signatureId: signature.id }, cookie);
    expect(await statusOf(() => decideAction(loaderArgs(request, { id: organisation.id })))).toBe(404);
    // Even through another organisation's URL, the signature id alone is not enough.
    const almereOrg = await db.organisation.findFirstOrThrow({ where: { municipality: { slug: "almere" } } });
    const sneaky = post(`/gemeente/verificatie/${almereOrg.id}`, { intent: "approve", signatureId: signature.id }, cookie);
    expect(await statusOf(() => decideAction(loaderArgs(sneaky, { id: almereOrg.id })))).toBe(404);
    expect((await db.pactSignature.findUniqueOrThrow({ where: { id: signature.id } })).status).toBe("pending");
  });

  it("employers and students cannot open the queue", async () => {
    expect(await statusOf(() => queueLoader(loaderArgs(get("/gemeente/verificatie"))))).toBe(302);
    const employer = await cookieFor("employer");
    const student = await cookieFor("student");
    expect(await statusOf(() => queueLoader(loaderArgs(get("/gemeente/verificatie", employer))))).toBe(403);
    expect(await statusOf(() => queueLoader(loaderArgs(get("/gemeente/verificatie", student))))).toBe(403);
  });

  it("asking for changes needs a reason, which the employer then sees", async () => {
    const { organisation, signature } = await weesperZoet();
    const cookie = await cookieFor("officer");
    const without = post(`/gemeente/verificatie/${organisation.id}`, { intent: "request_changes", signatureId: signature.id, reason: "" }, cookie);
    expect(await statusOf(() => decideAction(loaderArgs(without, { id: organisation.id })))).toBe(400);
    const withReason = post(
      `/gemeente/verificatie/${organisation.id}`,
      { intent: "request_changes", signatureId: signature.id, reason: "Het KvK-nummer hoort bij een andere vestiging." },
      cookie,
    );
    expect(await statusOf(() => decideAction(loaderArgs(withReason, { id: organisation.id })))).toBe(302);
    const page = (await pactLoader(loaderArgs(get("/werkgever/stagepact", await cookieFor("pendingEmployer"))))) as {
      standing: string;
      signatures: { status: string; statusReason: string | null; history: { reason: string | null }[] }[];
    };
    expect(page.standing).toBe("changes_requested");
    expect(page.signatures[0].statusReason).toBe("Het KvK-nummer hoort bij een andere vestiging.");
    expect(page.signatures[0].history.map((h) => h.reason)).toContain("Het KvK-nummer hoort bij een andere vestiging.");
    expect(await db.auditLog.count({ where: { entityId: signature.id, action: "signature.request_changes" } })).toBe(1);
  });

  it("approving lets the organisation publish, is audited and mails the organisation", async () => {
    const { organisation, signature } = await weesperZoet();
    await db.pactSignature.update({ where: { id: signature.id }, data: { status: "pending" } });
    expect(await organisationMayPublishById(organisation.id, new Date())).toBe(false);
    const mailsBefore = await db.outboundEmail.count();
    const request = post(`/gemeente/verificatie/${organisation.id}`, { intent: "approve", signatureId: signature.id }, await cookieFor("officer"));
    expect(await statusOf(() => decideAction(loaderArgs(request, { id: organisation.id })))).toBe(302);
    const after = await db.pactSignature.findUniqueOrThrow({ where: { id: signature.id }, include: { history: true } });
    expect(after.status).toBe("approved");
    expect(after.history.at(-1)).toMatchObject({ fromStatus: "pending", toStatus: "approved" });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).verificationStatus).toBe("verified");
    expect(await organisationMayPublishById(organisation.id, new Date())).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: signature.id, action: "signature.approve" } })).toBe(1);
    expect(await db.outboundEmail.count()).toBeGreaterThan(mailsBefore);
    expect(await db.outboundEmail.count({ where: { to: "werkgever@weesperzoet.test" } })).toBeGreaterThan(0);
  });

  it("suspending with a reason takes the organisation's internships offline; reinstating needs a reason too", async () => {
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const signature = await db.pactSignature.findFirstOrThrow({ where: { organisationId: organisation.id } });
    const cookie = await cookieFor("officer");
    const suspend = post(
      `/gemeente/verificatie/${organisation.id}`,
      { intent: "suspend", signatureId: signature.id, reason: "Klachten over onbetaalde stages in onderzoek." },
      cookie,
    );
    expect(await statusOf(() => decideAction(loaderArgs(suspend, { id: organisation.id })))).toBe(302);
    expect(await db.internship.count({ where: { organisationId: organisation.id, status: "published" } })).toBe(0);
    expect(await organisationMayPublishById(organisation.id, new Date())).toBe(false);
    const reinstateWithout = post(`/gemeente/verificatie/${organisation.id}`, { intent: "reinstate", signatureId: signature.id }, cookie);
    expect(await statusOf(() => decideAction(loaderArgs(reinstateWithout, { id: organisation.id })))).toBe(400);
    const reinstate = post(
      `/gemeente/verificatie/${organisation.id}`,
      { intent: "reinstate", signatureId: signature.id, reason: "Onderzoek afgerond." },
      cookie,
    );
    expect(await statusOf(() => decideAction(loaderArgs(reinstate, { id: organisation.id })))).toBe(302);
    expect(await organisationMayPublishById(organisation.id, new Date())).toBe(true);
  });

  it("an officer verifies an organisation that has not signed, but cannot lift a suspension or overrule a signature with a plain decision", async () => {
    const cookie = await cookieFor("officer");
    const template = await db.organisation.findFirstOrThrow({ where: { name: "Lunchroom Weesper Zoet" } });
    const { id: _id, createdAt: _c, updatedAt: _u, verifiedAt: _v, ...fields } = template;
    const make = (suffix: string, verificationStatus: string) =>
      db.organisation.create({ data: { ...fields, name: `${template.name} ${suffix}`, kvkNumber: `9${suffix.padStart(7, "0")}`, verificationStatus } });
    const decide = (id: string, form: Record<string, string>) =>
      statusOf(() => decideAction(loaderArgs(post(`/gemeente/verificatie/${id}`, form, cookie), { id })));

    const unsigned = await make("1", "pending");
    expect(await decide(unsigned.id, { intent: "verify" })).toBe(302);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: unsigned.id } })).verificationStatus).toBe("verified");

    // A crafted "verify" must not lift a suspension: that is reinstating the signature, with a reason.
    const suspended = await make("2", "suspended");
    const refused = (await decideAction(
      loaderArgs(post(`/gemeente/verificatie/${suspended.id}`, { intent: "verify" }, cookie), { id: suspended.id }),
    )) as unknown as {
      data: { errors: string[] };
      init: { status: number };
    };
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toEqual(["verification:errors.invalid_transition"]);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: suspended.id } })).verificationStatus).toBe("suspended");

    // An organisation that has signed is decided on through its signature.
    const { organisation: signed } = await weesperZoet();
    const before = signed.verificationStatus;
    expect(await decide(signed.id, { intent: "request_changes", reason: "Het adres klopt niet." })).toBe(400);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: signed.id } })).verificationStatus).toBe(before);
    expect(await db.auditLog.count({ where: { entityId: { in: [suspended.id, signed.id] }, action: { startsWith: "organisation." } } })).toBe(0);
  });
});
