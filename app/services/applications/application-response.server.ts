import {
  closeWithoutResponseAt,
  dueResponseReminder,
  isApplicationState,
  isDueForClosing,
  responseDeadline,
  responseStats,
  retentionDeadline,
  statsWindowStart,
  transitionApplication,
  UNANSWERED_APPLICATION_STATES,
  type ResponseRecord,
  type ResponseStats,
} from "~/domain/applications";
import { mailOrganisationResponseReminder, mailStudentClosedWithoutResponse } from "~/services/applications/applications-mail.server";
import { applyTransition } from "~/services/applications/applications-student.server";
import { writeAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";

// Hearing back (DESIGN §3.3; rules in domain/applications/response.ts). The
// application-response job stores missing deadlines, reminds the organisation at half
// time and at the deadline (once each), and closes applications nobody answered two
// weeks after the deadline, telling the student and starting the retention clock.

const UNANSWERED = [...UNANSWERED_APPLICATION_STATES];

export async function runApplicationResponses(now: Date) {
  const summary = { deadlinesSet: 0, reminders: 0, closed: 0 };
  // Applications from before response periods existed get a deadline from their submission.
  const missing = await db.application.findMany({
    where: { status: { in: UNANSWERED }, respondBy: null },
    select: { id: true, submittedAt: true, internship: { select: { municipality: { select: { responsePeriodDays: true } } } } },
  });
  for (const a of missing) {
    const { count } = await db.application.updateMany({
      where: { id: a.id, respondBy: null },
      data: { respondBy: responseDeadline(a.submittedAt, a.internship.municipality.responsePeriodDays) },
    });
    summary.deadlinesSet += count;
  }

  const open = await db.application.findMany({
    where: { status: { in: UNANSWERED }, respondBy: { not: null }, anonymisedAt: null },
    select: { id: true, status: true, submittedAt: true, respondBy: true, responseReminders: true },
  });
  for (const a of open) {
    if (!isApplicationState(a.status) || !a.respondBy) continue;
    if (isDueForClosing(a.status, a.respondBy, now)) {
      if (await closeWithoutResponse(a.id, now)) summary.closed += 1;
      continue;
    }
    const due = dueResponseReminder(a.status, a.submittedAt, a.respondBy, a.responseReminders, now);
    if (due && (await sendReminder(a.id, a.responseReminders, due, a.respondBy))) summary.reminders += 1;
  }
  return summary;
}

async function sendReminder(applicationId: string, sent: number, due: { reminder: "half_time" | "deadline"; sentAfter: number }, respondBy: Date) {
  return db.$transaction(async (tx) => {
    // Guarded by the count read: two servers running the job at once send it once.
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, responseReminders: sent, status: { in: UNANSWERED } },
      data: { responseReminders: due.sentAfter },
    });
    if (count !== 1) return false;
    const a = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { pseudonym: true, internship: { select: { title: true, organisation: { select: { name: true, contactEmail: true } } } } },
    });
    await mailOrganisationResponseReminder(tx, {
      to: a.internship.organisation.contactEmail,
      reminder: due.reminder,
      organisationName: a.internship.organisation.name,
      internshipTitle: a.internship.title,
      pseudonym: a.pseudonym,
      applicationId,
      respondBy,
      closeAt: closeWithoutResponseAt(respondBy),
    });
    return true;
  });
}

