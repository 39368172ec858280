import { route } from "@remix-run/route-config";

// Open data for signatories and the ranking.
export const publishingApiRoutes = [] as ReturnType<typeof route>[];
