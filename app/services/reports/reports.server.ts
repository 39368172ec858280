import { createHmac, randomBytes } from "node:crypto";
import {
  allowedCaseTransitions,
  AssessmentRequiredError,
  assessmentFromStored,
  assessmentToStored,
  generateReference,
  mysteryGuestCandidates,
  mysteryGuestWindowStart,
  normaliseReference,
  requiresAssessment,
  transitionCase,
  type Assessment,
  type CaseStatus,
  type ReportType,
} from "~/domain/reports";
import type { ReportLanguage } from "~/i18n/report-point";
import { writeAudit } from "~/utils/audit.server";
import { db, type Tx } from "~/utils/db.server";
import { sessionSecret } from "~/utils/env.server";

// Reports (meldingen) and their handling as cases (DESIGN §3.4). Every officer query
// is scoped by the officer's municipality; a case of another municipality is "not found".

export class CaseNotFoundError extends Error {}
export class UnknownOrganisationError extends Error {}
export class UnknownOfficerError extends Error {}
export class UnknownMunicipalityError extends Error {}

/**
 * Tells distinct reporters apart for the ranking without identifying them: a keyed hash
 * of the contact e-mail, else of the student, else of a random value (then every
 * anonymous report counts as its own reporter; see docs/decisions/010-ranking-reporter-counting.md).
 */
export function reporterKeyFor({ contactEmail, studentId }: { contactEmail?: string | null; studentId?: string | null }): string {
  const subject = contactEmail
    ? `email:${contactEmail.trim().toLowerCase()}`
    : studentId
      ? `student:${studentId}`
      : `anonymous:${randomBytes(16).toString("hex")}`;
  return createHmac("sha256", sessionSecret).update(subject).digest("hex");
}

export type NewReport = {
  type: ReportType;
  category: string;
  description: string;
  municipalityId: string;
  organisationId?: string | null;
  organisationText?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  studentId?: string | null;
  /** The reporting point's language the report was made in; Dutch when not given. */
  language?: ReportLanguage;
};

/** What is stored of a report, wherever it was made. */
export type ReportRow = {
  type: ReportType;
  category: string;
  description: string;
  municipalityId: string;
  organisationId: string | null;
  organisationText?: string | null;
  internshipId?: string | null;
  applicationId?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  studentId?: string | null;
  language: string;
};

const randomReference = () => generateReference(randomBytes(8));

/**
 * The one writer of reports (the reporting point and a student's rejected application
 * both come here). The reference is 60 random bits, so it cannot be guessed; on the rare
 * collision with a stored one it is drawn again. `draw` is only for tests.
 */
export async function writeReport(tx: Tx, row: ReportRow, auditDetails: Record<string, unknown> = {}, draw: () => string = randomReference) {
  let reference = draw();
  while (await tx.report.findUnique({ where: { reference }, select: { id: true } })) reference = draw();
  const report = await tx.report.create({
    data: {
      reference,
      municipalityId: row.municipalityId,
      type: row.type,
      category: row.category,
      description: row.description,
      organisationId: row.organisationId,
      organisationText: row.organisationId ? null : (row.organisationText ?? null),
      internshipId: row.internshipId ?? null,
      applicationId: row.applicationId ?? null,
      contactName: row.contactName ?? null,
      contactEmail: row.contactEmail ?? null,
      contactPhone: row.contactPhone ?? null,
      studentId: row.studentId ?? null,
      language: row.language,
      reporterKey: reporterKeyFor({ contactEmail: row.contactEmail, studentId: row.studentId }),
    },
    select: { id: true, reference: true },
  });
  // No actor: the reporter may be anonymous, and the audit log must not identify them.
  await writeAudit(tx, {
    actorId: null,
    action: "report.create",
    entityType: "report",
    entityId: report.id,
    municipalityId: row.municipalityId,
    organisationId: row.organisationId,
    details: { type: row.type, category: row.category, ...auditDetails },
  });
  return report;
}

/** Stores a report made at the reporting point and returns its reference. */
export async function createReport(input: NewReport) {
  return db.$transaction(async (tx) => {
    let municipalityId = input.municipalityId;
    if (input.organisationId) {
      const organisation = await tx.organisation.findUnique({ where: { id: input.organisationId }, select: { municipalityId: true } });
      if (!organisation) throw new UnknownOrganisationError();
      municipalityId = organisation.municipalityId;
    } else if (!(await tx.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } }))) {
      throw new UnknownMunicipalityError();
    }
    return writeReport(tx, {
      type: input.type,
      category: input.category,
      description: input.description,
      municipalityId,
      organisationId: input.organisationId ?? null,
      organisationText: input.organisationText,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone,
      studentId: input.studentId,
      language: input.language ?? "nl",
    });
  });
}

