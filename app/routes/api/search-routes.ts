import { route } from "@remix-run/route-config";

// Open data for internships.
export const searchApiRoutes = [route("api/v1/stages", "routes/api/search/stages.ts")];
