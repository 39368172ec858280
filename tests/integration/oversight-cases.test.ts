import { describe, expect, it } from "vitest";
import { action as reportAction } from "~/routes/public/publishing/report";
import { action as addAction } from "~/routes/public/publishing/report-add";
import { action as caseAction, loader as caseLoader } from "~/routes/municipality/oversight/case";
import { loader as casesLoader } from "~/routes/municipality/oversight/cases";
import { loader as mysteryLoader } from "~/routes/municipality/oversight/mystery-guest";
import { loader as myReportsLoader } from "~/routes/student/reports/my-reports";
import { listMysteryGuestCandidates } from "~/services/reports/reports.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post, statusOf } from "../helpers/requests";
import { allowFormPost } from "~/services/accounts/throttle.server";
import { honeypotFields } from "../helpers/honeypot";

// Dates of the seeded reports are relative to the seed clock.
const SEED_NOW = new Date("2026-11-01T09:00:00Z");

type ReportResult = { data: { reference: string | null; result: { error?: Record<string, string[] | null> } }; init: { status?: number } | null };

async function amsterdamId() {
  return (await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } })).id;
}

async function fileReport(form: Record<string, string>, { cookie, rateLimited = false }: { cookie?: string; rateLimited?: boolean } = {}) {
  const request = post("/melden", { municipalityId: await amsterdamId(), ...honeypotFields(), ...form }, cookie);
  const clientAddress = rateLimited ? "198.51.100.7" : undefined;
  // Uses up this address's posts for the minute, as many quick reports would.
  if (clientAddress) while (await allowFormPost("report", clientAddress));
  return (await reportAction({ request, params: {}, context: { clientAddress } })) as unknown as ReportResult;
}

