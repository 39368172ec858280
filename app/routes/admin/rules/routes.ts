import { route } from "@remix-run/route-config";

// Pay rules and pact versions.
export const adminRuleRoutes = [
  route("beheer/regels", "routes/admin/rules/pay-rules.tsx"),
  route("beheer/stagepact", "routes/admin/rules/pact-versions.tsx"),
];
