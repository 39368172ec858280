import type { RouteConfigEntry } from "@remix-run/route-config";

// Pay rules and pact versions.
export const adminRuleRoutes: RouteConfigEntry[] = [];
