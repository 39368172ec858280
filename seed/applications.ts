import { createHash } from "node:crypto";
import { makePseudonym } from "../app/domain/anonymisation";
import { responseDeadline, retentionDeadline } from "../app/domain/applications";
import type { PrismaClient } from "../app/generated/prisma/client";

// Demo applications in every state, for student2…student6. student@stagepact.test has
// none at De Keuken van West, so the browser journeys can apply there fresh.
// Idempotent: fixed ids, and an application that exists is left alone.

const DAY = 86_400_000;
const SEED_NOW = new Date("2026-11-01T09:00:00Z");
/** The municipalities' default answer period (Municipality.responsePeriodDays). */
const RESPONSE_PERIOD_DAYS = 10;
const daysAgo = (n: number) => new Date(SEED_NOW.getTime() - n * DAY);

type State = "submitted" | "in_review" | "invited" | "accepted" | "rejected" | "withdrawn";

type SeedApplication = {
  id: string;
  student: string;
  internship: string;
  status: State;
  // The status path after "submitted", with days ago for each step.
  path: { to: State; daysAgo: number; actor: "student" | "employer" }[];
  submittedDaysAgo: number;
  motivation: string;
  rejection?: { reason: string; text?: string };
};

const APPLICATIONS: SeedApplication[] = [
  {
    id: "seed-app-01",
    student: "student2@stagepact.test",
    internship: "seed-int-org-01-1",
    status: "submitted",
    submittedDaysAgo: 2,
    path: [],
    motivation:
      "Ik ben [naam] en ik kook thuis elke dag voor mijn familie. In de keuken wil ik leren werken onder tijdsdruk en met verse producten. Bel me gerust op [telefoon].",
  },
  {
    id: "seed-app-02",
    student: "student3@stagepact.test",
    internship: "seed-int-org-01-1",
    status: "in_review",
    submittedDaysAgo: 6,
    path: [{ to: "in_review", daysAgo: 4, actor: "employer" }],
    motivation: "Ik werk graag met mensen en wil naast de zorg ook de horeca leren kennen. Ik ben betrouwbaar, kom op tijd en leer snel van feedback.",
  },
  {
    id: "seed-app-03",
    student: "student4@stagepact.test",
    internship: "seed-int-org-01-2",
    status: "invited",
    submittedDaysAgo: 12,
    path: [
      { to: "in_review", daysAgo: 10, actor: "employer" },
      { to: "invited", daysAgo: 8, actor: "employer" },
    ],
    motivation:
      "Na een bijbaan in een magazijn wil ik de bediening in. Ik ben sterk in plannen en overzicht houden als het druk is. Mijn portfolio staat op [link].",
  },
  {
    id: "seed-app-04",
    student: "student5@stagepact.test",
    internship: "seed-int-org-01-2",
    status: "rejected",
    submittedDaysAgo: 14,
    path: [{ to: "rejected", daysAgo: 9, actor: "employer" }],
    rejection: { reason: "another_candidate" },
    motivation: "Ik wil graag ervaring opdoen in een echte restaurantkeuken. Ik heb al gewerkt met kinderen en kan goed rust bewaren. Mail me via [e-mail].",
  },
  {
    id: "seed-app-05",
    student: "student6@stagepact.test",
    internship: "seed-int-org-01-3",
    status: "withdrawn",
    submittedDaysAgo: 20,
    path: [{ to: "withdrawn", daysAgo: 15, actor: "student" }],
    motivation: "Ik wil mijn klantcontact verbeteren en denk dat een stage in de horeca daarbij helpt. Ik ben flexibel in mijn uren.",
  },
  {
    id: "seed-app-06",
    student: "student3@stagepact.test",
    internship: "seed-int-org-02-1",
    status: "accepted",
    submittedDaysAgo: 40,
    path: [
      { to: "in_review", daysAgo: 38, actor: "employer" },
      { to: "invited", daysAgo: 35, actor: "employer" },
      { to: "accepted", daysAgo: 30, actor: "employer" },
    ],
    motivation: "Persoonlijke verzorging en rapporteren doe ik al in mijn opleiding; bij jullie wil ik leren werken in een team op een afdeling met ouderen.",
  },
  {
    id: "seed-app-07",
    student: "student6@stagepact.test",
    internship: "seed-int-org-02-2",
    status: "rejected",
    submittedDaysAgo: 25,
    path: [
      { to: "in_review", daysAgo: 24, actor: "employer" },
      { to: "rejected", daysAgo: 21, actor: "employer" },
    ],
    rejection: { reason: "other", text: "We zoeken iemand die ook in het weekend kan werken." },
    motivation: "Ik wil ervaring opdoen met ICT in de zorg: de systemen op een afdeling beheren en collega's helpen met hun vragen.",
  },
];