describe("the reporting point", () => {
  it("an anonymous visitor reports discrimination and gets a reference that cannot be guessed", async () => {
    const result = await fileReport({
      subject: "discrimination:origin",
      organisation: "kliniek zuidas",
      description: "Afgewezen na het noemen van mijn naam.",
    });
    expect(result.data.reference).toMatch(/^SP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const stored = await db.report.findUniqueOrThrow({ where: { reference: result.data.reference! }, include: { organisation: true } });
    expect(stored).toMatchObject({ type: "discrimination", category: "origin", status: "new", studentId: null, contactEmail: null });
    expect(stored.organisation?.name).toBe("Kliniek Zuidas");
    expect(stored.reporterKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a bot that fills the honeypot stores nothing and is told to leave the field empty", async () => {
    const before = await db.report.count();
    const result = await fileReport({ subject: "complaint:unsafe", description: "Dit is een melding van een robot.", website: "http://spam.example" });
    expect(result.init?.status).toBe(400);
    expect(result.data.result.error?.website).toEqual(["reports:honeypot_filled"]);
    expect(await db.report.count()).toBe(before);
  });

  it("over the rate limit the report is refused with a form error, keeping what was typed", async () => {
    const before = await db.report.count();
    const result = await fileReport({ subject: "complaint:unsafe", description: "Een melding te veel binnen een minuut." }, { rateLimited: true });
    expect(result.init?.status).toBe(429);
    expect(result.data.result.error?.[""]).toEqual(["reports:rate_limited"]);
    expect(await db.report.count()).toBe(before);
  });

  it("a category that does not belong to the type is refused", async () => {
    const result = await fileReport({ subject: "complaint:origin", description: "Een combinatie die niet bestaat." });
    expect(result.init?.status).toBe(400);
    expect(result.data.result.error?.subject).toEqual(["reports:choose_subject"]);
  });

  it("the same e-mail gives the same reporter key; anonymous reports each get their own", async () => {
    const a = await fileReport({ subject: "complaint:unsafe", description: "Eerste melding met e-mail.", contactEmail: "Iemand@Example.nl" });
    const b = await fileReport({ subject: "complaint:unsafe", description: "Tweede melding met e-mail.", contactEmail: "iemand@example.nl" });
    const c = await fileReport({ subject: "complaint:unsafe", description: "Eerste anonieme melding." });
    const d = await fileReport({ subject: "complaint:unsafe", description: "Tweede anonieme melding." });
    const keys = await Promise.all([a, b, c, d].map(async (r) => (await db.report.findUniqueOrThrow({ where: { reference: r.data.reference! } })).reporterKey));
    expect(keys[0]).toBe(keys[1]);
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).not.toContain("iemand");
  });

  it("the reporter adds information later with the reference, in any spelling", async () => {
    const { data } = await fileReport({ subject: "complaint:no_supervision", description: "Geen begeleiding op de werkvloer." });
    const typed = data.reference!.toLowerCase().replace(/-/g, " ");
    const added = (await addAction({
      request: post("/melden/aanvullen", { ...honeypotFields(), reference: typed, text: "Het gebeurde op 3 oktober." }),
      params: {},
      context: {},
    })) as unknown as {
      data: { added: { reference: string; status: string } | null };
    };
    expect(added.data.added).toEqual({ reference: data.reference, status: "new" });
    const notes = await db.reportNote.findMany({ where: { report: { reference: data.reference! } } });
    expect(notes).toMatchObject([{ source: "reporter", text: "Het gebeurde op 3 oktober.", authorId: null }]);
  });

  it("an unknown reference is refused next to the field", async () => {
    const result = (await addAction({
      request: post("/melden/aanvullen", { ...honeypotFields(), reference: "SP-0000-0000-0000", text: "Aanvulling" }),
      params: {},
      context: {},
    })) as unknown as {
      data: { result: { error?: Record<string, string[]> } };
    };
    expect(result.data.result.error?.reference).toEqual(["reports:add.unknown_reference"]);
  });

  it("a signed-in student sees their own reports and no one else's", async () => {
    const cookie = await cookieFor("student");
    await fileReport({ subject: "discrimination:religion", description: "Vragen over mijn geloof in het gesprek." }, { cookie });
    const mine = (await myReportsLoader(loaderArgs(get("/student/meldingen", cookie)))) as { reports: { category: string }[] };
    expect(mine.reports.map((r) => r.category)).toEqual(["religion"]);
    expect(await statusOf(() => myReportsLoader(loaderArgs(get("/student/meldingen", undefined))))).toBe(302);
    const employer = await cookieFor("employer");
    expect(await statusOf(() => myReportsLoader(loaderArgs(get("/student/meldingen", employer))))).toBe(403);
  });
});

describe("case handling by officers", () => {
  it("an officer of Almere cannot read or change an Amsterdam case", async () => {
    const amsterdamCase = await db.report.findUniqueOrThrow({ where: { id: "seed-report-oosterdok-1" } });
    const almere = await cookieFor("officerAlmere");
    expect(await statusOf(() => caseLoader(loaderArgs(get(`/gemeente/meldingen/${amsterdamCase.id}`, almere), { id: amsterdamCase.id })))).toBe(404);
    for (const form of <Record<string, string>[]>[
      { intent: "status", status: "in_progress" },
      { intent: "note", text: "Poging van een andere gemeente" },
      { intent: "link", organisationId: amsterdamCase.organisationId! },
    ]) {
      const status = await statusOf(() =>
        caseAction({ request: post(`/gemeente/meldingen/${amsterdamCase.id}`, form, almere), params: { id: amsterdamCase.id }, context: {} }),
      );
      expect(status).toBe(404);
    }
    const after = await db.report.findUniqueOrThrow({ where: { id: amsterdamCase.id }, include: { notes: true } });
    expect(after.status).toBe("new");
    expect(after.notes).toEqual([]);
    const list = (await casesLoader(loaderArgs(get("/gemeente/meldingen", almere)))) as { cases: { reference: string }[] };
    expect(list.cases.map((c) => c.reference)).toEqual(["SP-SEED-0000-0051"]);
  });

  it("an officer with ?gemeente= of another municipality still sees only their own cases", async () => {
    const amsterdam = await amsterdamId();
    const list = (await casesLoader(loaderArgs(get(`/gemeente/meldingen?gemeente=${amsterdam}`, await cookieFor("officerAlmere"))))) as { cases: unknown[] };
    expect(list.cases).toHaveLength(1);
  });

  it("employers and students cannot open the case list", async () => {
    for (const who of ["employer", "student"] as const) {
      expect(await statusOf(async () => casesLoader(loaderArgs(get("/gemeente/meldingen", await cookieFor(who)))))).toBe(403);
    }
  });

  it("an Amsterdam officer assigns, notes, links and closes a case; every step is audited", async () => {
    const cookie = await cookieFor("officer");
    const officer = await db.user.findUniqueOrThrow({ where: { email: "gemeente@amsterdam.test" } });
    const id = "seed-report-unknown-1";
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: "Modehuis Kalverstraat" } });
    const run = (form: Record<string, string>) =>
      statusOf(() => caseAction({ request: post(`/gemeente/meldingen/${id}`, form, cookie), params: { id }, context: {} }));
    expect(await run({ intent: "assign", assigneeId: officer.id })).toBe(302);
    expect(await run({ intent: "note", text: "Gebeld met de school." })).toBe(302);
    expect(await run({ intent: "link", organisationId: organisation.id })).toBe(302);
    expect(await run({ intent: "status", status: "referred" })).toBe(409);
    expect(await run({ intent: "status", status: "in_progress" })).toBe(302);
    expect(await run({ intent: "status", status: "referred", assessment: "substantiated", note: "Doorgestuurd naar de Inspectie." })).toBe(302);
    // The assessment is kept when the form does not send it again.
    expect(await run({ intent: "status", status: "closed" })).toBe(302);
    expect(await run({ intent: "status", status: "in_progress" })).toBe(409);
    const report = await db.report.findUniqueOrThrow({ where: { id }, include: { notes: { orderBy: { createdAt: "asc" } } } });
    expect(report).toMatchObject({
      status: "closed",
      assignedToId: officer.id,
      organisationId: organisation.id,
      substantiated: true,
      assessedById: officer.id,
    });
    expect(report.closedAt).not.toBeNull();
    expect(report.notes.map((n) => n.statusTo)).toEqual([null, "in_progress", "referred", "closed"]);
    const audit = await db.auditLog.findMany({ where: { entityType: "report", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action).sort()).toEqual(
      ["report.assign", "report.note", "report.link_organisation", "report.status", "report.assess", "report.status", "report.status"].sort(),
    );
  });

  it("a case cannot be referred or closed without an assessment; the error sits next to the field", async () => {
    const cookie = await cookieFor("officer");
    const id = "seed-report-oosterdok-2";
    const run = (form: Record<string, string>) => caseAction({ request: post(`/gemeente/meldingen/${id}`, form, cookie), params: { id }, context: {} });
    for (const form of <Record<string, string>[]>[
      { intent: "status", status: "referred", assessment: "unassessed" },
      { intent: "status", status: "closed" },
    ]) {
      const result = (await run(form)) as unknown as { data: { result: { error?: Record<string, string[]> } }; init: { status?: number } };
      expect(result.init.status).toBe(400);
      expect(result.data.result.error?.assessment).toEqual(["oversight:case.assessment_required"]);
    }
    expect(await db.report.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "in_progress", substantiated: null });
  });

  it("assessing a case writes an audit entry with the old and new assessment, and changing it again writes another", async () => {
    const cookie = await cookieFor("officer");
    const officer = await db.user.findUniqueOrThrow({ where: { email: "gemeente@amsterdam.test" } });
    const id = "seed-report-oosterdok-1";
    const run = (form: Record<string, string>) =>
      statusOf(() => caseAction({ request: post(`/gemeente/meldingen/${id}`, form, cookie), params: { id }, context: {} }));
    expect(await run({ intent: "status", status: "in_progress", assessment: "not_substantiated" })).toBe(302);
    let report = await db.report.findUniqueOrThrow({ where: { id } });
    expect(report).toMatchObject({ status: "in_progress", substantiated: false, assessedById: officer.id });
    expect(report.assessedAt).not.toBeNull();
    expect(await run({ intent: "status", status: "closed", assessment: "substantiated" })).toBe(302);
    report = await db.report.findUniqueOrThrow({ where: { id } });
    expect(report.substantiated).toBe(true);
    const audit = await db.auditLog.findMany({ where: { action: "report.assess", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => ({ actorId: a.actorId, organisationId: a.organisationId, details: JSON.parse(a.details) }))).toEqual([
      { actorId: officer.id, organisationId: report.organisationId, details: { from: "unassessed", to: "not_substantiated" } },
      { actorId: officer.id, organisationId: report.organisationId, details: { from: "not_substantiated", to: "substantiated" } },
    ]);
    const page = (await caseLoader(loaderArgs(get(`/gemeente/meldingen/${id}`, cookie), { id }))) as {
      report: { assessment: { value: string; by: string | null } };
    };
    expect(page.report.assessment).toMatchObject({ value: "substantiated", by: officer.name });
  });

  it("an officer of another municipality cannot assess a case", async () => {
    const id = "seed-report-bijlmer-3";
    const before = await db.report.findUniqueOrThrow({ where: { id } });
    const form = { intent: "status", status: "closed", assessment: "not_substantiated" };
    const status = await statusOf(async () =>
      caseAction({ request: post(`/gemeente/meldingen/${id}`, form, await cookieFor("officerAlmere")), params: { id }, context: {} }),
    );
    expect(status).toBe(404);
    expect(await db.report.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: before.status, substantiated: true, assessedAt: before.assessedAt });
    expect(await db.auditLog.count({ where: { action: "report.assess", entityId: id } })).toBe(0);
  });

  it("an officer cannot assign a case to someone outside the municipality, or link another municipality's organisation", async () => {
    const cookie = await cookieFor("officer");
    const almereOfficer = await db.user.findUniqueOrThrow({ where: { email: "gemeente@almere.test" } });
    const almereOrg = await db.organisation.findFirstOrThrow({ where: { name: "Strandpaviljoen Almere Haven" } });
    const id = "seed-report-kliniek-1";
    const run = (form: Record<string, string>) => caseAction({ request: post(`/gemeente/meldingen/${id}`, form, cookie), params: { id }, context: {} });
    expect(await statusOf(() => run({ intent: "assign", assigneeId: almereOfficer.id }))).toBe(400);
    expect(await statusOf(() => run({ intent: "link", organisationId: almereOrg.id }))).toBe(400);
    const report = await db.report.findUniqueOrThrow({ where: { id } });
    expect(report.assignedToId).toBeNull();
  });

  it("the case list includes reports made from rejected applications", async () => {
    const application = await db.application.findFirst({ select: { id: true, studentId: true } });
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    if (application) {
      await db.report.create({
        data: {
          reference: "SP-APPL-0000-0001",
          municipalityId: await amsterdamId(),
          type: "discrimination",
          category: "origin",
          description: "Vanuit een afgewezen sollicitatie.",
          organisationId: organisation.id,
          applicationId: application.id,
          studentId: application.studentId,
          reporterKey: "k",
        },
      });
      const list = (await casesLoader(loaderArgs(get("/gemeente/meldingen", await cookieFor("officer"))))) as {
        cases: { reference: string; fromApplication: boolean }[];
      };
      expect(list.cases.find((c) => c.reference === "SP-APPL-0000-0001")?.fromApplication).toBe(true);
    }
  });
});

