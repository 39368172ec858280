import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  buildApplicationSnapshot,
  findIdentityHints,
  rescrubSnapshot,
  makePseudonym,
  PSEUDONYM_PATTERN,
  PSEUDONYM_RANDOM_BYTES,
  studentIdentity,
  type StudentProfile,
} from "~/domain/anonymisation";
import { allowedActions, isApplicationState, responseDeadline, retentionDeadline, transitionApplication, type ApplicationState } from "~/domain/applications";
import type { Locale } from "~/i18n/config";
import { parseSkills, type ProfileInput } from "~/schemas/applications";
import { mailOrganisationNewApplication, mailStudentReceived } from "~/services/applications/applications-mail.server";
import { writeReport } from "~/services/reports/reports.server";
import { applicableTravelHint, travelHintSelect } from "~/services/pay-code/travel-hint.server";
import { db, type Tx } from "~/utils/db.server";
import { sessionSecret } from "~/utils/env.server";

// The student's side of anonymous applying (DESIGN §3.3): profile, preview, send,
// follow, withdraw and report discrimination. Every query is scoped by studentId.

export class ApplicationNotFoundError extends Error {}
export class AlreadyAppliedError extends Error {
  constructor(readonly applicationId: string) {
    super("already applied");
  }
}
export class ProfileIncompleteError extends Error {}

export function parseStoredSkills(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];
  } catch {
    return [];
  }
}

export function freshPseudonym(): string {
  return makePseudonym(new Uint8Array(randomBytes(PSEUDONYM_RANDOM_BYTES)));
}

// ───────────────────────── profile ─────────────────────────

const studentWithProfile = {
  user: { select: { email: true, locale: true } },
  qualification: { select: { id: true, nameNl: true, nameEn: true, crebo: true } },
} as const;

export async function getStudentProfile(studentId: string) {
  return db.student.findUnique({ where: { id: studentId }, include: studentWithProfile });
}

type StudentRow = NonNullable<Awaited<ReturnType<typeof getStudentProfile>>>;

/** The domain's view of a student. Qualification names are stored in Dutch, as the employer reads them. */
export function toStudentProfile(student: StudentRow): StudentProfile {
  return {
    ...studentIdentity(student, student.user.email),
    qualificationName: student.qualification?.nameNl ?? null,
    crebo: student.qualification?.crebo ?? null,
    level: student.level,
    schoolYear: student.schoolYear,
    skills: parseStoredSkills(student.skills),
    availableFrom: student.availableFrom,
    availableHours: student.availableHours,
    cvText: student.cvText,
  };
}

export function listQualifications() {
  return db.qualification.findMany({ select: { id: true, nameNl: true, nameEn: true, crebo: true, levels: true }, orderBy: { nameNl: "asc" } });
}

export class UnknownQualificationError extends Error {}

export async function updateStudentProfile(studentId: string, input: ProfileInput) {
  return db.$transaction(async (tx) => {
    if (input.qualificationId) {
      const qualification = await tx.qualification.findUnique({ where: { id: input.qualificationId }, select: { id: true } });
      if (!qualification) throw new UnknownQualificationError();
    }
    const student = await tx.student.update({
      where: { id: studentId },
      data: {
        firstName: input.firstName,
        tussenvoegsel: input.tussenvoegsel ?? null,
        lastName: input.lastName,
        phone: input.phone ?? null,
        dateOfBirth: input.dateOfBirth ?? null,
        street: input.street ?? null,
        postcode: input.postcode ?? null,
        city: input.city ?? null,
        school: input.school ?? null,
        qualificationId: input.qualificationId ?? null,
        level: input.level ?? null,
        schoolYear: input.schoolYear ?? null,
        skills: JSON.stringify(parseSkills(input.skills)),
        cvText: input.cvText ?? null,
        availableFrom: input.availableFrom ?? null,
        availableHours: input.availableHours ?? null,
      },
      select: { userId: true },
    });
    const fullName = [input.firstName, input.tussenvoegsel, input.lastName].filter(Boolean).join(" ");
    await tx.user.update({ where: { id: student.userId }, data: { name: fullName } });
  });
}

// ───────────────────────── applying ─────────────────────────

/** A published internship a student may apply to, with their existing application if any. */
export async function getApplyContext(studentId: string, internshipId: string) {
  const internship = await db.internship.findFirst({
    where: { id: internshipId, status: "published" },
    select: {
      id: true,
      title: true,
      locationCity: true,
      hoursPerWeek: true,
      organisation: { select: { name: true } },
    },
  });
  if (!internship) return null;
  const [student, existing] = await Promise.all([
    getStudentProfile(studentId),
    db.application.findFirst({ where: { internshipId, studentId }, select: { id: true } }),
  ]);
  if (!student) return null;
  return { internship, student, profile: toStudentProfile(student), existingApplicationId: existing?.id ?? null };
}

