import { route } from "@remix-run/route-config";
import { oversightRoutes } from "./oversight/routes";
import { verificationRoutes } from "./verification/routes";

export const municipalityRoutes = [route("gemeente", "routes/municipality/home.tsx"), ...verificationRoutes, ...oversightRoutes];
