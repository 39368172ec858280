import { route } from "@remix-run/route-config";

// Open data for internships.
export const searchApiRoutes = [] as ReturnType<typeof route>[];
