import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportStudentData } from "~/services/student-privacy.server";
import { notFound, requireStudent } from "~/utils/auth.server";

// GET /student/privacy/export: everything we hold about the student, as a JSON download.
export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const exported = await exportStudentData(studentId);
  if (!exported) notFound();
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="stagepact-mijn-gegevens.json"',
      "Cache-Control": "no-store",
    },
  });
}
