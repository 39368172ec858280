import { route } from "@remix-run/route-config";

// Anonymous applications per internship.
export const employerApplicationRoutes = [] as ReturnType<typeof route>[];
