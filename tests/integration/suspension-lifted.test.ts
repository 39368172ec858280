import { describe, expect, it } from "vitest";
import { action as decideAction } from "~/routes/municipality/verification/organisation";
import { loader as internshipsLoader } from "~/routes/employer/pact/internships";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

// De Keuken van West is a seeded, approved private signatory in Amsterdam (pact minimum
// €400 for 36 hours) with published internships.
async function keukenVanWest() {
  const organisation = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
  const signature = await db.pactSignature.findFirstOrThrow({ where: { organisationId: organisation.id, status: "approved" } });
  return { organisation, signature };
}

function decide(organisationId: string, form: Record<string, string>, cookie: string) {
  return statusOf(() => decideAction(loaderArgs(post(`/gemeente/verificatie/${organisationId}`, form, cookie), { id: organisationId })));
}

type Row = { id: string; title: string; status: string; flagReason: { key: string } | null; offline: "suspension" | "fix" | null };

describe("lifting a suspension", () => {
  it("republishes the compliant internships the suspension took offline and lists the rest to the employer", async () => {
    const { organisation, signature } = await keukenVanWest();
    const officer = await cookieFor("officer");
    const published = await db.internship.findMany({ where: { organisationId: organisation.id, status: "published" }, orderBy: { title: "asc" } });
    expect(published.length).toBeGreaterThanOrEqual(2);
    // One the employer had taken offline itself before: the lift must not bring it back.
    const ownChoice = await db.internship.findFirst({ where: { organisationId: organisation.id, status: "unpublished" } });

    expect(await decide(organisation.id, { intent: "suspend", signatureId: signature.id, reason: "Klachten in onderzoek." }, officer)).toBe(302);
    expect(await db.internship.count({ where: { organisationId: organisation.id, status: "published" } })).toBe(0);

    const employer = await cookieFor("employer");
    const during = (await internshipsLoader(loaderArgs(get("/werkgever/stages", employer)))) as { internships: Row[] };
    for (const p of published) expect(during.internships.find((r) => r.id === p.id)?.offline).toBe("suspension");

    // In between, one falls below the code: €300 for 36 hours where €400 is asked.
    const [lowered, ...compliant] = published;
    await db.internship.update({ where: { id: lowered.id }, data: { monthlyAllowance: 300, hoursPerWeek: 36 } });

    const outboxBefore = await db.searchOutbox.findMany({ select: { id: true } });
    const mailsBefore = await db.outboundEmail.findMany({ select: { id: true } });
    const liftedAt = Date.now();
    expect(await decide(organisation.id, { intent: "reinstate", signatureId: signature.id, reason: "Onderzoek afgerond." }, officer)).toBe(302);

    for (const c of compliant) {
      const after = await db.internship.findUniqueOrThrow({ where: { id: c.id } });
      expect(after.status).toBe("published");
      expect(after.payCheckCompliant).toBe(true);
      expect(after.payCheckAt!.getTime()).toBeGreaterThanOrEqual(liftedAt - 1000);
      expect(after.flagReason).toBeNull();
      expect(await db.auditLog.count({ where: { entityId: c.id, action: "internship.republish_after_suspension" } })).toBe(1);
    }
    const newOutbox = await db.searchOutbox.findMany({ where: { id: { notIn: outboxBefore.map((o) => o.id) }, entityType: "internship" } });
    for (const c of compliant) expect(newOutbox.map((o) => o.entityId)).toContain(c.id);

    const stillOffline = await db.internship.findUniqueOrThrow({ where: { id: lowered.id } });
    expect(stillOffline.status).toBe("unpublished");
    expect(stillOffline.payCheckCompliant).toBe(false);
    expect(await db.auditLog.count({ where: { entityId: lowered.id, action: "internship.not_republished_after_suspension" } })).toBe(1);
    if (ownChoice) expect((await db.internship.findUniqueOrThrow({ where: { id: ownChoice.id } })).status).toBe("unpublished");

    const page = (await internshipsLoader(loaderArgs(get("/werkgever/stages", employer)))) as { internships: Row[] };
    const row = page.internships.find((r) => r.id === lowered.id);
    expect(row?.offline).toBe("fix");
    expect(row?.flagReason?.key).toBe("paycode:short.pact");

    const mails = await db.outboundEmail.findMany({ where: { id: { notIn: mailsBefore.map((m) => m.id) }, to: "werkgever@dekeukenvanwest.test" } });
    expect(mails).toHaveLength(1);
    for (const c of compliant) expect(mails[0].text).toContain(c.title);
    expect(mails[0].text).toContain(lowered.title);
    expect(mails[0].text).toMatch(/€\s?400/);
  });

  it("an officer of another municipality cannot lift it", async () => {
    const { organisation, signature } = await keukenVanWest();
    expect(await decide(organisation.id, { intent: "suspend", signatureId: signature.id, reason: "Opnieuw in onderzoek." }, await cookieFor("officer"))).toBe(
      302,
    );
    const offline = await db.internship.count({ where: { organisationId: organisation.id, flagReason: "suspended" } });
    expect(offline).toBeGreaterThan(0);
    expect(await decide(organisation.id, { intent: "reinstate", signatureId: signature.id, reason: "Klaar." }, await cookieFor("officerAlmere"))).toBe(404);
    expect((await db.pactSignature.findUniqueOrThrow({ where: { id: signature.id } })).status).toBe("suspended");
    expect(await db.internship.count({ where: { organisationId: organisation.id, flagReason: "suspended", status: "unpublished" } })).toBe(offline);
  });
});
