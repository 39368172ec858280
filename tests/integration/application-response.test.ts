// Hearing back (DESIGN §3.3, issue 17 part 1) against a real SQLite copy and over real HTTP:
// the application-responses job reminds once each and closes after two weeks; the
// student's page says so; the response rate shows only from 5 applications; one
// employer never sees or acts on another organisation's overdue applications.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { loader as employerHomeLoader } from "~/routes/employer/home";
import { action as detailAction, loader as detailLoader } from "~/routes/employer/applications/detail";
import { loader as internshipLoader } from "~/routes/employer/applications/internship";
import { loader as caseLoader } from "~/routes/municipality/oversight/case";
import { loader as signatoriesLoader } from "~/routes/public/publishing/signatories";
import { action as studentReportAction } from "~/routes/student/applications/report";
import { db } from "~/utils/db.server";
import { startHttpApp, type HttpApp } from "../helpers/http-app";
import { cookieFor, cookieForEmail, get, loaderArgs, post, SEED_PASSWORDS, statusOf } from "../helpers/requests";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
}, 120_000);
afterAll(() => app?.close());

const job = jobs.find((j) => j.name === "application-responses")!;
const run = (at: string) => job.run({ now: new Date(at) });

async function page(path: string, cookie?: string) {
  const response = await fetch(app.base + path, { headers: { "Accept-Language": "nl", ...(cookie ? { Cookie: cookie } : {}) }, redirect: "manual" });
  expect(response.status).toBe(200);
  return response.text();
}

describe("the application-responses job", () => {
  // seed-app-01: student2 at De Keuken van West, submitted, never answered. Submitted on
  // Monday 5 January 2026; 10 working days (Amsterdam's default) → due by the end of
  // Monday 19 January (00:00 CET on the 20th); closed two weeks later, 3 February 00:00.
  it("sets the deadline, reminds at half time and at the deadline once each, and closes two weeks later", async () => {
    await db.application.update({
      where: { id: "seed-app-01" },
      data: { submittedAt: new Date("2026-01-05T09:00:00Z"), respondBy: null, responseReminders: 0 },
    });
    const app01 = await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" }, include: { internship: { include: { organisation: true } } } });
    const reminders = () =>
      db.outboundEmail.findMany({
        where: {
          to: app01.internship.organisation.contactEmail,
          text: { contains: app01.pseudonym },
          OR: [{ subject: { startsWith: "Herinnering" } }, { subject: { startsWith: "Te laat" } }],
        },
        orderBy: { createdAt: "asc" },
      });
    const studentMails = () => db.outboundEmail.findMany({ where: { to: "student2@stagepact.test", subject: { contains: "Geen antwoord" } } });

    await run("2026-01-06T10:00:00Z");
    expect((await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } })).respondBy?.toISOString()).toBe("2026-01-19T23:00:00.000Z");
    expect(await reminders()).toHaveLength(0);

    await run("2026-01-12T12:00:00Z"); // before half time (12 January 16:00 UTC)
    expect(await reminders()).toHaveLength(0);
    await run("2026-01-12T16:00:00Z");
    await run("2026-01-13T09:00:00Z");
    const half = await reminders();
    expect(half).toHaveLength(1);
    expect(half[0].subject).toContain("19 januari 2026");
    expect(half[0].text).toContain(`/werkgever/sollicitaties/seed-app-01`);

    await run("2026-01-19T22:59:59Z");
    expect(await reminders()).toHaveLength(1);
    await run("2026-01-19T23:00:00Z");
    await run("2026-01-25T23:00:00Z");
    const both = await reminders();
    expect(both.map((m) => m.subject.split(":")[0])).toEqual(["Herinnering", "Te laat"]);
    expect(both[1].text).toContain("De antwoordtermijn voor de anonieme sollicitatie");

    await run("2026-02-02T22:59:59Z");
    expect((await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } })).status).toBe("submitted");
    expect(await studentMails()).toHaveLength(0);

    await run("2026-02-02T23:00:00Z");
    await run("2026-02-03T09:00:00Z");
    const closed = await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" }, include: { history: { orderBy: { createdAt: "asc" } } } });
    expect(closed.status).toBe("closed_without_response");
    expect(closed.closedAt?.toISOString()).toBe("2026-02-02T23:00:00.000Z");
    // The retention clock starts as for every other closing: four weeks without consent.
    expect(closed.retainUntil?.toISOString()).toBe("2026-03-02T23:00:00.000Z");
    expect(closed.history.filter((h) => h.toStatus === "closed_without_response")).toMatchObject([{ fromStatus: "submitted", actorRole: "system" }]);
    const told = await studentMails();
    expect(told).toHaveLength(1);
    expect(told[0].text).toContain("niet op tijd geantwoord");
    expect(told[0].text).toMatch(/\/stages\n/);
    expect(told[0].text).toContain("/melden");
    expect(await reminders()).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "application.closed_without_response", entityId: "seed-app-01" } })).toBe(1);

    const html = await page("/student/sollicitaties/seed-app-01", await cookieForEmail("student2@stagepact.test", SEED_PASSWORDS.student));
    expect(html).toContain("De werkgever heeft niet op tijd geantwoord");
    expect(html).toContain("Je kunt ergens anders solliciteren, of dit melden.");
    expect(html).toContain('href="/stages"');
    expect(html).toContain('href="/melden"');
  });
});

