import { route } from "@remix-run/route-config";

// Pay rules and pact versions.
export const adminRuleRoutes = [] as ReturnType<typeof route>[];