/** What a profile must hold before an employer can judge an application on it. */
export function missingProfileFields(profile: StudentProfile): string[] {
  const missing: string[] = [];
  if (!profile.qualificationName) missing.push("qualification");
  if (profile.level === null) missing.push("level");
  if (profile.schoolYear === null) missing.push("schoolYear");
  return missing;
}

type ApplyInput = { motivation: string; skills: string[] };

function contentHash(input: ApplyInput): string {
  return createHash("sha256")
    .update(JSON.stringify([input.motivation.replace(/\r\n/g, "\n").trim(), [...input.skills].sort()]))
    .digest("hex");
}

/**
 * Binds a preview to what was previewed: the pseudonym shown, the student, the
 * internship and the exact text. Sending with a changed text or a made-up
 * pseudonym fails the check and shows the preview again instead of sending.
 */
function previewToken(studentId: string, internshipId: string, pseudonym: string, input: ApplyInput): string {
  return createHmac("sha256", sessionSecret)
    .update(["application-preview", studentId, internshipId, pseudonym, contentHash(input)].join("\n"))
    .digest("hex");
}

export function verifyPreviewToken(studentId: string, internshipId: string, pseudonym: string | undefined, token: string | undefined, input: ApplyInput) {
  if (!pseudonym || !token || !PSEUDONYM_PATTERN.test(pseudonym) || !/^[0-9a-f]{64}$/.test(token)) return false;
  const expected = Buffer.from(previewToken(studentId, internshipId, pseudonym, input), "hex");
  return timingSafeEqual(expected, Buffer.from(token, "hex"));
}

/**
 * Exactly what the employer would see, plus what was masked and which passages
 * still tell who the student is (age, school, origin; for the student only).
 */
export function previewApplication(studentId: string, internshipId: string, profile: StudentProfile, input: ApplyInput, pseudonym = freshPseudonym()) {
  const snapshot = buildApplicationSnapshot(profile, { motivation: input.motivation, chosenSkills: input.skills });
  return {
    pseudonym,
    token: previewToken(studentId, internshipId, pseudonym, input),
    snapshot: {
      qualificationName: snapshot.qualificationName,
      crebo: snapshot.crebo,
      level: snapshot.level,
      schoolYear: snapshot.schoolYear,
      availableFrom: snapshot.availableFrom?.toISOString() ?? null,
      availableHours: snapshot.availableHours,
      skills: snapshot.skills,
      motivationScrubbed: snapshot.motivationScrubbed,
    },
    replacements: snapshot.replacements,
    // Found in the scrubbed text, so the offsets fit the motivation as shown.
    identityHints: findIdentityHints(snapshot.motivationScrubbed),
  };
}

const MAX_PSEUDONYM_ATTEMPTS = 5;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Stores the scrubbed snapshot, queues the two mails; retries with a new pseudonym on the (rare) collision. */
export async function submitApplication(studentId: string, internshipId: string, input: ApplyInput, previewedPseudonym: string, now = new Date()) {
  let pseudonym = previewedPseudonym;
  for (let attempt = 1; ; attempt++) {
    try {
      return await createApplication(studentId, internshipId, input, pseudonym, now);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= MAX_PSEUDONYM_ATTEMPTS) throw error;
      const existing = await db.application.findFirst({ where: { internshipId, studentId }, select: { id: true } });
      if (existing) throw new AlreadyAppliedError(existing.id);
      pseudonym = freshPseudonym();
    }
  }
}

