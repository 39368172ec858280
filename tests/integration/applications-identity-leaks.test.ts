import { describe, expect, it } from "vitest";
import { action as applyAction } from "~/routes/student/applications/apply";
import { loader as employerDetailLoader } from "~/routes/employer/applications/detail";
import { loader as employerInternshipLoader } from "~/routes/employer/applications/internship";
import { submitApplication } from "~/services/applications/applying.server";
import { db } from "~/utils/db.server";
import { cookieFor, get, loaderArgs, post } from "../helpers/requests";

// Contact details typed where the scrubber used to look away (a profile skill),
// and passages about age, school and origin that the preview points out.

const STUDENT_EMAIL = "student@stagepact.test";

type PreviewData = {
  data: {
    result: { initialValue?: Record<string, unknown> };
    preview: {
      pseudonym: string;
      token: string;
      snapshot: { motivationScrubbed: string; skills: string[] };
      identityHints: { kind: string; start: number; end: number; text: string }[];
    } | null;
  };
};

const LEAKY_SKILLS = ["HACCP", "noa.bakker@gmail.com", "06 12 34 56 78", "bel nul zes een twee drie vier vijf zes zeven acht", "insta: noa_bakt"];

describe("skills typed with contact details", () => {
  it("reach the employer only as markers, before the invitation", async () => {
    const student = await db.student.update({
      where: { id: (await db.student.findFirstOrThrow({ where: { user: { email: STUDENT_EMAIL } } })).id },
      data: { skills: JSON.stringify(LEAKY_SKILLS) },
    });
    const internshipId = "seed-int-org-01-1";
    const application = await submitApplication(
      student.id,
      internshipId,
      { motivation: "Ik wil graag in een professionele keuken leren werken en mijn vak verbeteren.", skills: LEAKY_SKILLS },
      "Kandidaat QQQQ-RRRR",
    );

    const stored = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(JSON.parse(stored.skillsShown)).toEqual(["HACCP", "[e-mail]", "[telefoon]", "bel [telefoon]", "insta: [link]"]);

    const employer = await cookieFor("employer");
    const detail = await employerDetailLoader(loaderArgs(get(`/werkgever/sollicitaties/${application.id}`, employer), { applicationId: application.id }));
    const list = await employerInternshipLoader(loaderArgs(get(`/werkgever/sollicitaties/stage/${internshipId}`, employer), { internshipId }));
    expect(detail.view.skills).toEqual(["HACCP", "[e-mail]", "[telefoon]", "bel [telefoon]", "insta: [link]"]);
    for (const json of [JSON.stringify(detail), JSON.stringify(list)]) {
      for (const leaked of ["noa.bakker@gmail", "06 12 34 56 78", "nul zes een", "noa_bakt"]) expect(json).not.toContain(leaked);
    }
  });
});

describe("the preview points out age, school and origin", () => {
  const internshipId = "seed-int-org-01-2";
  const path = `/student/solliciteren/${internshipId}`;
  const motivation = "Ik ben 17 jaar en zit op het ROC van Amsterdam. Mijn ouders komen uit Turkije. Ik wil graag leren koken in een echte keuken.";

  it("marks the passages, keeps the text as typed and still lets the student send", async () => {
    const cookie = await cookieFor("student");
    const previewed = (await applyAction(
      loaderArgs(post(path, { intent: "preview", motivation, skills: ["HACCP"] }, cookie), { internshipId }),
    )) as PreviewData;
    const preview = previewed.data.preview!;
    expect(preview.identityHints.map((h) => [h.kind, h.text])).toEqual([
      ["age", "Ik ben 17 jaar"],
      ["school", "ROC van Amsterdam"],
      ["origin", "Mijn ouders komen uit Turkije"],
    ]);
    for (const h of preview.identityHints) expect(preview.snapshot.motivationScrubbed.slice(h.start, h.end)).toBe(h.text);
    // A hint, not a scrub: the employer's text is unchanged and the form keeps what was typed.
    expect(preview.snapshot.motivationScrubbed).toBe(motivation);
    expect(previewed.data.result.initialValue?.motivation).toBe(motivation);

    const sent = await applyAction(
      loaderArgs(post(path, { intent: "send", motivation, skills: ["HACCP"], pseudonym: preview.pseudonym, token: preview.token }, cookie), { internshipId }),
    );
    expect((sent as Response).status).toBe(302);
  });

  it("finds nothing to point out in a motivation that only talks about the work", async () => {
    const cookie = await cookieFor("student");
    const previewed = (await applyAction(
      loaderArgs(
        post(
          "/student/solliciteren/seed-int-org-01-3",
          { intent: "preview", motivation: "Ik werk al 3 jaar in een keuken en ben 20 uur per week beschikbaar, graag at home bereikbaar.", skills: [] },
          cookie,
        ),
        { internshipId: "seed-int-org-01-3" },
      ),
    )) as PreviewData;
    expect(previewed.data.preview!.identityHints).toEqual([]);
  });
});

describe("applications sent before today's scrubbing rules", () => {
  it("are scrubbed again by the rescrub job until the invitation, and a second run changes nothing", async () => {
    const open = await db.application.findFirstOrThrow({ where: { status: { in: ["submitted", "in_review"] }, studentId: { not: null } } });
    const invited = await db.application.findFirstOrThrow({ where: { status: "invited", studentId: { not: null } } });
    const leaky = JSON.stringify(["Excel", "jan apenstaartje gmail punt com", "06 12 34 56 78"]);
    const leakyMotivation = "Bel me op nul zes een twee drie vier vijf zes zeven acht.";
    await db.application.update({ where: { id: open.id }, data: { skillsShown: leaky, motivationScrubbed: leakyMotivation } });
    await db.application.update({ where: { id: invited.id }, data: { skillsShown: leaky } });
    const { jobs } = await import("~/jobs/registry.server");
    const job = jobs.find((j) => j.name === "rescrub-application-snapshots")!;
    const first = (await job.run({ now: new Date() })) as { changed: number };
    expect(first.changed).toBeGreaterThanOrEqual(1);
    const after = await db.application.findUniqueOrThrow({ where: { id: open.id } });
    const skills = JSON.parse(after.skillsShown) as string[];
    expect(skills[0]).toBe("Excel");
    expect(after.skillsShown).not.toContain("gmail");
    expect(after.skillsShown).not.toMatch(/06 12/);
    expect(after.motivationScrubbed).not.toContain("nul zes");
    // The invited employer already sees the identity: the job leaves that application alone.
    expect((await db.application.findUniqueOrThrow({ where: { id: invited.id } })).skillsShown).toBe(leaky);
    expect(((await job.run({ now: new Date() })) as { changed: number }).changed).toBe(0);
  });
});