async function closeWithoutResponse(applicationId: string, now: Date) {
  return db.$transaction(async (tx) => {
    const a = await tx.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: {
        id: true,
        status: true,
        pseudonym: true,
        respondBy: true,
        internship: { select: { title: true, municipalityId: true, organisationId: true, organisation: { select: { name: true } } } },
        student: { select: { retentionConsent: true, user: { select: { email: true, locale: true } } } },
      },
    });
    if (!isApplicationState(a.status) || !a.respondBy || !isDueForClosing(a.status, a.respondBy, now)) return false;
    const result = transitionApplication(a.status, "close_unanswered", "system");
    // The same as every other closing: closedAt and the retention deadline start the clock.
    // applyTransition is guarded by the state read, so a concurrent answer wins or this does.
    await applyTransition(tx, a.id, a.status, result.next, "system", now, {
      closedAt: now,
      retainUntil: retentionDeadline(now, a.student?.retentionConsent ?? false),
    });
    await writeAudit(tx, {
      actorId: null,
      action: "application.closed_without_response",
      entityType: "application",
      entityId: a.id,
      organisationId: a.internship.organisationId,
      municipalityId: a.internship.municipalityId,
      details: { pseudonym: a.pseudonym, respondBy: a.respondBy.toISOString() },
    });
    if (a.student) {
      await mailStudentClosedWithoutResponse(tx, {
        to: a.student.user.email,
        locale: a.student.user.locale,
        internshipTitle: a.internship.title,
        organisationName: a.internship.organisation.name,
        applicationId: a.id,
      });
    }
    return true;
  });
}

// ───────────────────────── responsiveness ─────────────────────────

type Row = { status: string; submittedAt: Date; respondBy: Date | null; invitedAt: Date | null; closedAt: Date | null };

function toRecord(r: Row, periodDays: number): ResponseRecord | null {
  if (!isApplicationState(r.status)) return null;
  // An invitation is the first answer; a rejection without one is answered when it closed.
  const answeredAt = r.invitedAt ?? (r.status === "rejected" ? r.closedAt : null);
  return { state: r.status, submittedAt: r.submittedAt, respondBy: r.respondBy ?? responseDeadline(r.submittedAt, periodDays), answeredAt };
}

const STATS_SELECT = {
  status: true,
  submittedAt: true,
  respondBy: true,
  invitedAt: true,
  closedAt: true,
  internship: { select: { organisationId: true, municipality: { select: { responsePeriodDays: true } } } },
} as const;

export type OrganisationResponse = ResponseStats & { periodDays: number };

/** Response rate and median per organisation, only for those with enough applications. */
export async function responseStatsByOrganisation(now: Date, where: { organisationId?: string | { in: string[] }; municipalityId?: string } = {}) {
  const rows = await db.application.findMany({
    where: {
      submittedAt: { gte: statsWindowStart(now), lte: now },
      internship: {
        ...(where.organisationId ? { organisationId: where.organisationId } : {}),
        ...(where.municipalityId ? { municipalityId: where.municipalityId } : {}),
      },
    },
    select: STATS_SELECT,
  });
  const byOrg = new Map<string, { period: number; records: ResponseRecord[] }>();
  for (const r of rows) {
    const period = r.internship.municipality.responsePeriodDays;
    const entry = byOrg.get(r.internship.organisationId) ?? { period, records: [] };
    const record = toRecord(r, period);
    if (record) entry.records.push(record);
    byOrg.set(r.internship.organisationId, entry);
  }
  const result = new Map<string, OrganisationResponse>();
  for (const [organisationId, { period, records }] of byOrg) {
    const stats = responseStats(records, now);
    if (stats) result.set(organisationId, { ...stats, periodDays: period });
  }
  return result;
}

export async function responseStatsOf(organisationId: string, now: Date): Promise<OrganisationResponse | null> {
  return (await responseStatsByOrganisation(now, { organisationId })).get(organisationId) ?? null;
}

/** For the employer's home page: how many of its applications are past their deadline without an answer. */
export async function countOverdue(organisationId: string, now: Date) {
  return db.application.count({ where: { internship: { organisationId }, status: { in: UNANSWERED }, respondBy: { lte: now } } });
}

/** For the officer's dashboard: every organisation of the municipality with enough applications, slowest first. */
export async function listResponsiveness(municipalityId: string, now: Date) {
  const stats = await responseStatsByOrganisation(now, { municipalityId });
  const organisations = await db.organisation.findMany({ where: { id: { in: [...stats.keys()] } }, select: { id: true, name: true } });
  return organisations
    .map((o) => ({ organisationId: o.id, name: o.name, ...stats.get(o.id)! }))
    .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name));
}
