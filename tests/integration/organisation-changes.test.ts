import { describe, expect, it } from "vitest";
import { action as organisationAction, loader as organisationLoader } from "~/routes/employer/pact/organisation";
import { action as newInternshipAction } from "~/routes/employer/pact/internship-new";
import { action as decideAction, loader as detailLoader } from "~/routes/municipality/verification/organisation";
import { loader as queueLoader } from "~/routes/municipality/verification/queue";
import { loader as officerHomeLoader } from "~/routes/municipality/home";
import { db } from "~/utils/db.server";
import { SESSION_COOKIE, createSession } from "~/utils/session.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";

// A verified organisation's name, KvK number and kind wait for an officer (DESIGN §3.2).

type OrganisationPage = {
  defaultValue: Record<string, string | undefined>;
  pendingChange: { id: string; changes: { field: string; from: string; to: string }[] } | null;
};
type Reply = { data: { error?: Record<string, string[] | null> | null }; init: { status: number } };
type InternshipReply = { data: { payCheck: { compliant: boolean; message: { key: string } } | null }; init: { status: number } };
type QueuePage = { changes: { id: string; organisationName: string; changes: { field: string; from: string; to: string }[] }[] };

/** A seeded organisation without an account gets an owner, signed in. */
async function ownerCookie(organisationName: string) {
  const organisation = await db.organisation.findFirstOrThrow({ where: { name: organisationName } });
  const email = `eigenaar@${organisation.id}.test`;
  const user =
    (await db.user.findUnique({ where: { email } })) ??
    (await db.user.create({
      data: { email, name: "Eigenaar", passwordHash: "not-used", locale: "nl", memberships: { create: { organisationId: organisation.id, role: "owner" } } },
    }));
  const { token } = await createSession(user.id);
  return `${SESSION_COOKIE}=${token}`;
}

/** The organisation page's form as the employer would send it, with some fields changed. */
async function submitDetails(cookie: string, overrides: Record<string, string>) {
  const page = (await organisationLoader(loaderArgs(get("/werkgever/organisatie", cookie)))) as OrganisationPage;
  const form: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...page.defaultValue, ...overrides })) if (v !== undefined) form[k] = v;
  return organisationAction(loaderArgs(post("/werkgever/organisatie", form, cookie))) as Promise<Response | Reply>;
}

function pendingOf(organisationId: string) {
  return db.organisationChangeRequest.findFirst({ where: { organisationId, status: "pending" } });
}

function decide(organisationId: string, form: Record<string, string>, cookie: string) {
  return decideAction(loaderArgs(post(`/gemeente/verificatie/${organisationId}`, form, cookie), { id: organisationId }));
}

function internshipForm(overrides: Record<string, string> = {}) {
  return {
    intent: "publish",
    title: `Stage ${Math.random().toString(36).slice(2, 8)}`,
    description: "Je werkt mee in ons team en leert alle onderdelen van het werk kennen.",
    qualificationId: "seed-qual-kok",
    level: "2",
    route: "BOL",
    hoursPerWeek: "36",
    monthlyAllowance: "420",
    startDate: "2027-02-01",
    durationWeeks: "20",
    locationCity: "Amsterdam",
    trainerName: "Ahmed Bouzid",
    trainerEmail: "ahmed@example.test",
    learningGoals: "Plannen\nSamenwerken\nVerslag leggen",
    ...overrides,
  };
}

