import { route } from "@remix-run/route-config";

// Keurmerk applications.
export const employerKeurmerkRoutes = [] as ReturnType<typeof route>[];