describe("mystery-guest candidates with a fixed clock", () => {
  it("an organisation with 3 discrimination reports in 12 months is a candidate, with its cases", async () => {
    const candidates = await listMysteryGuestCandidates(await amsterdamId(), SEED_NOW);
    expect(candidates.map((c) => [c.organisation.name, c.count])).toEqual([["Hotel Oosterdok", 3]]);
    expect(candidates[0].cases.map((c) => c.reference).sort()).toEqual(["SP-SEED-0000-0011", "SP-SEED-0000-0012", "SP-SEED-0000-0013"]);
  });

  it("once the oldest report is more than 12 months old the organisation is no longer a candidate", async () => {
    // The oldest counted report was made 200 days before the seed clock.
    const later = new Date(SEED_NOW.getTime() + 166 * 86_400_000);
    expect(await listMysteryGuestCandidates(await amsterdamId(), later)).toEqual([]);
    const justInside = new Date(SEED_NOW.getTime() + 164 * 86_400_000);
    expect(await listMysteryGuestCandidates(await amsterdamId(), justInside)).toHaveLength(1);
  });

  it("two reports are not enough; a third makes a candidate", async () => {
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: "Codefabriek Amsterdam" } });
    const make = (n: number) =>
      db.report.create({
        data: {
          reference: `SP-TEST-0000-000${n}`,
          municipalityId: organisation.municipalityId,
          type: "discrimination",
          category: "origin",
          description: "Test",
          organisationId: organisation.id,
          reporterKey: `k${n}`,
          createdAt: new Date(SEED_NOW.getTime() - n * 30 * 86_400_000),
        },
      });
    await make(1);
    await make(2);
    const names = async () => (await listMysteryGuestCandidates(organisation.municipalityId, SEED_NOW)).map((c) => c.organisation.name);
    expect(await names()).not.toContain("Codefabriek Amsterdam");
    await make(3);
    expect(await names()).toContain("Codefabriek Amsterdam");
  });

  it("the mystery-guest page is for officers of the municipality only", async () => {
    expect(await statusOf(async () => mysteryLoader(loaderArgs(get("/gemeente/mystery-guest", await cookieFor("employer")))))).toBe(403);
    const almere = (await mysteryLoader(loaderArgs(get("/gemeente/mystery-guest", await cookieFor("officerAlmere"))))) as { candidates: unknown[] };
    expect(almere.candidates).toEqual([]);
  });
});

describe("bad input on the reporting point", () => {
  it("an unknown municipality is refused next to the field instead of failing", async () => {
    const result = await fileReport({ subject: "complaint:unsafe", description: "Een melding met een verzonnen gemeente.", municipalityId: "bestaat-niet" });
    expect(result.init?.status).toBe(400);
    expect(result.data.result.error?.municipalityId).toEqual(["forms:choose_option"]);
  });
});
