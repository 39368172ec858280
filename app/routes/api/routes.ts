import { route } from "@remix-run/route-config";

export const apiRoutes = [route("healthz", "routes/api/healthz.ts")];
