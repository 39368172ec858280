import { route } from "@remix-run/route-config";
import { employerApplicationRoutes } from "./applications/routes";
import { employerKeurmerkRoutes } from "./keurmerken/routes";
import { employerPactRoutes } from "./pact/routes";

export const employerRoutes = [route("werkgever", "routes/employer/home.tsx"), ...employerPactRoutes, ...employerApplicationRoutes, ...employerKeurmerkRoutes];