async function createApplication(studentId: string, internshipId: string, input: ApplyInput, pseudonym: string, now: Date) {
  return db.$transaction(async (tx) => {
    const internship = await tx.internship.findFirst({
      where: { id: internshipId, status: "published" },
      select: {
        id: true,
        title: true,
        monthlyAllowance: true,
        organisation: { select: { id: true, name: true, contactEmail: true } },
        municipality: { select: { responsePeriodDays: true, travelCostHint: { select: travelHintSelect } } },
      },
    });
    if (!internship) throw new ApplicationNotFoundError();
    const existing = await tx.application.findFirst({ where: { internshipId, studentId }, select: { id: true } });
    if (existing) throw new AlreadyAppliedError(existing.id);
    const student = await tx.student.findUnique({ where: { id: studentId }, include: studentWithProfile });
    if (!student) throw new ApplicationNotFoundError();
    const profile = toStudentProfile(student);
    if (missingProfileFields(profile).length > 0) throw new ProfileIncompleteError();
    // A pseudonym already in use is a collision: make a new one (never reuse, DESIGN §3.3).
    while (await tx.application.findUnique({ where: { pseudonym }, select: { id: true } })) pseudonym = freshPseudonym();

    const snapshot = buildApplicationSnapshot(profile, { motivation: input.motivation, chosenSkills: input.skills });
    const application = await tx.application.create({
      data: {
        internshipId,
        studentId,
        pseudonym,
        status: "submitted",
        motivationScrubbed: snapshot.motivationScrubbed,
        skillsShown: JSON.stringify(snapshot.skills),
        qualificationName: snapshot.qualificationName,
        crebo: snapshot.crebo,
        level: snapshot.level,
        schoolYear: snapshot.schoolYear,
        availableFrom: snapshot.availableFrom,
        availableHours: snapshot.availableHours,
        submittedAt: now,
        respondBy: responseDeadline(now, internship.municipality.responsePeriodDays),
        history: { create: { fromStatus: null, toStatus: "submitted", actorRole: "student", createdAt: now } },
      },
      select: { id: true, pseudonym: true },
    });
    await mailOrganisationNewApplication(tx, {
      to: internship.organisation.contactEmail,
      organisationName: internship.organisation.name,
      internshipTitle: internship.title,
      pseudonym: application.pseudonym,
      applicationId: application.id,
    });
    await mailStudentReceived(tx, {
      to: student.user.email,
      locale: student.user.locale,
      internshipTitle: internship.title,
      organisationName: internship.organisation.name,
      applicationId: application.id,
      pseudonym: application.pseudonym,
      travelHint: applicableTravelHint(internship.municipality.travelCostHint, internship.monthlyAllowance),
      monthlyAllowance: internship.monthlyAllowance,
    });
    return application;
  });
}

// ───────────────────────── following ─────────────────────────

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

// ───────────────────────── reporting discrimination ─────────────────────────

export class ReportNotAllowedError extends Error {}

/** One step from a rejected application to a discrimination report for the municipality of the internship. */
export async function reportDiscrimination(studentId: string, applicationId: string, input: { category: string; description: string; language?: Locale }) {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, studentId },
      select: {
        id: true,
        status: true,
        internship: { select: { id: true, municipalityId: true, organisationId: true } },
        reports: { where: { studentId }, select: { id: true } },
      },
    });
    if (!application) throw new ApplicationNotFoundError();
    if (application.status !== "rejected" || application.reports.length > 0) throw new ReportNotAllowedError();
    // The student wrote it in the site's language they were reading.
    return writeReport(
      tx,
      {
        type: "discrimination",
        category: input.category,
        description: input.description,
        municipalityId: application.internship.municipalityId,
        organisationId: application.internship.organisationId,
        internshipId: application.internship.id,
        applicationId: application.id,
        studentId,
        language: input.language ?? "nl",
      },
      { fromApplication: true },
    );
  });
}

export function getReportableApplication(studentId: string, applicationId: string) {
  return db.application.findFirst({
    where: { id: applicationId, studentId, status: "rejected" },
    select: {
      id: true,
      pseudonym: true,
      rejectionReason: true,
      closedAt: true,
      internship: { select: { title: true, organisation: { select: { name: true } }, municipality: { select: { name: true } } } },
      reports: { where: { studentId }, select: { id: true, reference: true } },
    },
  });
}

/**
 * Runs every snapshot an employer can still read anonymously (before invitation) through
 * today's scrubber, so applications sent before a scrubbing rule existed stop leaking
 * (contact details in skills, spelled-out phone numbers). Idempotent.
 */
export async function rescrubAnonymousSnapshots() {
  const applications = await db.application.findMany({
    where: { status: { in: ["submitted", "in_review"] }, studentId: { not: null }, anonymisedAt: null },
    select: { id: true, motivationScrubbed: true, skillsShown: true, student: { select: { firstName: true, lastName: true, tussenvoegsel: true } } },
  });
  let changed = 0;
  for (const application of applications) {
    if (!application.student) continue;
    const stored: unknown = JSON.parse(application.skillsShown);
    const skills = Array.isArray(stored) ? stored.filter((skill): skill is string => typeof skill === "string") : [];
    const next = rescrubSnapshot(application.student, { motivation: application.motivationScrubbed, skills });
    if (next.motivation === application.motivationScrubbed && JSON.stringify(next.skills) === JSON.stringify(skills)) continue;
    await db.application.update({ where: { id: application.id }, data: { motivationScrubbed: next.motivation, skillsShown: JSON.stringify(next.skills) } });
    changed++;
  }
  return { checked: applications.length, changed };
}