/** Adds the reporter's information to a report found by its reference; null when the code is unknown. */
export async function addReporterInformation(referenceInput: string, text: string) {
  const reference = normaliseReference(referenceInput);
  if (!reference) return null;
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { reference }, select: { id: true, status: true, municipalityId: true } });
    if (!report) return null;
    await tx.reportNote.create({ data: { reportId: report.id, source: "reporter", text } });
    await tx.report.update({ where: { id: report.id }, data: { updatedAt: new Date() } });
    await writeAudit(tx, {
      actorId: null,
      action: "report.reporter_note",
      entityType: "report",
      entityId: report.id,
      municipalityId: report.municipalityId,
    });
    return { reference, status: report.status as CaseStatus };
  });
}

/** Organisations a reporter can pick from: verified ones, any municipality. */
export function listReportableOrganisations() {
  return db.organisation.findMany({
    where: { verificationStatus: "verified" },
    select: { id: true, name: true, municipalityId: true },
    orderBy: { name: "asc" },
  });
}

/** Municipalities a report can be for; the one with the most organisations first, as the likeliest default. */
export function listReportingMunicipalities() {
  return db.municipality.findMany({ select: { id: true, name: true }, orderBy: [{ organisations: { _count: "desc" } }, { name: "asc" }] });
}

/** Picks the organisation a reporter typed, by exact name (ignoring case); otherwise it stays free text. */
export async function resolveOrganisationName(name: string | undefined) {
  const wanted = name?.trim();
  if (!wanted) return { organisationId: null, organisationText: null };
  const all = await listReportableOrganisations();
  const match = all.find((o) => o.name.localeCompare(wanted, "nl", { sensitivity: "accent" }) === 0);
  return match ? { organisationId: match.id, organisationText: null } : { organisationId: null, organisationText: wanted };
}

export function listStudentReports(studentId: string) {
  return db.report.findMany({
    where: { studentId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      reference: true,
      type: true,
      category: true,
      status: true,
      createdAt: true,
      organisationText: true,
      organisation: { select: { name: true } },
    },
  });
}

// ───────────────────────── Officers ─────────────────────────

export function listCases(municipalityId: string, status?: CaseStatus) {
  return db.report.findMany({
    where: { municipalityId, ...(status ? { status } : {}) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      reference: true,
      type: true,
      category: true,
      status: true,
      createdAt: true,
      applicationId: true,
      organisationText: true,
      organisation: { select: { name: true } },
      assignedTo: { select: { name: true } },
    },
  });
}