export async function seedApplications(db: PrismaClient): Promise<void> {
  const employer = await db.user.findUnique({ where: { email: "werkgever@dekeukenvanwest.test" }, select: { id: true } });
  const noorderlicht = await db.user.findUnique({ where: { email: "werkgever@noorderlicht.test" }, select: { id: true } });
  for (const seedApp of APPLICATIONS) {
    if (await db.application.findUnique({ where: { id: seedApp.id }, select: { id: true } })) continue;
    const [student, internship] = await Promise.all([
      db.student.findFirst({
        where: { user: { email: seedApp.student } },
        include: { qualification: { select: { nameNl: true, crebo: true } } },
      }),
      db.internship.findUnique({ where: { id: seedApp.internship }, select: { id: true, organisationId: true, municipalityId: true } }),
    ]);
    if (!student || !internship) continue;
    const submittedAt = daysAgo(seedApp.submittedDaysAgo);
    const invitedStep = seedApp.path.find((p) => p.to === "invited");
    const last = seedApp.path.at(-1);
    const closedAt = ["accepted", "rejected", "withdrawn"].includes(seedApp.status) && last ? daysAgo(last.daysAgo) : null;
    // Stable per seed row (so the seed stays idempotent) yet as unrelated as real ones.
    const pseudonym = makePseudonym(new Uint8Array(createHash("sha256").update(`stagepact-seed:${seedApp.id}`).digest()));
    const skills = (JSON.parse(student.skills) as string[]).slice(0, 2);
    let previous: State = "submitted";
    const history = [{ fromStatus: null as string | null, toStatus: "submitted", actorRole: "student", createdAt: submittedAt, reason: null as string | null }];
    for (const step of seedApp.path) {
      history.push({
        fromStatus: previous,
        toStatus: step.to,
        actorRole: step.actor,
        createdAt: daysAgo(step.daysAgo),
        reason: step.to === "rejected" ? (seedApp.rejection?.reason ?? null) : null,
      });
      previous = step.to;
    }
    await db.application.create({
      data: {
        id: seedApp.id,
        internshipId: internship.id,
        studentId: student.id,
        pseudonym,
        status: seedApp.status,
        motivationScrubbed: seedApp.motivation,
        skillsShown: JSON.stringify(skills),
        qualificationName: student.qualification?.nameNl ?? null,
        crebo: student.qualification?.crebo ?? null,
        level: student.level,
        schoolYear: student.schoolYear,
        availableFrom: student.availableFrom,
        availableHours: student.availableHours,
        rejectionReason: seedApp.rejection?.reason ?? null,
        rejectionText: seedApp.rejection?.text ?? null,
        submittedAt,
        // The answer clock of an open seeded application starts on the day the seed runs:
        // dated from the seed's fixed clock it would be weeks overdue on any later day, and
        // the response job would close it within minutes of starting the server.
        respondBy: ["submitted", "in_review"].includes(seedApp.status) ? responseDeadline(new Date(), RESPONSE_PERIOD_DAYS) : null,
        invitedAt: invitedStep ? daysAgo(invitedStep.daysAgo) : null,
        identityRevealedAt: invitedStep ? daysAgo(invitedStep.daysAgo) : null,
        closedAt,
        retainUntil: closedAt ? retentionDeadline(closedAt, student.retentionConsent) : null,
        createdAt: submittedAt,
        history: { create: history },
      },
    });
    if (invitedStep) {
      const actor = internship.organisationId && seedApp.internship.startsWith("seed-int-org-01") ? employer : noorderlicht;
      await db.auditLog.create({
        data: {
          actorId: actor?.id ?? null,
          action: "application.identity_reveal",
          entityType: "application",
          entityId: seedApp.id,
          organisationId: internship.organisationId,
          municipalityId: internship.municipalityId,
          details: JSON.stringify({ pseudonym }),
          createdAt: daysAgo(invitedStep.daysAgo),
        },
      });
    }
  }
}
