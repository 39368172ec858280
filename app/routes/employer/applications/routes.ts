import { route } from "@remix-run/route-config";

// Anonymous applications per internship.
export const employerApplicationRoutes = [
  route("werkgever/sollicitaties", "routes/employer/applications/internships.tsx"),
  route("werkgever/sollicitaties/stage/:internshipId", "routes/employer/applications/internship.tsx"),
  route("werkgever/sollicitaties/:applicationId", "routes/employer/applications/detail.tsx"),
  route("werkgever/api/sollicitaties", "routes/employer/applications/api.ts"),
];
