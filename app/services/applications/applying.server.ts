import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  buildApplicationSnapshot,
  findIdentityHints,
  makePseudonym,
  PSEUDONYM_PATTERN,
  PSEUDONYM_RANDOM_BYTES,
  type StudentProfile,
} from "~/domain/anonymisation";
import { responseDeadline } from "~/domain/applications";
import { mailOrganisationNewApplication, mailStudentReceived } from "~/services/applications/applications-mail.server";
import { applicableTravelHint, travelHintSelect } from "~/services/pay-code/travel-hint.server";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/env.server";
import { getStudentProfile, studentWithProfile, toStudentProfile } from "~/services/students/student-profile.server";
import { ApplicationNotFoundError } from "~/services/applications/applications-student.server";

// Applying anonymously (DESIGN §3.3): the preview the student checks and the snapshot an
// employer reads. Every query is scoped by studentId.

export class AlreadyAppliedError extends Error {
  constructor(readonly applicationId: string) {
    super("already applied");
  }
}
export class ProfileIncompleteError extends Error {}

export function freshPseudonym(): string {
  return makePseudonym(new Uint8Array(randomBytes(PSEUDONYM_RANDOM_BYTES)));
}

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
