import { route } from "@remix-run/route-config";
import { publishingApiRoutes } from "./publishing-routes";
import { searchApiRoutes } from "./search-routes";

export const apiRoutes = [route("healthz", "routes/api/healthz.ts"), ...searchApiRoutes, ...publishingApiRoutes];
