import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PSEUDONYM_PATTERN } from "~/domain/anonymisation";
import { normaliseReference } from "~/domain/reports";
import { action as applyAction, loader as applyLoader } from "~/routes/student/applications/apply";
import { action as withdrawAction, loader as detailLoader } from "~/routes/student/applications/detail";
import { action as profileAction } from "~/routes/student/applications/profile";
import { action as reportAction, loader as reportLoader } from "~/routes/student/applications/report";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/env.server";
import { cookieFor, cookieForEmail, get, loaderArgs, post, SEED_PASSWORDS, statusOf } from "../helpers/requests";

async function studentCookie(email: string) {
  return cookieForEmail(email, SEED_PASSWORDS.student);
}

const MOTIVATION =
  "Hallo, ik ben Noa Bakker en ik wil graag bij jullie in de keuken leren werken. Bel me op 06-12345678 of mail noa.bakker@mail.student.nl, mijn werk staat op noabakker.nl/portfolio.";

type PreviewData = {
  data: {
    preview: { pseudonym: string; token: string; snapshot: { motivationScrubbed: string; skills: string[] }; replacements: { kind: string }[] } | null;
    changed: boolean;
  };
};

describe("a student applies anonymously", () => {
  const internshipId = "seed-int-org-01-1";
  const path = `/student/solliciteren/${internshipId}`;

  it("previews exactly what the employer sees, then sends it; the employer's mail names no one", async () => {
    const cookie = await cookieFor("student");
    const context = await applyLoader(loaderArgs(get(path, cookie), { internshipId }));
    expect(context.missing).toEqual([]);
    const preview = (await applyAction(
      loaderArgs(post(path, { intent: "preview", motivation: MOTIVATION, skills: ["HACCP", "Noa's geheime vaardigheid"] }, cookie), { internshipId }),
    )) as PreviewData;
    const p = preview.data.preview!;
    expect(p.pseudonym).toMatch(PSEUDONYM_PATTERN);
    expect(p.snapshot.motivationScrubbed).toBe(
      "Hallo, ik ben [naam] [naam] en ik wil graag bij jullie in de keuken leren werken. Bel me op [telefoon] of mail [e-mail], mijn werk staat op [link].",
    );
    // Only skills from the profile can be shown.
    expect(p.snapshot.skills).toEqual(["HACCP"]);
    expect(await db.application.count({ where: { internshipId, student: { user: { email: "student@stagepact.test" } } } })).toBe(0);

    // Changing the text after the preview shows the preview again instead of sending.
    const changed = (await applyAction(
      loaderArgs(post(path, { intent: "send", motivation: MOTIVATION + " Tot snel!", skills: ["HACCP"], pseudonym: p.pseudonym, token: p.token }, cookie), {
        internshipId,
      }),
    )) as PreviewData;
    expect(changed.data.changed).toBe(true);
    expect(await db.application.count({ where: { internshipId, student: { user: { email: "student@stagepact.test" } } } })).toBe(0);

    const sent = await applyAction(
      loaderArgs(
        post(path, { intent: "send", motivation: MOTIVATION, skills: ["HACCP", "Noa's geheime vaardigheid"], pseudonym: p.pseudonym, token: p.token }, cookie),
        { internshipId },
      ),
    );
    expect((sent as Response).status).toBe(302);
    const application = await db.application.findFirstOrThrow({
      where: { internshipId, student: { user: { email: "student@stagepact.test" } } },
      include: { history: true },
    });
    expect((sent as Response).headers.get("Location")).toBe(`/student/sollicitaties/${application.id}`);
    expect(application.pseudonym).toBe(p.pseudonym);
    expect(application.motivationScrubbed).toBe(p.snapshot.motivationScrubbed);
    expect(application.history.map((h) => h.toStatus)).toEqual(["submitted"]);

    const org = await db.organisation.findFirstOrThrow({ where: { name: "De Keuken van West" } });
    const orgMail = await db.outboundEmail.findFirstOrThrow({ where: { to: org.contactEmail } });
    for (const value of ["Noa", "Bakker", "student@stagepact.test", "06-12345678", "noa.bakker"]) expect(orgMail.subject + orgMail.text).not.toContain(value);
    expect(orgMail.text).toContain(application.pseudonym);
    const receipt = await db.outboundEmail.findFirstOrThrow({ where: { to: "student@stagepact.test" } });
    expect(receipt.text).toContain(application.pseudonym);

    // Applying twice leads to the existing application.
    expect(await statusOf(() => applyLoader(loaderArgs(get(path, cookie), { internshipId })))).toBe(302);
  });

  it("a made-up pseudonym is never accepted: the student gets a fresh preview", async () => {
    const cookie = await cookieFor("student");
    const id = "seed-int-org-01-2";
    const result = (await applyAction(
      loaderArgs(
        post(`/student/solliciteren/${id}`, { intent: "send", motivation: MOTIVATION, pseudonym: "Kandidaat AAAA-AAAA", token: "0".repeat(64) }, cookie),
        { internshipId: id },
      ),
    )) as PreviewData;
    expect(result.data.preview?.pseudonym).not.toBe("Kandidaat AAAA-AAAA");
    expect(await db.application.count({ where: { internshipId: id, pseudonym: "Kandidaat AAAA-AAAA" } })).toBe(0);
  });

  it("pseudonyms differ for every application of the same student", async () => {
    const cookie = await cookieFor("student");
    const seen = new Set<string>();
    for (const id of ["seed-int-org-02-1", "seed-int-org-03-1"]) {
      const preview = (await applyAction(
        loaderArgs(post(`/student/solliciteren/${id}`, { intent: "preview", motivation: MOTIVATION }, cookie), { internshipId: id }),
      )) as PreviewData;
      const p = preview.data.preview!;
      await applyAction(
        loaderArgs(post(`/student/solliciteren/${id}`, { intent: "send", motivation: MOTIVATION, pseudonym: p.pseudonym, token: p.token }, cookie), {
          internshipId: id,
        }),
      );
      seen.add(p.pseudonym);
    }
    const rows = await db.application.findMany({
      where: { internshipId: { in: ["seed-int-org-02-1", "seed-int-org-03-1"] }, student: { user: { email: "student@stagepact.test" } } },
    });
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.pseudonym)).size).toBe(2);
  });

  it("a draft internship cannot be applied to", async () => {
    const cookie = await cookieFor("student");
    expect(await statusOf(() => applyLoader(loaderArgs(get("/student/solliciteren/seed-int-org-01-4", cookie), { internshipId: "seed-int-org-01-4" })))).toBe(
      404,
    );
  });

  it("a too short motivation is refused next to the field, keeping the text", async () => {
    const cookie = await cookieFor("student");
    const id = "seed-int-org-01-3";
    const result = (await applyAction(
      loaderArgs(post(`/student/solliciteren/${id}`, { intent: "preview", motivation: "Kort." }, cookie), { internshipId: id }),
    )) as {
      data: { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
      init: { status: number };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.result.error.motivation).toEqual(["applications:errors.motivation_too_short"]);
    expect(result.data.result.initialValue.motivation).toBe("Kort.");
  });

  it("the profile keeps bad input and explains it", async () => {
    const cookie = await cookieFor("student");
    const result = (await profileAction(
      loaderArgs(post("/student/profiel", { firstName: "Noa", lastName: "Bakker", postcode: "99", availableHours: "60", schoolYear: "2" }, cookie)),
    )) as { data: { error: Record<string, string[]> }; init: { status: number } };
    expect(result.init.status).toBe(400);
    expect(result.data.error.postcode).toEqual(["validation:postcode_invalid"]);
    expect(result.data.error.availableHours).toEqual(["applications:errors.hours_range"]);
  });
});

