import {
  studentIdentity,
  toEmployerView,
  type AnonymousApplicationFields,
  type ApplicationRecord,
  type EmployerApplicationView,
  type StudentIdentity,
} from "~/domain/anonymisation";
import {
  allowedActions,
  isApplicationState,
  isOverdue,
  retentionDeadline,
  transitionApplication,
  UNANSWERED_APPLICATION_STATES,
  type ApplicationAction,
  type ApplicationState,
} from "~/domain/applications";
import { mailStudentAccepted, mailStudentInvited, mailStudentRejected } from "~/services/applications/applications-mail.server";
import { ApplicationNotFoundError, applyTransition } from "~/services/applications/applications-student.server";
import { parseStoredSkills } from "~/services/students/student-profile.server";
import { writeAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

// The employer's side (DESIGN §3.3). Every query is scoped by the organisation the
// employer acts for; another organisation's application is simply "not found".
// Identity is read from the database only for applications past invitation, and
// everything leaves through toEmployerView.

// What may be read before invitation: never the student relation.
const anonymousSelect = {
  id: true,
  pseudonym: true,
  status: true,
  submittedAt: true,
  qualificationName: true,
  crebo: true,
  level: true,
  schoolYear: true,
  availableFrom: true,
  availableHours: true,
  skillsShown: true,
  motivationScrubbed: true,
  identityRevealedAt: true,
  anonymisedAt: true,
  studentId: true,
} as const;

type AnonymousRow = Omit<AnonymousApplicationFields, "skills"> & {
  skillsShown: string;
  identityRevealedAt: Date | null;
  anonymisedAt: Date | null;
  studentId: string | null;
};

function isRevealed(row: AnonymousRow) {
  return row.identityRevealedAt !== null && row.anonymisedAt === null && row.studentId !== null;
}

function toRecord(row: AnonymousRow, identity?: StudentIdentity): ApplicationRecord {
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    status: row.status,
    submittedAt: row.submittedAt,
    qualificationName: row.qualificationName,
    crebo: row.crebo,
    level: row.level,
    schoolYear: row.schoolYear,
    availableFrom: row.availableFrom,
    availableHours: row.availableHours,
    skills: parseStoredSkills(row.skillsShown),
    motivationScrubbed: row.motivationScrubbed,
    ...identity,
  };
}

async function identityOf(studentId: string): Promise<StudentIdentity | undefined> {
  const student = await db.student.findUnique({ where: { id: studentId }, include: { user: { select: { email: true } } } });
  if (!student) return undefined;
  return studentIdentity(student, student.user.email);
}

async function viewOf(row: AnonymousRow): Promise<EmployerApplicationView> {
  if (isRevealed(row)) {
    const identity = await identityOf(row.studentId!);
    if (identity) return toEmployerView(toRecord(row, identity), { revealed: true });
  }
  return toEmployerView(toRecord(row), { revealed: false });
}

/** Serialisable form for loaders and the API (dates as ISO strings). */
export function serialiseView(view: EmployerApplicationView) {
  const base = {
    ...view,
    submittedAt: view.submittedAt.toISOString(),
    availableFrom: view.availableFrom?.toISOString() ?? null,
  };
  if (!view.revealed) return base;
  return { ...base, dateOfBirth: view.dateOfBirth?.toISOString() ?? null };
}

const VISIBLE_TO_EMPLOYER = { not: "withdrawn" } as const;

/** The organisation's internships with the number of applications per state (withdrawn ones left out). */
export async function listInternshipsWithApplications(organisationId: string, now = new Date()) {
  const [internships, counts, overdue] = await Promise.all([
    db.internship.findMany({
      where: { organisationId },
      select: { id: true, title: true, status: true, publishedAt: true },
      orderBy: [{ status: "asc" }, { title: "asc" }],
    }),
    db.application.groupBy({
      by: ["internshipId", "status"],
      where: { internship: { organisationId }, status: VISIBLE_TO_EMPLOYER },
      _count: { _all: true },
    }),
    // Past the answer deadline and still not invited or rejected (DESIGN §3.3).
    db.application.groupBy({
      by: ["internshipId"],
      where: { internship: { organisationId }, status: { in: [...UNANSWERED_APPLICATION_STATES] }, respondBy: { lte: now } },
      _count: { _all: true },
    }),
  ]);
  return internships.map((i) => {
    const mine = counts.filter((c) => c.internshipId === i.id);
    const count = (states: string[]) => mine.filter((c) => states.includes(c.status)).reduce((n, c) => n + c._count._all, 0);
    return {
      id: i.id,
      title: i.title,
      status: i.status,
      total: count(["submitted", "in_review", "invited", "accepted", "rejected"]),
      open: count(["submitted", "in_review"]),
      invited: count(["invited", "accepted"]),
      overdue: overdue.find((o) => o.internshipId === i.id)?._count._all ?? 0,
    };
  });
}

export async function listApplicationsForInternship(organisationId: string, internshipId: string, now = new Date()) {
  const internship = await db.internship.findFirst({ where: { id: internshipId, organisationId }, select: { id: true, title: true, status: true } });
  if (!internship) return null;
  const rows = await db.application.findMany({
    where: { internshipId, internship: { organisationId }, status: VISIBLE_TO_EMPLOYER },
    orderBy: { submittedAt: "asc" },
    select: { ...anonymousSelect, respondBy: true },
  });
  const views = await Promise.all(rows.map(viewOf));
  return {
    internship,
    applications: views.map((view, n) => ({ ...serialiseView(view), ...deadlineOf(rows[n], now) })),
  };
}

