import { route } from "@remix-run/route-config";

// Open data for signatories and the ranking.
export const publishingApiRoutes = [route("api/v1/ondertekenaars", "routes/api/publishing/signatories.ts")];
