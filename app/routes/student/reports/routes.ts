import { route } from "@remix-run/route-config";

// The student's own reports.
export const studentReportRoutes = [] as ReturnType<typeof route>[];