describe("response rate on the internship page, the signatory list and for employers", () => {
  it("appears only once the organisation has 5 counted applications in the last 12 months", async () => {
    // De Keuken van West's own applications in the seed: with seed-app-01 closed above and
    // seed-app-02 past its deadline (the seed starts its clock on the day it runs), 4
    // count (the withdrawn one, never answered, does not).
    await db.application.update({ where: { id: "seed-app-02" }, data: { respondBy: new Date(Date.now() - 86_400_000) } });
    const before = await page("/stages/seed-int-org-01-1");
    expect(before).not.toContain("Reageert deze organisatie?");
    const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const list = (await signatoriesLoader(loaderArgs(get("/stagepact/ondertekenaars")))) as { response: Record<string, unknown> };
    expect(list.response[keuken.id]).toBeUndefined();

    // A fifth: answered (invited) two days after it was sent.
    const student = await db.student.findFirstOrThrow({ where: { user: { email: "student@stagepact.test" } } });
    const sent = new Date(Date.now() - 30 * 86_400_000);
    await db.application.create({
      data: {
        internshipId: "seed-int-org-01-1",
        studentId: student.id,
        pseudonym: "RESP-TEST-0001",
        status: "invited",
        motivationScrubbed: "—",
        submittedAt: sent,
        respondBy: new Date(sent.getTime() + 14 * 86_400_000),
        invitedAt: new Date(sent.getTime() + 2 * 86_400_000),
        identityRevealedAt: new Date(sent.getTime() + 2 * 86_400_000),
      },
    });
    const after = await page("/stages/seed-int-org-01-1");
    expect(after).toContain("Reageert deze organisatie?");
    expect(after).toMatch(/\d+% van de sollicitaties kreeg binnen de termijn antwoord/);
    expect(after).toContain("Over de laatste 12 maanden, 5 sollicitaties. Antwoordtermijn: 10 werkdagen.");
    const listAfter = (await signatoriesLoader(loaderArgs(get("/stagepact/ondertekenaars")))) as { response: Record<string, { counted: number }> };
    expect(listAfter.response[keuken.id]).toMatchObject({ counted: 5 });
    expect(await page("/stagepact/ondertekenaars")).toContain("Reageert binnen termijn");
  });

  it("shows an employer its own overdue applications, and never another organisation's", async () => {
    // seed-app-02 (in review at De Keuken van West) past its deadline, not yet closed.
    await db.application.update({ where: { id: "seed-app-02" }, data: { respondBy: new Date(Date.now() - 86_400_000) } });
    const own = await cookieFor("employer");
    const home = (await employerHomeLoader(loaderArgs(get("/werkgever", own)))) as { overdue: number };
    expect(home.overdue).toBe(1);
    const listHtml = await page("/werkgever/sollicitaties/stage/seed-int-org-01-1", own);
    expect(listHtml).toContain("Te laat: antwoord was nodig uiterlijk");
    expect(await page("/werkgever", own)).toContain("1 sollicitatie wacht langer dan de antwoordtermijn op een antwoord.");

    const other = await cookieFor("otherEmployer");
    const otherHome = (await employerHomeLoader(loaderArgs(get("/werkgever", other)))) as { overdue: number };
    expect(otherHome.overdue).toBe(0);
    expect(
      await statusOf(() => internshipLoader(loaderArgs(get("/werkgever/sollicitaties/stage/seed-int-org-01-1", other), { internshipId: "seed-int-org-01-1" }))),
    ).toBe(404);
    expect(await statusOf(() => detailLoader(loaderArgs(get("/werkgever/sollicitaties/seed-app-02", other), { applicationId: "seed-app-02" })))).toBe(404);
    const confirmReject = { intent: "reject", reason: "position_filled", confirm: "yes" };
    expect(
      await statusOf(() => detailAction(loaderArgs(post("/werkgever/sollicitaties/seed-app-02", confirmReject, other), { applicationId: "seed-app-02" }))),
    ).toBe(404);
    expect((await db.application.findUniqueOrThrow({ where: { id: "seed-app-02" } })).status).toBe("in_review");
  });
});