export async function getCase(municipalityId: string, id: string) {
  const report = await db.report.findFirst({
    where: { id, municipalityId },
    include: {
      organisation: { select: { id: true, name: true } },
      assignedTo: { select: { id: true, name: true } },
      internship: { select: { id: true, title: true } },
      // What happened to the application, never who sent it (DESIGN §3.3): no student relation.
      application: {
        select: {
          status: true,
          submittedAt: true,
          invitedAt: true,
          closedAt: true,
          rejectionReason: true,
          rejectionText: true,
          internship: { select: { title: true } },
        },
      },
      notes: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
    },
  });
  if (!report) return null;
  const assessedBy = report.assessedById ? await db.user.findUnique({ where: { id: report.assessedById }, select: { name: true } }) : null;
  const [officers, organisations] = await Promise.all([
    db.municipalOfficer.findMany({ where: { municipalityId }, select: { user: { select: { id: true, name: true } } } }),
    db.organisation.findMany({ where: { municipalityId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    report,
    assessment: { value: assessmentFromStored(report.substantiated), at: report.assessedAt, by: assessedBy?.name ?? null },
    nextStatuses: allowedCaseTransitions(report.status as CaseStatus),
    officers: officers.map((o) => o.user).sort((a, b) => a.name.localeCompare(b.name)),
    organisations,
  };
}

async function caseInMunicipality(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], municipalityId: string, id: string) {
  const report = await tx.report.findFirst({ where: { id, municipalityId } });
  if (!report) throw new CaseNotFoundError();
  return report;
}

export async function assignCase({ municipalityId, id, assigneeId, actorId }: { municipalityId: string; id: string; assigneeId: string; actorId: string }) {
  await db.$transaction(async (tx) => {
    const report = await caseInMunicipality(tx, municipalityId, id);
    const officer = await tx.municipalOfficer.findFirst({ where: { municipalityId, userId: assigneeId } });
    if (!officer) throw new UnknownOfficerError();
    await tx.report.update({ where: { id: report.id }, data: { assignedToId: assigneeId } });
    await writeAudit(tx, {
      actorId,
      action: "report.assign",
      entityType: "report",
      entityId: report.id,
      municipalityId,
      organisationId: report.organisationId,
      details: { assigneeId },
    });
  });
}

export async function addCaseNote({ municipalityId, id, text, actorId }: { municipalityId: string; id: string; text: string; actorId: string }) {
  await db.$transaction(async (tx) => {
    const report = await caseInMunicipality(tx, municipalityId, id);
    await tx.reportNote.create({ data: { reportId: report.id, authorId: actorId, source: "officer", text } });
    await writeAudit(tx, { actorId, action: "report.note", entityType: "report", entityId: report.id, municipalityId, organisationId: report.organisationId });
  });
}

/**
 * Moves a case along new → in_progress → referred | closed (CaseTransitionError otherwise),
 * recording the officer's assessment when one is given. A referred or closed case must be
 * assessed (AssessmentRequiredError); only substantiated reports count toward the ranking.
 */
export async function changeCaseStatus({
  municipalityId,
  id,
  to,
  assessment,
  note,
  actorId,
  now = new Date(),
}: {
  municipalityId: string;
  id: string;
  to: CaseStatus;
  /** Undefined keeps the stored assessment. */
  assessment?: Assessment;
  note?: string | null;
  actorId: string;
  now?: Date;
}) {
  await db.$transaction(async (tx) => {
    const report = await caseInMunicipality(tx, municipalityId, id);
    const from = report.status as CaseStatus;
    const next = transitionCase(from, to);
    const substantiated = assessment === undefined ? report.substantiated : assessmentToStored(assessment);
    if (requiresAssessment(next) && substantiated === null) throw new AssessmentRequiredError(next);
    const assessed = substantiated !== report.substantiated;
    await tx.report.update({
      where: { id: report.id },
      data: {
        status: next,
        closedAt: next === "closed" ? now : null,
        assignedToId: report.assignedToId ?? actorId,
        ...(assessed ? { substantiated, assessedAt: substantiated === null ? null : now, assessedById: substantiated === null ? null : actorId } : {}),
      },
    });
    if (assessed) {
      await writeAudit(tx, {
        actorId,
        action: "report.assess",
        entityType: "report",
        entityId: report.id,
        municipalityId,
        organisationId: report.organisationId,
        details: { from: assessmentFromStored(report.substantiated), to: assessmentFromStored(substantiated) },
      });
    }
    await tx.reportNote.create({
      data: { reportId: report.id, authorId: actorId, source: "officer", text: note ?? "", statusFrom: from, statusTo: next },
    });
    await writeAudit(tx, {
      actorId,
      action: "report.status",
      entityType: "report",
      entityId: report.id,
      municipalityId,
      organisationId: report.organisationId,
      details: { from, to: next },
    });
  });
}

export async function linkCaseOrganisation({
  municipalityId,
  id,
  organisationId,
  actorId,
}: {
  municipalityId: string;
  id: string;
  organisationId: string;
  actorId: string;
}) {
  await db.$transaction(async (tx) => {
    const report = await caseInMunicipality(tx, municipalityId, id);
    const organisation = await tx.organisation.findFirst({ where: { id: organisationId, municipalityId } });
    if (!organisation) throw new UnknownOrganisationError();
    await tx.report.update({ where: { id: report.id }, data: { organisationId } });
    await writeAudit(tx, {
      actorId,
      action: "report.link_organisation",
      entityType: "report",
      entityId: report.id,
      municipalityId,
      organisationId,
      details: { previousOrganisationId: report.organisationId },
    });
  });
}

/** Organisations of the municipality with enough discrimination reports for a mystery-guest check, with their cases. */
export async function listMysteryGuestCandidates(municipalityId: string, now: Date) {
  const since = mysteryGuestWindowStart(now);
  const reports = await db.report.findMany({
    where: { municipalityId, type: "discrimination", organisationId: { not: null }, createdAt: { gte: since, lte: now } },
    select: { id: true, reference: true, category: true, status: true, createdAt: true, organisationId: true },
    orderBy: { createdAt: "desc" },
  });
  const candidates = mysteryGuestCandidates(
    reports.map((r) => ({ id: r.id, organisationId: r.organisationId!, type: "discrimination" as const, createdAt: r.createdAt })),
    now,
  );
  if (candidates.length === 0) return [];
  const organisations = await db.organisation.findMany({
    where: { id: { in: candidates.map((c) => c.organisationId) } },
    select: { id: true, name: true, sector: true, district: { select: { name: true } } },
  });
  return candidates.map((c) => ({
    ...c,
    organisation: organisations.find((o) => o.id === c.organisationId)!,
    cases: reports.filter((r) => c.reportIds.includes(r.id)),
  }));
}
