import { route } from "@remix-run/route-config";

// Organisation, members, pact signature and internships.
export const employerPactRoutes = [
  route("werkgever/organisatie", "routes/employer/pact/organisation.tsx"),
  route("werkgever/collega-s", "routes/employer/pact/colleagues.tsx"),
  route("uitnodiging/:token", "routes/employer/pact/invitation.tsx"),
  route("werkgever/stagepact", "routes/employer/pact/pact.tsx"),
  route("werkgever/stages", "routes/employer/pact/internships.tsx"),
  route("werkgever/stages/nieuw", "routes/employer/pact/internship-new.tsx"),
  route("werkgever/stages/vergoedingscheck", "routes/employer/pact/pay-check.ts"),
  route("werkgever/stages/:id", "routes/employer/pact/internship-edit.tsx"),
  route("werkgever/stages/:id/voorbeeld", "routes/employer/pact/internship-preview.tsx"),
];
