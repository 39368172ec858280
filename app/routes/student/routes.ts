import { layout, route } from "@remix-run/route-config";
import { studentApplicationResourceRoutes, studentApplicationRoutes } from "./applications/routes";
import { studentReportRoutes } from "./reports/routes";

// Every student page sits in the layout that renders the student navigation once.
export const studentRoutes = [
  layout("routes/student/layout.tsx", [
    route("student", "routes/student/home.tsx"),
    ...studentApplicationRoutes,
    ...studentReportRoutes,
    route("student/zoekopdrachten", "routes/student/alerts/list.tsx"),
  ]),
  ...studentApplicationResourceRoutes,
];
