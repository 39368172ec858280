import { route } from "@remix-run/route-config";
import { publishingApiRoutes } from "./publishing-routes";
import { searchApiRoutes } from "./search-routes";

export const apiRoutes = [
  route("healthz", "routes/api/healthz.ts"),
  route("metrics", "routes/api/metrics.ts"),
  ...searchApiRoutes,
  ...publishingApiRoutes,
  route("api/v1/openapi.json", "routes/api/openapi.ts"),
];
