import { describe, expect, it } from "vitest";
import { jobs } from "~/jobs/registry.server";
import { action as privacyAction } from "~/routes/student/applications/privacy";
import { loader as exportLoader } from "~/routes/student/applications/export";
import { ANONYMISED_MARKER, anonymiseDueApplications, setRetentionConsent } from "~/services/students/student-privacy.server";
import { db } from "~/utils/db.server";
import { SESSION_COOKIE } from "~/utils/session.server";
import { cookieForEmail, get, loaderArgs, post, SEED_PASSWORDS, statusOf } from "../helpers/requests";

const DAY = 86_400_000;

async function studentCookie(email: string) {
  return cookieForEmail(email, SEED_PASSWORDS.student);
}

/** A closed application with a fixed closing date, to run the retention job against a fixed clock. */
async function closedApplication(id: string, studentEmail: string, internshipId: string, closedAt: Date) {
  const student = await db.student.findFirstOrThrow({ where: { user: { email: studentEmail } } });
  return db.application.create({
    data: {
      id,
      internshipId,
      studentId: student.id,
      pseudonym: `Kandidaat T${id.slice(-3).toUpperCase().padStart(3, "2")}-TEST`,
      status: "rejected",
      rejectionReason: "other",
      rejectionText: "We vonden Noa niet passend.",
      motivationScrubbed: "Ik wil graag koken.",
      skillsShown: JSON.stringify(["HACCP"]),
      qualificationName: "Kok",
      level: 2,
      schoolYear: 2,
      availableFrom: new Date("2027-02-01"),
      availableHours: 32,
      submittedAt: new Date(closedAt.getTime() - 10 * DAY),
      closedAt,
      history: {
        create: [
          { toStatus: "submitted", actorRole: "student" },
          { fromStatus: "submitted", toStatus: "rejected", actorRole: "employer", reason: "other" },
        ],
      },
    },
  });
}

