import type { RouteConfigEntry } from "@remix-run/route-config";

// Open data for internships.
export const searchApiRoutes: RouteConfigEntry[] = [];
