import { route } from "@remix-run/route-config";

export const municipalityRoutes = [route("gemeente", "routes/municipality/home.tsx")];