describe("a student follows their own applications only", () => {
  it("cannot open or withdraw another student's application", async () => {
    const cookie = await cookieFor("student");
    expect(await statusOf(() => detailLoader(loaderArgs(get("/student/sollicitaties/seed-app-01", cookie), { applicationId: "seed-app-01" })))).toBe(404);
    expect(
      await statusOf(() =>
        withdrawAction(loaderArgs(post("/student/sollicitaties/seed-app-01", { intent: "withdraw" }, cookie), { applicationId: "seed-app-01" })),
      ),
    ).toBe(404);
    expect((await db.application.findUniqueOrThrow({ where: { id: "seed-app-01" } })).status).toBe("submitted");
  });

  it("sees the history and withdraws an open application", async () => {
    const cookie = await studentCookie("student2@stagepact.test");
    const before = await detailLoader(loaderArgs(get("/student/sollicitaties/seed-app-01", cookie), { applicationId: "seed-app-01" }));
    expect(before.application.canWithdraw).toBe(true);
    expect(
      await statusOf(() =>
        withdrawAction(
          loaderArgs(post("/student/sollicitaties/seed-app-01", { intent: "withdraw", confirm: "yes" }, cookie), { applicationId: "seed-app-01" }),
        ),
      ),
    ).toBe(302);
    const after = await detailLoader(loaderArgs(get("/student/sollicitaties/seed-app-01", cookie), { applicationId: "seed-app-01" }));
    expect(after.application.status).toBe("withdrawn");
    expect(after.application.history.map((h) => h.toStatus)).toEqual(["submitted", "withdrawn"]);
    expect(after.application.retainUntil).not.toBeNull();
  });
});

