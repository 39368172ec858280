import { route } from "@remix-run/route-config";

// Profile, applying, applications, privacy.
export const studentApplicationRoutes = [] as ReturnType<typeof route>[];
