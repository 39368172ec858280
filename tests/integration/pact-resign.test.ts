// Re-signing (DESIGN §3.2, issue 16 item 3): a new pact version in force gives every
// signatory on the old one a deadline (Municipality.resignPeriodDays from the start of the
// Amsterdam day it came into force), two reminders in the employer's language, and after
// the deadline no standing until the new version is signed and approved.
import { describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { runJob } from "~/jobs/scheduler.server";
import { loader as employerHomeLoader } from "~/routes/employer/home";
import { loader as resignListLoader } from "~/routes/municipality/verification/resign";
import { resignDeadline } from "~/domain/pact";
import { PublishRefusedError, publishInternship } from "~/services/internships/internships-employer.server";
import { getPactPage, signPact, standingOf } from "~/services/pact/pact.server";
import { loadGoodStandingWhere } from "~/services/pact/pact-standing.server";
import { createPactVersion } from "~/services/pact/pact-versions.server";
import { liveSignatoryRows } from "~/services/signatories/signatories.server";
import { decideSignature } from "~/services/organisations/verification.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, statusOf } from "../helpers/requests";

const DAY = 86_400_000;
const amsterdamDate = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(d);
const job = () => jobs.find((j) => j.name === "resign-deadlines")!;

function newVersion(municipalityId: string, validFrom: string) {
  return {
    municipalityId,
    titleNl: "Stagepact, tweede versie",
    titleEn: "Internship pact, second version",
    textNl: "Wij betalen elke stagiair minstens {pactMinimum} euro.",
    textEn: "We pay every intern at least {pactMinimum} euros.",
    commitmentsNl: ["Minimaal de stagevergoeding", "Een praktijkopleider"],
    commitmentsEn: ["At least the allowance", "A workplace trainer"],
    validFrom,
  };
}

let shared: ReturnType<typeof createSetUp> | undefined;
/** One new Amsterdam version for the file (a second one could not start on the same day). */
const setUp = () => (shared ??= createSetUp());

async function createSetUp() {
  const admin = await db.user.findUniqueOrThrow({ where: { email: "beheer@stagepact.test" } });
  const amsterdam = await db.municipality.findUniqueOrThrow({ where: { slug: "amsterdam" } });
  expect(amsterdam.resignPeriodDays).toBe(60);
  const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
  // The owner reads English, and so does the organisation's contact address (the language its only owner chose).
  const owner = await db.user.update({ where: { email: "werkgever@dekeukenvanwest.test" }, data: { locale: "en" } });
  const oldSignature = await db.pactSignature.findFirstOrThrow({ where: { organisationId: keuken.id, status: "approved" } });
  // The new version came into force ten days ago: within the deadline, by the real clock too.
  const created = new Date();
  const version = await createPactVersion(
    admin.id,
    newVersion(amsterdam.id, amsterdamDate(new Date(created.getTime() - 10 * DAY))),
    new Date(created.getTime() - 11 * DAY),
  );
  const deadline = resignDeadline(version.validFrom, 60);
  return { admin, amsterdam, keuken, owner, oldSignature, version, deadline };
}

const resignMails = (to: string[]) =>
  db.outboundEmail.findMany({
    where: { to: { in: to }, OR: [{ subject: { contains: "vóór" } }, { subject: { contains: "before" } }] },
    orderBy: { createdAt: "asc" },
  });

describe("re-signing a new pact version", () => {
  it("the employer sees the deadline and a link to sign; the officer sees who has not re-signed, and only for their own municipality", async () => {
    // Before the job has stored any deadline: the computed one is shown.
    const { keuken, deadline } = await setUp();

    const home = (await employerHomeLoader(loaderArgs(get("/werkgever", await cookieFor("employer"))))) as {
      resign: { version: number; resignBy: string; overdue: boolean } | null;
    };
    expect(home.resign).toEqual({ version: 2, resignBy: deadline.toISOString(), overdue: false });

    const list = (await resignListLoader(loaderArgs(get("/gemeente/opnieuw-ondertekenen", await cookieFor("officer"))))) as {
      rows: { organisationId: string; organisation: string; oldVersion: number; resignBy: string; overdue: boolean }[];
    };
    expect(list.rows).toContainEqual(
      expect.objectContaining({
        organisationId: keuken.id,
        organisation: "De Keuken van West",
        oldVersion: 1,
        resignBy: deadline.toISOString(),
        overdue: false,
      }),
    );

    // Almere's officer: no Amsterdam organisation in their list (Almere has no new version).
    const almere = (await resignListLoader(loaderArgs(get("/gemeente/opnieuw-ondertekenen", await cookieFor("officerAlmere"))))) as {
      rows: { organisationId: string }[];
    };
    expect(almere.rows.map((r) => r.organisationId)).not.toContain(keuken.id);
    expect(almere.rows).toEqual([]);
    // Not for employers or anonymous visitors.
    const employer = await cookieFor("employer");
    expect(await statusOf(() => resignListLoader(loaderArgs(get("/gemeente/opnieuw-ondertekenen", employer))))).toBe(403);
    expect(await statusOf(() => resignListLoader(loaderArgs(get("/gemeente/opnieuw-ondertekenen"))))).toBe(302);
  });

  it("sets deadlines, reminds once each in the employer's language, takes standing after the deadline, and re-signing restores it", async () => {
    const { amsterdam, keuken, owner, oldSignature, version, deadline } = await setUp();
    const now = new Date();
    const recipients = [keuken.contactEmail, owner.email];

    // Signatories on the old version keep their standing before the job has even run (computed deadline).
    expect(await standingOf(db, keuken, now)).toBe("approved");
    expect((await liveSignatoryRows(amsterdam.id, now)).map((r) => r.name)).toContain("De Keuken van West");

    const oldLive = await db.pactSignature.count({
      where: {
        status: { in: ["approved", "pending", "changes_requested"] },
        pactVersionId: { not: version.id },
        organisation: { municipalityId: amsterdam.id },
      },
    });
    expect(oldLive).toBeGreaterThan(1);
    const first = (await runJob(job(), now)) as { deadlinesSet: number; reminders: number; overdue: number };
    expect(first).toMatchObject({ deadlinesSet: oldLive, reminders: oldLive, overdue: 0 });
    const stored = await db.pactSignature.findUniqueOrThrow({ where: { id: oldSignature.id } });
    expect(stored.resignBy?.toISOString()).toBe(deadline.toISOString());
    expect(stored.resignReminders).toBe(1);
    // 00:00 in Amsterdam on the day sixty days after the version's first day.
    expect(amsterdamDate(deadline)).toBe(amsterdamDate(new Date(version.validFrom.getTime() + 60 * DAY + 12 * 3_600_000)));
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" }).format(deadline)).toBe("00:00");

    let mails = await resignMails(recipients);
    expect(mails.map((m) => [m.to, m.subject])).toEqual(
      expect.arrayContaining([
        // The contact address is no account: it takes the language its only owner chose.
        [keuken.contactEmail, expect.stringMatching(/^Sign the new Stagepact Amsterdam before/)],
        [owner.email, expect.stringMatching(/^Sign the new Stagepact Amsterdam before/)],
      ]),
    );
    expect(mails).toHaveLength(2);
    expect(mails.find((m) => m.to === owner.email)!.text).toContain("/werkgever/stagepact");

    // Running again sends nothing new.
    expect(await runJob(job(), new Date(now.getTime() + DAY))).toMatchObject({ deadlinesSet: 0, reminders: 0, overdue: 0 });
    expect(await resignMails(recipients)).toHaveLength(2);

    // Six days before the deadline: the second reminder, once.
    const nearly = new Date(deadline.getTime() - 6 * DAY);
    expect(await runJob(job(), nearly)).toMatchObject({ reminders: oldLive });
    expect(await runJob(job(), new Date(nearly.getTime() + 3_600_000))).toMatchObject({ reminders: 0 });
    mails = await resignMails(recipients);
    expect(mails).toHaveLength(4);
    expect(mails.filter((m) => m.subject.startsWith("Nog een week"))).toEqual([]);
    expect(
      mails
        .filter((m) => m.subject.startsWith("One week left"))
        .map((m) => m.to)
        .sort(),
    ).toEqual([keuken.contactEmail, owner.email].sort());
    expect((await db.pactSignature.findUniqueOrThrow({ where: { id: oldSignature.id } })).resignReminders).toBe(2);

    // Still within the deadline: publishing works, on the list.
    const internship = await db.internship.findFirstOrThrow({ where: { organisationId: keuken.id, status: "published" } });
    expect(await standingOf(db, keuken, nearly)).toBe("approved");
    expect((await liveSignatoryRows(amsterdam.id, nearly)).map((r) => r.name)).toContain("De Keuken van West");

    // After the deadline: standing gone, search told once (the organisation and its published internships).
    const after = new Date(deadline.getTime() + 3_600_000);
    const outboxBefore = (await db.searchOutbox.findMany({ select: { id: true } })).map((r) => r.id);
    const overdueRun = (await runJob(job(), after)) as { overdue: number };
    expect(overdueRun.overdue).toBeGreaterThan(0);
    const queued = await db.searchOutbox.findMany({ where: { id: { notIn: outboxBefore } }, select: { entityType: true, entityId: true } });
    expect(queued).toContainEqual({ entityType: "organisation", entityId: keuken.id });
    const published = await db.internship.findMany({ where: { organisationId: keuken.id, status: "published" }, select: { id: true } });
    for (const p of published) expect(queued).toContainEqual({ entityType: "internship", entityId: p.id });
    expect(await runJob(job(), new Date(after.getTime() + DAY))).toMatchObject({ overdue: 0, reminders: 0 });
    expect(await db.auditLog.count({ where: { action: "signature.resign_overdue", entityId: oldSignature.id } })).toBe(1);

    expect(await standingOf(db, keuken, after)).toBe("must_resign");
    expect((await liveSignatoryRows(amsterdam.id, after)).map((r) => r.name)).not.toContain("De Keuken van West");
    const byQuery = await db.organisation.findMany({ where: await loadGoodStandingWhere(db, after), select: { id: true } });
    expect(byQuery.map((o) => o.id)).not.toContain(keuken.id);
    await db.internship.update({ where: { id: internship.id }, data: { status: "unpublished" } });
    await expect(publishInternship(owner.id, keuken.id, internship.id, after)).rejects.toBeInstanceOf(PublishRefusedError);

    // Re-signing: pending is not enough; approved restores standing, the old signature is superseded.
    const commitments = await db.pactCommitment.findMany({ where: { pactVersionId: version.id }, select: { id: true } });
    const signature = await signPact(
      { userId: owner.id },
      keuken.id,
      { pactVersionId: version.id, signerName: "Sanne", signerRole: "Eigenaar", commitment: commitments.map((c) => c.id) },
      after,
    );
    expect(await standingOf(db, keuken, after)).toBe("pending");
    expect((await db.pactSignature.findUniqueOrThrow({ where: { id: oldSignature.id } })).status).toBe("superseded");
    const officer = await db.user.findUniqueOrThrow({ where: { email: "gemeente@amsterdam.test" } });
    await decideSignature({ userId: officer.id }, amsterdam.id, { signatureId: signature.id, action: "approve" }, after);
    expect(await standingOf(db, keuken, after)).toBe("approved");
    expect((await liveSignatoryRows(amsterdam.id, after)).map((r) => r.name)).toContain("De Keuken van West");
    await publishInternship(owner.id, keuken.id, internship.id, after);
    expect((await db.internship.findUniqueOrThrow({ where: { id: internship.id } })).status).toBe("published");
  });

  it("an organisation that signs the new version within the deadline keeps its standing until the officer approves it", async () => {
    const { amsterdam, version } = await setUp();
    const noorderlicht = await db.organisation.findFirstOrThrow({ where: { name: "Zorggroep Noorderlicht" } });
    const owner = await db.user.findUniqueOrThrow({ where: { email: "werkgever@noorderlicht.test" } });
    const old = await db.pactSignature.findFirstOrThrow({ where: { organisationId: noorderlicht.id, status: "approved" } });
    expect(old.pactVersionId).not.toBe(version.id);
    const now = new Date();
    const standingEverywhere = async () => {
      const byQuery = await db.organisation.findMany({ where: await loadGoodStandingWhere(db, now), select: { id: true } });
      const listed = (await liveSignatoryRows(amsterdam.id, now)).map((r) => r.organisationId);
      return { rule: await standingOf(db, noorderlicht, now), query: byQuery.some((o) => o.id === noorderlicht.id), listed: listed.includes(noorderlicht.id) };
    };
    expect(await standingEverywhere()).toEqual({ rule: "approved", query: true, listed: true });
    expect((await getPactPage(noorderlicht.id, now)).canSign).toBe(true);

    const commitments = await db.pactCommitment.findMany({ where: { pactVersionId: version.id }, select: { id: true } });
    const signature = await signPact(
      { userId: owner.id },
      noorderlicht.id,
      { pactVersionId: version.id, signerName: "Eva", signerRole: "Directeur", commitment: commitments.map((c) => c.id) },
      now,
    );
    // The old signature still holds; no second signature and no banner while the new one waits.
    expect((await db.pactSignature.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("approved");
    expect(await standingEverywhere()).toEqual({ rule: "approved", query: true, listed: true });
    const page = await getPactPage(noorderlicht.id, now);
    expect(page.canSign).toBe(false);
    expect(page.resignBanner).toBeNull();
    const list = (await resignListLoader(loaderArgs(get("/gemeente/opnieuw-ondertekenen", await cookieFor("officer"))))) as {
      rows: { organisationId: string }[];
    };
    expect(list.rows.map((r) => r.organisationId)).not.toContain(noorderlicht.id);

    const officer = await db.user.findUniqueOrThrow({ where: { email: "gemeente@amsterdam.test" } });
    await decideSignature({ userId: officer.id }, amsterdam.id, { signatureId: signature.id, action: "approve" }, now);
    expect((await db.pactSignature.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("superseded");
    expect(await standingEverywhere()).toEqual({ rule: "approved", query: true, listed: true });
    // Long after the old deadline the new signature is what counts.
    const later = new Date(now.getTime() + 120 * DAY);
    expect(await standingOf(db, noorderlicht, later)).toBe("approved");
  });
});
