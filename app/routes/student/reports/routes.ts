import { route } from "@remix-run/route-config";

// The student's own reports.
export const studentReportRoutes = [route("student/meldingen", "routes/student/reports/my-reports.tsx")];