describe("a discrimination report from a rejected application", () => {
  it("shows the officer the application's dates, the reason and its explanation, and not the student", async () => {
    // seed-app-04: student5, rejected at De Keuken van West.
    await db.application.update({
      where: { id: "seed-app-04" },
      data: { rejectionReason: "other", rejectionText: "We zoeken iemand die vloeiend Nederlands spreekt." },
    });
    const student = await cookieForEmail("student5@stagepact.test", SEED_PASSWORDS.student);
    const form = { category: "origin", description: "Ik denk dat mijn achtergrond de reden was." };
    const sent = (await studentReportAction(
      loaderArgs(post("/student/sollicitaties/seed-app-04/discriminatie-melden", form, student), { applicationId: "seed-app-04" }),
    )) as Response;
    expect(sent.status).toBe(302);
    const report = await db.report.findFirstOrThrow({ where: { applicationId: "seed-app-04" } });
    const application = await db.application.findUniqueOrThrow({ where: { id: "seed-app-04" } });

    const officer = await cookieFor("officer");
    const data = (await caseLoader(loaderArgs(get(`/gemeente/meldingen/${report.id}`, officer), { id: report.id }))) as {
      report: { fromApplication: Record<string, unknown> };
    };
    expect(data.report.fromApplication).toEqual({
      submittedAt: application.submittedAt.toISOString(),
      invitedAt: null,
      rejectedAt: application.closedAt!.toISOString(),
      rejectionReason: "other",
      rejectionText: "We zoeken iemand die vloeiend Nederlands spreekt.",
    });
    const who = await db.student.findFirstOrThrow({ where: { user: { email: "student5@stagepact.test" } }, include: { user: true } });
    const json = JSON.stringify(data);
    for (const value of [who.firstName, who.lastName, who.user.email, who.id, who.userId])
      expect(json, `student value ${value} in the case`).not.toContain(value);

    const html = await page(`/gemeente/meldingen/${report.id}`, officer);
    expect(html).toContain("Deze melding is gedaan vanuit een afgewezen sollicitatie.");
    expect(html).toContain("We zoeken iemand die vloeiend Nederlands spreekt.");
    expect(html).toContain("De student blijft anoniem");
  });
});
