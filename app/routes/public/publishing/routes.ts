import { route } from "@remix-run/route-config";

// Signatory list, ranking and the reporting point (DESIGN §3.4–3.6).
export const publishingRoutes = [] as ReturnType<typeof route>[];
