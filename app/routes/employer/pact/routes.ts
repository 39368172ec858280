import { route } from "@remix-run/route-config";

// Organisation, members, pact signature and internships.
export const employerPactRoutes = [] as ReturnType<typeof route>[];
