import { route } from "@remix-run/route-config";
import { studentApplicationRoutes } from "./applications/routes";
import { studentReportRoutes } from "./reports/routes";

export const studentRoutes = [route("student", "routes/student/home.tsx"), ...studentApplicationRoutes, ...studentReportRoutes, route("student/zoekopdrachten", "routes/student/alerts/list.tsx")];
