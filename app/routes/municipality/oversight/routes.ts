import { route } from "@remix-run/route-config";

// Cases, keurmerken, publishing and the dashboard.
export const oversightRoutes = [
  route("gemeente/meldingen", "routes/municipality/oversight/cases.tsx"),
  route("gemeente/meldingen/:id", "routes/municipality/oversight/case.tsx"),
  route("gemeente/mystery-guest", "routes/municipality/oversight/mystery-guest.tsx"),
  route("gemeente/keurmerken", "routes/municipality/oversight/keurmerken.tsx"),
  route("gemeente/keurmerken/:id", "routes/municipality/oversight/keurmerk-award.tsx"),
  route("gemeente/ondertekenaars", "routes/municipality/oversight/publish.tsx"),
  route("gemeente/ranglijst", "routes/municipality/oversight/ranking-decisions.tsx"),
  route("gemeente/dashboard", "routes/municipality/oversight/dashboard.tsx"),
];

// The evidence file is a download, outside the area's layout.
export const oversightResourceRoutes = [route("gemeente/keurmerken/:id/bewijs", "routes/municipality/oversight/keurmerk-evidence.ts")];
