import { studentIdentity, type StudentProfile } from "~/domain/anonymisation";
import { parseSkills, type ProfileInput } from "~/schemas/applications";
import { db } from "~/utils/db.server";

// A student's profile (DESIGN §3.3): what an application is built from. Every query is
// scoped by studentId.

export function parseStoredSkills(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];
  } catch {
    return [];
  }
}

export const studentWithProfile = {
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
