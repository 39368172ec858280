import { db } from "~/utils/db.server";

export async function getStudentOverview(studentId: string) {
  const student = await db.student.findUnique({
    where: { id: studentId },
    select: { firstName: true, qualification: { select: { nameNl: true } }, _count: { select: { applications: true } } },
  });
  if (!student) return null;
  return { firstName: student.firstName, qualificationName: student.qualification?.nameNl ?? null, applicationCount: student._count.applications };
}
