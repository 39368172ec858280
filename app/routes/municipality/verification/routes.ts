import type { RouteConfigEntry } from "@remix-run/route-config";

// Verification of organisations and signatures.
export const verificationRoutes: RouteConfigEntry[] = [];