describe("changes of name, KvK number and kind after verification", () => {
  it("a verified subsidised organisation asking to become private stays subsidised and still cannot publish €420 for 36 hours", async () => {
    const cookie = await cookieFor("otherEmployer");
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: "Zorggroep Noorderlicht" } });
    expect(organisation.verifiedAt).not.toBeNull();
    const response = await submitDetails(cookie, { kind: "private", street: "Buikslotermeerplein Oost" });
    expect(await statusOf(async () => response)).toBe(302);

    const after = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(after.kind).toBe("subsidised");
    // Address and contact save directly.
    expect(after.street).toBe("Buikslotermeerplein Oost");
    expect(await pendingOf(organisation.id)).toMatchObject({ kind: "private", name: null, kvkNumber: null });

    const refused = (await newInternshipAction(loaderArgs(post("/werkgever/stages/nieuw", internshipForm(), cookie)))) as unknown as InternshipReply;
    expect(refused.init.status).toBe(400);
    expect(refused.data.payCheck).toMatchObject({ compliant: false, message: { key: "paycode:short.municipal_code" } });

    // The employer sees what waits; the form keeps the requested kind so saving the address keeps the request.
    const page = (await organisationLoader(loaderArgs(get("/werkgever/organisatie", cookie)))) as OrganisationPage;
    expect(page.pendingChange?.changes).toEqual([{ field: "kind", from: "subsidised", to: "private" }]);
    expect(page.defaultValue.kind).toBe("private");
    expect(await statusOf(() => submitDetails(cookie, { contactName: "Fatima el Amrani" }))).toBe(302);
    expect(await db.organisationChangeRequest.count({ where: { organisationId: organisation.id, status: "pending" } })).toBe(1);
    expect(await pendingOf(organisation.id)).toMatchObject({ kind: "private" });

    // The officer sees it in the queue as old → new.
    const queue = (await queueLoader(loaderArgs(get("/gemeente/verificatie", await cookieFor("officer"))))) as QueuePage;
    expect(queue.changes.find((c) => c.organisationName === "Zorggroep Noorderlicht")?.changes).toEqual([{ field: "kind", from: "subsidised", to: "private" }]);
  });

  it("the officer's start page counts the changes waiting, for its own municipality only", async () => {
    const count = async (account: "officer" | "officerAlmere") => {
      const page = (await officerHomeLoader(loaderArgs(get("/gemeente", await cookieFor(account))))) as { overview: { pendingChanges: number } };
      return page.overview.pendingChanges;
    };
    const [amsterdamBefore, almereBefore] = [await count("officer"), await count("officerAlmere")];
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    expect(await pendingOf(organisation.id)).toBeNull();
    const response = await submitDetails(await cookieFor("employer"), { organisationName: "De Keuken van West B.V." });
    expect(await statusOf(async () => response), JSON.stringify((response as Reply).data?.error)).toBe(302);
    expect(await pendingOf(organisation.id)).not.toBeNull();
    expect(await count("officer")).toBe(amsterdamBefore + 1);
    expect(await count("officerAlmere")).toBe(almereBefore);
    await db.organisationChangeRequest.deleteMany({ where: { organisationId: organisation.id } });
  });

  it("a new submission replaces the one pending request instead of adding another", async () => {
    const cookie = await cookieFor("otherEmployer");
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: "Zorggroep Noorderlicht" } });
    expect(await statusOf(() => submitDetails(cookie, { kind: "private", organisationName: "Noorderlicht Zorg BV" }))).toBe(302);
    const pending = await db.organisationChangeRequest.findMany({ where: { organisationId: organisation.id, status: "pending" } });
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ kind: "private", name: "Noorderlicht Zorg BV" });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).name).toBe("Zorggroep Noorderlicht");
    // Asking for the old name again leaves only the kind to ask for.
    expect(await statusOf(() => submitDetails(cookie, { organisationName: "Zorggroep Noorderlicht" }))).toBe(302);
    expect(await pendingOf(organisation.id)).toMatchObject({ kind: "private", name: null });
  });

  it("a KvK number another organisation uses is refused next to the field", async () => {
    const cookie = await cookieFor("otherEmployer");
    const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const reply = (await submitDetails(cookie, { kvkNumber: keuken.kvkNumber })) as Reply;
    expect(reply.init.status).toBe(400);
    expect(reply.data.error?.kvkNumber).toEqual(["employer:organisation.kvk_taken"]);
  });

  it("an employer cannot see or withdraw another organisation's request", async () => {
    const noorderlicht = await db.organisation.findFirstOrThrow({ where: { name: "Zorggroep Noorderlicht" } });
    const request = await pendingOf(noorderlicht.id);
    expect(request).not.toBeNull();
    const other = await cookieFor("employer");
    const page = (await organisationLoader(loaderArgs(get("/werkgever/organisatie", other)))) as OrganisationPage;
    expect(page.pendingChange).toBeNull();
    const attempt = post("/werkgever/organisatie", { intent: "withdraw_change", changeRequestId: request!.id }, other);
    expect(await statusOf(() => organisationAction(loaderArgs(attempt)))).toBe(404);
    expect((await db.organisationChangeRequest.findUniqueOrThrow({ where: { id: request!.id } })).status).toBe("pending");
  });

  it("an officer of Almere cannot see or decide an Amsterdam request", async () => {
    const noorderlicht = await db.organisation.findFirstOrThrow({ where: { name: "Zorggroep Noorderlicht" } });
    const request = (await pendingOf(noorderlicht.id))!;
    const almere = await cookieFor("officerAlmere");
    const queue = (await queueLoader(loaderArgs(get("/gemeente/verificatie", almere)))) as QueuePage;
    expect(queue.changes.map((c) => c.id)).not.toContain(request.id);
    expect(await statusOf(() => decide(noorderlicht.id, { changeRequestId: request.id, intent: "approve_change" }, almere))).toBe(404);
    // Not through one of Almere's own organisations either.
    const almereOrg = await db.organisation.findFirstOrThrow({ where: { municipality: { slug: "almere" } } });
    expect(await statusOf(() => decide(almereOrg.id, { changeRequestId: request.id, intent: "approve_change" }, almere))).toBe(404);
    expect((await db.organisationChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("pending");
    expect((await db.organisation.findUniqueOrThrow({ where: { id: noorderlicht.id } })).kind).toBe("subsidised");
  });

  it("the officer approves: the kind becomes private, the internships are checked again, the index follows, and the employer is mailed", async () => {
    const noorderlicht = await db.organisation.findFirstOrThrow({ where: { name: "Zorggroep Noorderlicht" } });
    const request = (await pendingOf(noorderlicht.id))!;
    const published = await db.internship.findMany({ where: { organisationId: noorderlicht.id, status: "published" } });
    expect(published.length).toBeGreaterThan(0);
    // School-based ones under the municipal code, work-based ones under the living wage.
    expect(published.every((i) => i.payCheckRuleKind === (i.route === "BBL" ? "living_wage" : "municipal_code"))).toBe(true);
    const officer = await cookieFor("officer");
    const detail = (await detailLoader(loaderArgs(get(`/gemeente/verificatie/${noorderlicht.id}`, officer), { id: noorderlicht.id }))) as {
      pendingChange: { changes: { field: string }[] } | null;
    };
    expect(detail.pendingChange?.changes.map((c) => c.field)).toEqual(["kind"]);
    const mailsBefore = await db.outboundEmail.count({ where: { to: "werkgever@noorderlicht.test" } });
    const outboxBefore = await db.searchOutbox.count({ where: { entityType: "organisation", entityId: noorderlicht.id } });

    expect(await statusOf(() => decide(noorderlicht.id, { changeRequestId: request.id, intent: "approve_change" }, officer))).toBe(302);

    expect((await db.organisation.findUniqueOrThrow({ where: { id: noorderlicht.id } })).kind).toBe("private");
    const decided = await db.organisationChangeRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decided).toMatchObject({ status: "approved" });
    expect(decided.decidedAt).toBeInstanceOf(Date);
    for (const i of await db.internship.findMany({ where: { id: { in: published.map((p) => p.id) } } })) {
      // Now private: the pact minimum for BOL, the statutory minimum wage for BBL.
      expect(i.payCheckRuleKind).toBe(i.route === "BBL" ? "minimum_wage" : "pact");
    }
    expect(await db.auditLog.count({ where: { entityId: request.id, action: "organisation.change_approve" } })).toBe(1);
    expect(await db.outboundEmail.count({ where: { to: "werkgever@noorderlicht.test" } })).toBeGreaterThan(mailsBefore);
    expect(await db.searchOutbox.count({ where: { entityType: "organisation", entityId: noorderlicht.id } })).toBeGreaterThan(outboxBefore);
    expect(await pendingOf(noorderlicht.id)).toBeNull();

    // Now the pact minimum applies: €420 for 36 hours may be published.
    const published420 = (await newInternshipAction(
      loaderArgs(post("/werkgever/stages/nieuw", internshipForm(), await cookieFor("otherEmployer"))),
    )) as Response;
    expect(published420.status).toBe(302);

    // A decided request cannot be decided again.
    expect(await statusOf(() => decide(noorderlicht.id, { changeRequestId: request.id, intent: "refuse_change", reason: "Toch niet." }, officer))).toBe(400);
  });

  it("private → subsidised approved flags a €420 internship with the grace period", async () => {
    const cookie = await cookieFor("employer");
    const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" }, include: { municipality: true } });
    const form = internshipForm({ trainerEmail: "ahmed@dekeukenvanwest.test" });
    expect(await statusOf(() => newInternshipAction(loaderArgs(post("/werkgever/stages/nieuw", form, cookie))))).toBe(302);
    const internship = await db.internship.findFirstOrThrow({ where: { title: form.title } });
    expect(internship).toMatchObject({ status: "published", payCheckRuleKind: "pact", flaggedAt: null });

    expect(await statusOf(() => submitDetails(cookie, { kind: "subsidised" }))).toBe(302);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: keuken.id } })).kind).toBe("private");
    const request = (await pendingOf(keuken.id))!;
    const officer = await cookieFor("officer");
    const before = Date.now();
    expect(await statusOf(() => decide(keuken.id, { changeRequestId: request.id, intent: "approve_change" }, officer))).toBe(302);

    const flagged = await db.internship.findUniqueOrThrow({ where: { id: internship.id } });
    expect(flagged.status).toBe("published");
    expect(flagged.flaggedAt).toBeInstanceOf(Date);
    expect(flagged.flaggedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(flagged.unpublishAfter!.getTime() - flagged.flaggedAt!.getTime()).toBe(keuken.municipality.gracePeriodDays * 86_400_000);
    expect(JSON.parse(flagged.flagReason ?? "{}")).toMatchObject({ key: "paycode:short.municipal_code" });
    expect(await db.auditLog.count({ where: { entityId: internship.id, action: "internship.flag" } })).toBe(1);
  });

  it("a refusal needs a reason, leaves the values in force, and every step is audited", async () => {
    const name = "Hotel Oosterdok";
    const cookie = await ownerCookie(name);
    const hotel = await db.organisation.findFirstOrThrow({ where: { name } });
    expect(hotel.verifiedAt).not.toBeNull();
    expect(await statusOf(() => submitDetails(cookie, { organisationName: "Oosterdok Hotels", kvkNumber: "99887766" }))).toBe(302);
    const request = (await pendingOf(hotel.id))!;
    expect(request).toMatchObject({ name: "Oosterdok Hotels", kvkNumber: "99887766", kind: null });
    const officer = await cookieFor("officer");

    const without = (await decide(hotel.id, { changeRequestId: request.id, intent: "refuse_change", reason: " " }, officer)) as unknown as {
      data: { errors: string[] };
      init: { status: number };
    };
    expect(without.init.status).toBe(400);
    expect(without.data.errors).toEqual(["verification:errors.change_reason_required"]);
    expect((await db.organisationChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("pending");

    const reason = "Het uittreksel hoort bij een andere onderneming.";
    expect(await statusOf(() => decide(hotel.id, { changeRequestId: request.id, intent: "refuse_change", reason }, officer))).toBe(302);
    expect(await db.organisation.findUniqueOrThrow({ where: { id: hotel.id } })).toMatchObject({
      name: hotel.name,
      kvkNumber: hotel.kvkNumber,
      kind: hotel.kind,
    });
    expect(await db.organisationChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "refused", reason });
    expect(await db.auditLog.count({ where: { entityId: request.id, action: "organisation.change_request" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: request.id, action: "organisation.change_refuse" } })).toBe(1);
    const page = (await organisationLoader(loaderArgs(get("/werkgever/organisatie", cookie)))) as OrganisationPage & {
      lastDecidedChange: { status: string; reason: string } | null;
    };
    expect(page.pendingChange).toBeNull();
    expect(page.lastDecidedChange).toMatchObject({ status: "refused", reason });
  });

  it("the employer withdraws its own pending request; the values stay", async () => {
    const name = "Hotel Oosterdok";
    const cookie = await ownerCookie(name);
    const hotel = await db.organisation.findFirstOrThrow({ where: { name } });
    expect(await statusOf(() => submitDetails(cookie, { kind: "subsidised" }))).toBe(302);
    const request = (await pendingOf(hotel.id))!;
    const withdraw = post("/werkgever/organisatie", { intent: "withdraw_change", changeRequestId: request.id }, cookie);
    expect(await statusOf(() => organisationAction(loaderArgs(withdraw)))).toBe(302);
    expect((await db.organisationChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("withdrawn");
    expect((await db.organisation.findUniqueOrThrow({ where: { id: hotel.id } })).kind).toBe("private");
    expect(await db.auditLog.count({ where: { entityId: request.id, action: "organisation.change_withdraw" } })).toBe(1);
  });

  it("before the first verification, name, KvK number and kind still save directly", async () => {
    const cookie = await cookieFor("pendingEmployer");
    const zoet = await db.organisation.findFirstOrThrow({ where: { name: "Lunchroom Weesper Zoet" } });
    expect(zoet.verifiedAt).toBeNull();
    expect(await statusOf(() => submitDetails(cookie, { organisationName: "Weesper Zoet Lunchroom" }))).toBe(302);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: zoet.id } })).name).toBe("Weesper Zoet Lunchroom");
    expect(await pendingOf(zoet.id)).toBeNull();
  });
});
