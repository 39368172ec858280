import { route } from "@remix-run/route-config";

// Profile, applying, applications, privacy.
export const studentApplicationRoutes = [
  route("student/profiel", "routes/student/applications/profile.tsx"),
  route("student/zo-werkt-anoniem", "routes/student/applications/how-it-works.tsx"),
  route("student/solliciteren/:internshipId", "routes/student/applications/apply.tsx"),
  route("student/sollicitaties", "routes/student/applications/list.tsx"),
  route("student/sollicitaties/:applicationId", "routes/student/applications/detail.tsx"),
  route("student/sollicitaties/:applicationId/discriminatie-melden", "routes/student/applications/report.tsx"),
  route("student/privacy", "routes/student/applications/privacy.tsx"),
];

// The data export is a download, outside the area's layout.
export const studentApplicationResourceRoutes = [route("student/privacy/export", "routes/student/applications/export.ts")];
