import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/locale.server";
import { exportStudentData } from "~/services/students/student-privacy.server";
import { notFound, requireStudent } from "~/utils/auth.server";

// GET /student/privacy/export: everything we hold about the student, as a JSON download.
export async function loader({ request }: LoaderFunctionArgs) {
  const { studentId } = await requireStudent(request);
  const exported = await exportStudentData(studentId);
  if (!exported) notFound();
  const { t } = getT(request);
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("common:file_name.student_export")}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
