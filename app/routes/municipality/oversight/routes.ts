import { route } from "@remix-run/route-config";

// Cases, keurmerken, publishing and the dashboard.
export const oversightRoutes = [] as ReturnType<typeof route>[];
