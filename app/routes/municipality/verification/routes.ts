import { route } from "@remix-run/route-config";

// Verification of organisations and signatures.
export const verificationRoutes = [] as ReturnType<typeof route>[];
