import { route } from "@remix-run/route-config";

export const employerRoutes = [route("werkgever", "routes/employer/home.tsx")];
