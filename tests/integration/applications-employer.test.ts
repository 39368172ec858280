import { describe, expect, it } from "vitest";
import { action as detailAction, loader as detailLoader } from "~/routes/employer/applications/detail";
import { loader as apiLoader } from "~/routes/employer/applications/api";
import { loader as internshipLoader } from "~/routes/employer/applications/internship";
import { loader as internshipsLoader } from "~/routes/employer/applications/internships";
import { db } from "~/utils/db.server";
import { cookieFor, cookieForEmail, get, loaderArgs, post, SEED_PASSWORDS, statusOf } from "../helpers/requests";

// Seeded: seed-app-01 (student2, submitted) and seed-app-02 (student3, in review) on
// seed-int-org-01-1; seed-app-03 (student4, invited) and seed-app-04 (student5,
// rejected) on -2; seed-app-05 (student6, withdrawn) on -3; seed-app-06/07 at Noorderlicht.

async function identityValues(email: string) {
  const student = await db.student.findFirstOrThrow({ where: { user: { email } }, include: { user: true } });
  return {
    studentId: student.id,
    userId: student.userId,
    values: [
      student.firstName,
      student.lastName,
      student.user.email,
      student.user.name,
      student.phone!,
      student.street!,
      student.dateOfBirth!.toISOString(),
      student.dateOfBirth!.toISOString().slice(0, 10),
      student.id,
      student.userId,
    ],
  };
}

function expectNoIdentity(json: string, values: string[]) {
  for (const value of values) expect(json, `identity value ${value} leaked`).not.toContain(value);
}

async function studentCookie(email: string) {
  return cookieForEmail(email, SEED_PASSWORDS.student);
}

describe("an employer sees only its own organisation's applications", () => {
  it("employer B cannot read employer A's internship, application or API rows", async () => {
    const other = await cookieFor("otherEmployer");
    expect(
      await statusOf(() => internshipLoader(loaderArgs(get("/werkgever/sollicitaties/stage/seed-int-org-01-1", other), { internshipId: "seed-int-org-01-1" }))),
    ).toBe(404);
    expect(await statusOf(() => detailLoader(loaderArgs(get("/werkgever/sollicitaties/seed-app-01", other), { applicationId: "seed-app-01" })))).toBe(404);
    const list = (await internshipsLoader(loaderArgs(get("/werkgever/sollicitaties", other)))) as { internships: { id: string }[] };
    expect(list.internships.some((i) => i.id.startsWith("seed-int-org-01"))).toBe(false);
    const api = (await (await apiLoader(loaderArgs(get("/werkgever/api/sollicitaties", other)))).json()) as { applications: { id: string }[] };
    const ids = api.applications.map((a) => a.id);
    expect(ids).toContain("seed-app-07");
    expect(ids).not.toContain("seed-app-01");
    expect(ids).not.toContain("seed-app-03");
  });

  it("employer B cannot act on employer A's application, even with ?org= of A", async () => {
    const other = await cookieFor("otherEmployer");
    const keuken = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    for (const path of ["/werkgever/sollicitaties/seed-app-01", `/werkgever/sollicitaties/seed-app-01?org=${keuken.id}`]) {
      expect(await statusOf(() => detailAction(loaderArgs(post(path, { intent: "invite" }, other), { applicationId: "seed-app-01" })))).toBe(404);
    }
    const unchanged = await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } });
    expect(unchanged.status).toBe("submitted");
    expect(unchanged.identityRevealedAt).toBeNull();
    expect(await db.auditLog.count({ where: { entityId: "seed-app-01" } })).toBe(0);
  });

  it("a student cannot use the employer pages or actions", async () => {
    const student = await cookieFor("student");
    expect(await statusOf(() => internshipsLoader(loaderArgs(get("/werkgever/sollicitaties", student))))).toBe(403);
    expect(
      await statusOf(() =>
        detailAction(loaderArgs(post("/werkgever/sollicitaties/seed-app-01", { intent: "invite" }, student), { applicationId: "seed-app-01" })),
      ),
    ).toBe(403);
    expect(await statusOf(() => apiLoader(loaderArgs(get("/werkgever/api/sollicitaties"))))).toBe(302);
  });
});