// Export and delete first: the retention tests below move the clock past the seeded closing dates.
describe("export and delete", () => {
  it("exports the profile, applications with history and reports as a JSON download", async () => {
    const cookie = await studentCookie("student5@stagepact.test");
    const student = await db.student.findFirstOrThrow({ where: { user: { email: "student5@stagepact.test" } } });
    await db.report.create({
      data: {
        reference: "MLD-TEST-EXPO-RT22",
        municipalityId: (await db.municipality.findFirstOrThrow()).id,
        type: "discrimination",
        category: "age",
        description: "Te jong gevonden.",
        studentId: student.id,
        applicationId: "seed-app-04",
        reporterKey: "k",
      },
    });
    const response = await exportLoader(loaderArgs(get("/student/privacy/export", cookie)));
    expect(response.headers.get("Content-Disposition")).toContain("attachment");
    const body = (await response.json()) as {
      account: { email: string };
      profile: { firstName: string; skills: string[] };
      applications: { id: string; history: { toStatus: string }[] }[];
      reports: { reference: string }[];
    };
    expect(body.account.email).toBe("student5@stagepact.test");
    expect(body.profile.firstName).toBe("Aylin");
    expect(body.applications.map((a) => a.id)).toEqual(["seed-app-04"]);
    expect(body.applications[0].history.map((h) => h.toStatus)).toEqual(["submitted", "rejected"]);
    expect(body.reports.map((r) => r.reference)).toEqual(["MLD-TEST-EXPO-RT22"]);
    // Only their own.
    expect(JSON.stringify(body)).not.toContain("seed-app-03");
    expect(await statusOf(() => exportLoader(loaderArgs(get("/student/privacy/export"))))).toBe(302);
  });

  it("deleting the account needs confirmation", async () => {
    const cookie = await studentCookie("student4@stagepact.test");
    expect(await privacyAction(loaderArgs(post("/student/privacy", { intent: "delete" }, cookie)))).toEqual({ confirm: { intent: "delete" } });
    // The checkbox of the old one-step form is no confirmation.
    expect(await privacyAction(loaderArgs(post("/student/privacy", { intent: "delete", confirm: "on" }, cookie)))).toEqual({ confirm: { intent: "delete" } });
    expect(await db.user.count({ where: { email: "student4@stagepact.test" } })).toBe(1);
  });

  it("deletes student, user and sessions in one go and keeps the applications anonymised", async () => {
    const cookie = await studentCookie("student4@stagepact.test");
    const student = await db.student.findFirstOrThrow({ where: { user: { email: "student4@stagepact.test" } } });
    const response = (await privacyAction(loaderArgs(post("/student/privacy", { intent: "delete", confirm: "yes" }, cookie)))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Set-Cookie")).toContain(`${SESSION_COOKIE}=;`);
    expect(await db.user.count({ where: { email: "student4@stagepact.test" } })).toBe(0);
    expect(await db.student.count({ where: { id: student.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: student.userId } })).toBe(0);
    // seed-app-03 was invited (open): now withdrawn by the platform and anonymised.
    const application = await db.application.findUniqueOrThrow({ where: { id: "seed-app-03" }, include: { history: { orderBy: { createdAt: "asc" } } } });
    expect(application).toMatchObject({ studentId: null, status: "withdrawn", motivationScrubbed: ANONYMISED_MARKER });
    expect(application.anonymisedAt).not.toBeNull();
    expect(application.history.at(-1)).toMatchObject({ fromStatus: "invited", toStatus: "withdrawn", actorRole: "system", reason: "account_deleted" });
    // The session cookie no longer works.
    expect(await statusOf(() => exportLoader(loaderArgs(get("/student/privacy/export", cookie))))).toBe(302);
  });
});

describe("retention of closed applications (fixed clock)", () => {
  const closedAt = new Date("2027-03-01T12:00:00Z");

  it("anonymises four weeks after closing, not a moment earlier, and keeps the statistics", async () => {
    await closedApplication("ret-a01", "student@stagepact.test", "seed-int-org-03-1", closedAt);
    const justBefore = new Date(closedAt.getTime() + 28 * DAY - 1);
    await anonymiseDueApplications(justBefore);
    expect((await db.application.findUniqueOrThrow({ where: { id: "ret-a01" } })).anonymisedAt).toBeNull();

    const deadline = new Date(closedAt.getTime() + 28 * DAY);
    const job = jobs.find((j) => j.name === "anonymise-applications")!;
    expect(job.everyMs).toBe(DAY);
    const summary = await job.run({ now: deadline });
    expect(summary).toMatchObject({ anonymised: expect.any(Number) });
    const row = await db.application.findUniqueOrThrow({ where: { id: "ret-a01" }, include: { history: true } });
    expect(row).toMatchObject({
      studentId: null,
      motivationScrubbed: ANONYMISED_MARKER,
      skillsShown: "[]",
      availableFrom: null,
      availableHours: null,
      rejectionText: null,
      anonymisedAt: deadline,
      // Kept for statistics:
      status: "rejected",
      rejectionReason: "other",
      internshipId: "seed-int-org-03-1",
      closedAt,
      level: 2,
    });
    expect(row.history).toHaveLength(2);
    // Running again changes nothing.
    const again = await anonymiseDueApplications(new Date(deadline.getTime() + DAY));
    expect((await db.application.findUniqueOrThrow({ where: { id: "ret-a01" } })).anonymisedAt).toEqual(deadline);
    expect(again.anonymised).toBe(0);
  });

  it("keeps an application for one year when the student consented", async () => {
    await closedApplication("ret-b01", "student6@stagepact.test", "seed-int-org-03-2", closedAt);
    const student = await db.student.findFirstOrThrow({ where: { user: { email: "student6@stagepact.test" } } });
    await setRetentionConsent(student.id, true, new Date("2027-03-02T00:00:00Z"));
    expect((await db.application.findUniqueOrThrow({ where: { id: "ret-b01" } })).retainUntil).toEqual(new Date("2028-03-01T12:00:00Z"));

    await anonymiseDueApplications(new Date(closedAt.getTime() + 60 * DAY));
    expect((await db.application.findUniqueOrThrow({ where: { id: "ret-b01" } })).anonymisedAt).toBeNull();
    await anonymiseDueApplications(new Date("2028-03-01T11:59:59Z"));
    expect((await db.application.findUniqueOrThrow({ where: { id: "ret-b01" } })).anonymisedAt).toBeNull();
    await anonymiseDueApplications(new Date("2028-03-01T12:00:00Z"));
    expect((await db.application.findUniqueOrThrow({ where: { id: "ret-b01" } })).studentId).toBeNull();
  });

  it("the consent form saves the student's choice", async () => {
    const cookie = await studentCookie("student2@stagepact.test");
    expect(await statusOf(() => privacyAction(loaderArgs(post("/student/privacy", { intent: "consent", retentionConsent: "year" }, cookie))))).toBe(302);
    expect((await db.student.findFirstOrThrow({ where: { user: { email: "student2@stagepact.test" } } })).retentionConsent).toBe(true);
    expect(await statusOf(() => privacyAction(loaderArgs(post("/student/privacy", { intent: "consent", retentionConsent: "four_weeks" }, cookie))))).toBe(302);
    expect((await db.student.findFirstOrThrow({ where: { user: { email: "student2@stagepact.test" } } })).retentionConsent).toBe(false);
  });
});

// Last, because it anonymises every closed application in this file's database.
describe("the retention job and open applications", () => {
  it("never touches open applications", async () => {
    await anonymiseDueApplications(new Date("2040-01-01T00:00:00Z"));
    const open = await db.application.findUniqueOrThrow({ where: { id: "seed-app-02" } });
    expect(open.status).toBe("in_review");
    expect(open.anonymisedAt).toBeNull();
    expect(open.studentId).not.toBeNull();
  });
});
