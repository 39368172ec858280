import { route } from "@remix-run/route-config";

// Pay rules, pact versions and the travel-cost hint.
export const adminRuleRoutes = [
  route("beheer/regels", "routes/admin/rules/pay-rules.tsx"),
  route("beheer/stagepact", "routes/admin/rules/pact-versions.tsx"),
  route("beheer/reiskosten", "routes/admin/rules/travel-hint.tsx"),
];