/** The answer deadline as the employer sees it: when, and whether it has passed without an answer. */
function deadlineOf(row: { status: string; respondBy: Date | null }, now: Date) {
  const overdue = row.respondBy !== null && isApplicationState(row.status) && isOverdue(row.status, row.respondBy, now);
  return { respondBy: row.respondBy?.toISOString() ?? null, overdue };
}

/** Every application of the organisation, as the JSON API returns it. */
export async function listApplicationsForOrganisation(organisationId: string) {
  const rows = await db.application.findMany({
    where: { internship: { organisationId }, status: VISIBLE_TO_EMPLOYER },
    orderBy: { submittedAt: "asc" },
    select: { ...anonymousSelect, internshipId: true },
  });
  return Promise.all(rows.map(async (row) => ({ internshipId: row.internshipId, ...serialiseView(await viewOf(row)) })));
}

export async function getApplicationForEmployer(organisationId: string, applicationId: string) {
  const row = await db.application.findFirst({
    where: { id: applicationId, internship: { organisationId }, status: VISIBLE_TO_EMPLOYER },
    select: {
      ...anonymousSelect,
      rejectionReason: true,
      rejectionText: true,
      respondBy: true,
      internship: { select: { id: true, title: true } },
      history: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, reason: true, actorRole: true, createdAt: true } },
    },
  });
  if (!row) return null;
  const state: ApplicationState = isApplicationState(row.status) ? row.status : "submitted";
  const reveals = await db.auditLog.findMany({
    where: { entityType: "application", entityId: row.id, action: "application.identity_reveal", organisationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true, actor: { select: { name: true } } },
  });
  return {
    view: serialiseView(await viewOf(row)),
    internship: row.internship,
    rejectionReason: row.rejectionReason,
    rejectionText: row.rejectionText,
    ...deadlineOf(row, new Date()),
    actions: allowedActions(state, "employer"),
    history: row.history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
    reveals: reveals.map((r) => ({ id: r.id, at: r.createdAt.toISOString(), by: r.actor?.name ?? null })),
  };
}

export type Decision = { action: Exclude<ApplicationAction, "withdraw">; reason?: string; reasonText?: string | null };

/**
 * Moves an application on for the employer: review, invite (reveals the identity
 * to this organisation only, with an audit entry), accept or reject (with a reason).
 */
/**
 * Checks a decision the way decideApplication would, writing nothing: the confirmation
 * step offers only what can still be done, with the reasons already validated.
 */
export async function checkDecision(organisationId: string, applicationId: string, decision: Decision) {
  const application = await db.application.findFirst({
    where: { id: applicationId, internship: { organisationId }, status: VISIBLE_TO_EMPLOYER },
    select: { status: true },
  });
  if (!application || !isApplicationState(application.status)) throw new ApplicationNotFoundError();
  return transitionApplication(application.status, decision.action, "employer", { reason: decision.reason, reasonText: decision.reasonText });
}

export async function decideApplication(organisationId: string, actorUserId: string, applicationId: string, decision: Decision, now = new Date()) {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, internship: { organisationId }, status: VISIBLE_TO_EMPLOYER },
      select: {
        id: true,
        status: true,
        pseudonym: true,
        internship: {
          select: {
            title: true,
            municipalityId: true,
            organisation: { select: { name: true, contactName: true, contactEmail: true, contactPhone: true } },
          },
        },
        student: { select: { retentionConsent: true, user: { select: { email: true, locale: true } } } },
      },
    });
    if (!application || !isApplicationState(application.status)) throw new ApplicationNotFoundError();
    const result = transitionApplication(application.status, decision.action, "employer", { reason: decision.reason, reasonText: decision.reasonText });
    const data: Record<string, unknown> = {};
    if (result.revealsIdentity) {
      data.invitedAt = now;
      data.identityRevealedAt = now;
    }
    if (result.closes) {
      data.closedAt = now;
      data.retainUntil = retentionDeadline(now, application.student?.retentionConsent ?? false);
    }
    if (result.rejection) {
      data.rejectionReason = result.rejection.reason;
      data.rejectionText = result.rejection.text;
    }
    await applyTransition(tx, application.id, application.status, result.next, "employer", now, data, result.rejection?.reason ?? null);

    const audit = {
      actorId: actorUserId,
      entityType: "application",
      entityId: application.id,
      organisationId,
      municipalityId: application.internship.municipalityId,
    };
    if (result.revealsIdentity) {
      await writeAudit(tx, { ...audit, action: "application.identity_reveal", details: { pseudonym: application.pseudonym, at: now.toISOString() } });
    } else if (decision.action !== "review") {
      await writeAudit(tx, {
        ...audit,
        action: `application.${decision.action}`,
        details: { pseudonym: application.pseudonym, reason: result.rejection?.reason },
      });
    }

    const student = application.student;
    if (!student) return { next: result.next };
    const mail = {
      to: student.user.email,
      locale: student.user.locale,
      internshipTitle: application.internship.title,
      organisationName: application.internship.organisation.name,
      applicationId: application.id,
    };
    if (result.revealsIdentity) {
      const org = application.internship.organisation;
      await mailStudentInvited(tx, { ...mail, contactName: org.contactName, contactEmail: org.contactEmail, contactPhone: org.contactPhone });
    } else if (result.rejection) {
      await mailStudentRejected(tx, { ...mail, reason: result.rejection.reason, reasonText: result.rejection.text });
    } else if (decision.action === "accept") {
      await mailStudentAccepted(tx, mail);
    }
    return { next: result.next };
  });
}