describe("identity never leaves the server before invitation", () => {
  it("list, detail and API data hold no identity of uninvited students", async () => {
    const cookie = await cookieFor("employer");
    const student2 = await identityValues("student2@stagepact.test");
    const student3 = await identityValues("student3@stagepact.test");
    const student5 = await identityValues("student5@stagepact.test");
    const hidden = [...student2.values, ...student3.values, ...student5.values];

    const list = await internshipLoader(loaderArgs(get("/werkgever/sollicitaties/stage/seed-int-org-01-1", cookie), { internshipId: "seed-int-org-01-1" }));
    expect(list.applications.map((a) => a.id).sort()).toEqual(["seed-app-01", "seed-app-02"]);
    expectNoIdentity(JSON.stringify(list), hidden);

    for (const id of ["seed-app-01", "seed-app-02", "seed-app-04"]) {
      const detail = await detailLoader(loaderArgs(get(`/werkgever/sollicitaties/${id}`, cookie), { applicationId: id }));
      expect(detail.view.revealed).toBe(false);
      expectNoIdentity(JSON.stringify(detail), hidden);
    }

    const api = JSON.stringify(await (await apiLoader(loaderArgs(get("/werkgever/api/sollicitaties", cookie)))).json());
    expectNoIdentity(api, hidden);
    // The invited candidate is the one whose name the organisation may see.
    expect(api).toContain("van der Berg");
  });

  it("the e-mail to the organisation about a new application names no student", async () => {
    const org = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const student2 = await identityValues("student2@stagepact.test");
    const mails = await db.outboundEmail.findMany({ where: { to: org.contactEmail } });
    // The seed queues no mail; the student tests cover the mail written on applying.
    expectNoIdentity(JSON.stringify(mails), student2.values);
  });

  it("inviting reveals the identity to this organisation only and writes the audit log and a mail", async () => {
    const cookie = await cookieFor("recruiter");
    const recruiter = await db.user.findUniqueOrThrow({ where: { email: "recruiter@dekeukenvanwest.test" } });
    const student2 = await identityValues("student2@stagepact.test");
    const response = await detailAction(
      loaderArgs(post("/werkgever/sollicitaties/seed-app-01", { intent: "invite", confirm: "yes" }, cookie), { applicationId: "seed-app-01" }),
    );
    expect((response as Response).status).toBe(302);

    const application = await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } });
    expect(application.status).toBe("invited");
    expect(application.identityRevealedAt).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: "seed-app-01", action: "application.identity_reveal" } });
    expect(audit.actorId).toBe(recruiter.id);
    expect(audit.entityType).toBe("application");
    expect(audit.organisationId).toBe((await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } })).id);
    expectNoIdentity(audit.details, student2.values);
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: "student2@stagepact.test" }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toContain("uitgenodigd");

    const detail = await detailLoader(loaderArgs(get("/werkgever/sollicitaties/seed-app-01", cookie), { applicationId: "seed-app-01" }));
    expect(detail.view.revealed).toBe(true);
    expect(JSON.stringify(detail)).toContain("Mohamed");
    expect(detail.reveals).toHaveLength(1);
    expect(detail.reveals[0].by).toBe("Youssef Amrani");

    // Still nothing for employer B.
    const other = await cookieFor("otherEmployer");
    const api = JSON.stringify(await (await apiLoader(loaderArgs(get("/werkgever/api/sollicitaties", other)))).json());
    expect(api).not.toContain("Mohamed");
  });

  it("a rejection needs a reason from the list, and text for 'other'; the student is told", async () => {
    const cookie = await cookieFor("employer");
    const path = "/werkgever/sollicitaties/seed-app-02";
    const args = (form: Record<string, string>) => loaderArgs(post(path, form, cookie), { applicationId: "seed-app-02" });
    expect(await statusOf(() => detailAction(args({ intent: "reject" })))).toBe(400);
    expect(await statusOf(() => detailAction(args({ intent: "reject", reason: "looks" })))).toBe(400);
    const missingText = (await detailAction(args({ intent: "reject", reason: "other" }))) as { data: { error?: Record<string, string[]> } };
    expect(missingText.data.error?.reasonText).toEqual(["applications:errors.reason_text_required"]);
    expect((await db.application.findUniqueOrThrow({ where: { id: "seed-app-02" } })).status).toBe("in_review");

    expect(await statusOf(() => detailAction(args({ intent: "reject", reason: "position_filled", confirm: "yes" })))).toBe(302);
    const rejected = await db.application.findUniqueOrThrow({ where: { id: "seed-app-02" } });
    expect(rejected.status).toBe("rejected");
    expect(rejected.rejectionReason).toBe("position_filled");
    expect(rejected.closedAt).not.toBeNull();
    expect(rejected.retainUntil!.getTime() - rejected.closedAt!.getTime()).toBe(28 * 86_400_000);
    expect(rejected.identityRevealedAt).toBeNull();
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: "student3@stagepact.test" }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain("De stageplek is al vervuld");
    // A closed application cannot be moved on.
    expect(await statusOf(() => detailAction(args({ intent: "invite" })))).toBe(400);
  });
});

describe("withdrawn applications", () => {
  it("disappear from the employer's list, detail, counts and API", async () => {
    const cookie = await cookieFor("employer");
    const list = await internshipLoader(loaderArgs(get("/werkgever/sollicitaties/stage/seed-int-org-01-3", cookie), { internshipId: "seed-int-org-01-3" }));
    expect(list.applications).toEqual([]);
    expect(await statusOf(() => detailLoader(loaderArgs(get("/werkgever/sollicitaties/seed-app-05", cookie), { applicationId: "seed-app-05" })))).toBe(404);
    const overview = (await internshipsLoader(loaderArgs(get("/werkgever/sollicitaties", cookie)))) as { internships: { id: string; total: number }[] };
    expect(overview.internships.find((i) => i.id === "seed-int-org-01-3")?.total).toBe(0);
    const api = (await (await apiLoader(loaderArgs(get("/werkgever/api/sollicitaties", cookie)))).json()) as { applications: { id: string }[] };
    expect(api.applications.map((a) => a.id)).not.toContain("seed-app-05");
  });

  it("an application the student withdraws now leaves the employer's list", async () => {
    const { action: studentAction } = await import("~/routes/student/applications/detail");
    const student = await studentCookie("student4@stagepact.test");
    expect(
      await statusOf(() =>
        studentAction(
          loaderArgs(post("/student/sollicitaties/seed-app-03", { intent: "withdraw", confirm: "yes" }, student), { applicationId: "seed-app-03" }),
        ),
      ),
    ).toBe(302);
    const cookie = await cookieFor("employer");
    const list = await internshipLoader(loaderArgs(get("/werkgever/sollicitaties/stage/seed-int-org-01-2", cookie), { internshipId: "seed-int-org-01-2" }));
    expect(list.applications.map((a) => a.id)).toEqual(["seed-app-04"]);
    expect(
      await statusOf(() =>
        detailAction(loaderArgs(post("/werkgever/sollicitaties/seed-app-03", { intent: "accept" }, cookie), { applicationId: "seed-app-03" })),
      ),
    ).toBe(404);
  });
});
