import { layout, route } from "@remix-run/route-config";
import { oversightResourceRoutes, oversightRoutes } from "./oversight/routes";
import { verificationRoutes, verificationRoutesWithoutNav } from "./verification/routes";

// The officer's pages sit in the layout that renders the oversight navigation once.
export const municipalityRoutes = [
  layout("routes/municipality/layout.tsx", [route("gemeente", "routes/municipality/home.tsx"), ...verificationRoutes, ...oversightRoutes]),
  ...verificationRoutesWithoutNav,
  ...oversightResourceRoutes,
];
