import type { RouteConfigEntry } from "@remix-run/route-config";

// Search, internship pages, feeds and exports (DESIGN §4, §3.6).
export const searchRoutes: RouteConfigEntry[] = [];
