import { allowedActions, isApplicationState, retentionDeadline, transitionApplication, type ApplicationState } from "~/domain/applications";
import { applicableTravelHint, travelHintSelect } from "~/services/pay-code/travel-hint.server";
import { db, type Tx } from "~/utils/db.server";
import { parseStoredSkills } from "~/services/students/student-profile.server";

// The student's applications (DESIGN §3.3): following them and withdrawing. Every query is
// scoped by studentId.

export class ApplicationNotFoundError extends Error {}

export async function listStudentApplications(studentId: string) {
  const rows = await db.application.findMany({
    where: { studentId },
    orderBy: { submittedAt: "desc" },
    select: {
      id: true,
      pseudonym: true,
      status: true,
      submittedAt: true,
      updatedAt: true,
      internship: { select: { id: true, title: true, organisation: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    pseudonym: r.pseudonym,
    status: r.status,
    submittedAt: r.submittedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    internshipId: r.internship.id,
    internshipTitle: r.internship.title,
    organisationName: r.internship.organisation.name,
  }));
}

export async function getStudentApplication(studentId: string, applicationId: string) {
  const row = await db.application.findFirst({
    where: { id: applicationId, studentId },
    include: {
      internship: {
        select: {
          id: true,
          title: true,
          status: true,
          municipalityId: true,
          monthlyAllowance: true,
          municipality: { select: { travelCostHint: { select: travelHintSelect } } },
          organisation: { select: { id: true, name: true, contactName: true, contactEmail: true, contactPhone: true } },
        },
      },
      history: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, reason: true, actorRole: true, createdAt: true } },
      reports: { where: { studentId }, select: { id: true, reference: true, category: true, status: true, createdAt: true } },
    },
  });
  if (!row) return null;
  const state: ApplicationState = isApplicationState(row.status) ? row.status : "submitted";
  const revealed = row.identityRevealedAt !== null;
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    status: state,
    submittedAt: row.submittedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    retainUntil: row.retainUntil?.toISOString() ?? null,
    respondBy: row.respondBy?.toISOString() ?? null,
    identityRevealedAt: row.identityRevealedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    rejectionText: row.rejectionText,
    motivationScrubbed: row.motivationScrubbed,
    skills: parseStoredSkills(row.skillsShown),
    qualificationName: row.qualificationName,
    level: row.level,
    schoolYear: row.schoolYear,
    availableFrom: row.availableFrom?.toISOString() ?? null,
    availableHours: row.availableHours,
    internship: {
      id: row.internship.id,
      title: row.internship.title,
      published: row.internship.status === "published",
      monthlyAllowance: row.internship.monthlyAllowance,
      travelHint: applicableTravelHint(row.internship.municipality.travelCostHint, row.internship.monthlyAllowance),
    },
    organisation: {
      id: row.internship.organisation.id,
      name: row.internship.organisation.name,
      // The employer's contact details reach the student once the employer invited them.
      contact: revealed
        ? {
            name: row.internship.organisation.contactName,
            email: row.internship.organisation.contactEmail,
            phone: row.internship.organisation.contactPhone,
          }
        : null,
    },
    history: row.history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
    reports: row.reports.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    canWithdraw: allowedActions(state, "student").includes("withdraw"),
    canReport: state === "rejected" && row.reports.length === 0,
  };
}

/** Checks that the student may still withdraw, writing nothing (the confirmation step). */
export async function checkWithdrawal(studentId: string, applicationId: string) {
  const application = await db.application.findFirst({ where: { id: applicationId, studentId }, select: { status: true } });
  if (!application || !isApplicationState(application.status)) throw new ApplicationNotFoundError();
  transitionApplication(application.status, "withdraw", "student");
}

export async function withdrawApplication(studentId: string, applicationId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, studentId },
      select: { id: true, status: true, student: { select: { retentionConsent: true } } },
    });
    if (!application || !isApplicationState(application.status)) throw new ApplicationNotFoundError();
    const result = transitionApplication(application.status, "withdraw", "student");
    await applyTransition(tx, application.id, application.status, result.next, "student", now, {
      closedAt: now,
      retainUntil: retentionDeadline(now, application.student?.retentionConsent ?? false),
    });
  });
}

/** Writes a status change guarded by the state it was read in, so two clicks cannot both win. */
export async function applyTransition(
  tx: Tx,
  applicationId: string,
  from: ApplicationState,
  to: ApplicationState,
  actorRole: "student" | "employer" | "system",
  now: Date,
  data: Record<string, unknown> = {},
  reason: string | null = null,
) {
  const { count } = await tx.application.updateMany({ where: { id: applicationId, status: from }, data: { ...data, status: to } });
  if (count !== 1) throw new ApplicationNotFoundError();
  await tx.applicationStatusChange.create({ data: { applicationId, fromStatus: from, toStatus: to, actorRole, reason, createdAt: now } });
}
