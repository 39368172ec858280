import type { RouteConfigEntry } from "@remix-run/route-config";

// Organisation, members, pact signature and internships.
export const employerPactRoutes: RouteConfigEntry[] = [];
