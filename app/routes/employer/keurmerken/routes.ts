import { route } from "@remix-run/route-config";

// Keurmerk applications.
export const employerKeurmerkRoutes = [route("werkgever/keurmerken", "routes/employer/keurmerken/keurmerken.tsx")];