describe("reporting discrimination after a rejection", () => {
  it("takes one step and stores a report for the municipality of the internship", async () => {
    const cookie = await studentCookie("student5@stagepact.test");
    const student = await db.student.findFirstOrThrow({ where: { user: { email: "student5@stagepact.test" } } });
    const args = (form?: Record<string, string>) =>
      loaderArgs(
        form
          ? post("/student/sollicitaties/seed-app-04/discriminatie-melden", form, cookie)
          : get("/student/sollicitaties/seed-app-04/discriminatie-melden", cookie),
        {
          applicationId: "seed-app-04",
        },
      );
    const page = await reportLoader(args());
    expect(page.application.organisationName).toBe("De Keuken van West");
    expect(page.prefill).toContain(page.application.pseudonym);

    expect(await statusOf(() => reportAction(args({ description: "Ze wilden me niet." })))).toBe(400);
    const response = (await reportAction(args({ category: "origin", description: page.prefill + "Ik hoorde dat ze mijn naam lastig vonden." }))) as Response;
    expect(response.status).toBe(302);

    const internship = await db.internship.findUniqueOrThrow({ where: { id: "seed-int-org-01-2" } });
    const report = await db.report.findFirstOrThrow({ where: { applicationId: "seed-app-04" } });
    expect(report).toMatchObject({
      type: "discrimination",
      category: "origin",
      municipalityId: internship.municipalityId,
      organisationId: internship.organisationId,
      internshipId: internship.id,
      studentId: student.id,
      status: "new",
      reporterKey: createHmac("sha256", sessionSecret).update(`student:${student.id}`).digest("hex"),
    });
    expect(normaliseReference(report.reference)).toBe(report.reference);
    expect(report.reporterKey).not.toContain(student.id);

    // Once is enough: the page now leads back to the application, which shows the reference.
    expect(await statusOf(() => reportLoader(args()))).toBe(302);
    const detail = await detailLoader(loaderArgs(get("/student/sollicitaties/seed-app-04", cookie), { applicationId: "seed-app-04" }));
    expect(detail.application.reports[0].reference).toBe(report.reference);
  });

  it("is not offered for an application that was not rejected, nor for someone else's", async () => {
    const own = await studentCookie("student3@stagepact.test");
    expect(await statusOf(() => reportLoader(loaderArgs(get("/x", own), { applicationId: "seed-app-06" })))).toBe(404);
    expect(await statusOf(() => reportLoader(loaderArgs(get("/x", own), { applicationId: "seed-app-04" })))).toBe(404);
    expect(
      await statusOf(() =>
        reportAction(loaderArgs(post("/x", { category: "age", description: "Dit is niet mijn sollicitatie." }, own), { applicationId: "seed-app-04" })),
      ),
    ).toBe(404);
  });
});
